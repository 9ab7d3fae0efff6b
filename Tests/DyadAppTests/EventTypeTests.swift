import DyadApp
import DyadCore
import DyadEvents
import Testing

/// One sentence per event type and language, written for these tests, with what must come out.
struct EventCase: Sendable, CustomStringConvertible {
    var lang: String
    var text: String
    var type: String
    var status: String? = nil
    var parties: Set<String> = []
    var actor: String? = nil
    var target: String? = nil
    var date: String? = nil
    var attributes: [String: String] = [:]
    var description: String { "\(lang) \(type): \(text.prefix(50))" }
}

let eventCases: [EventCase] = [
    // visit
    EventCase(lang: "fr", text: "Le président français se rendra au Japon la semaine prochaine pour une visite officielle.",
              type: "visit", status: "planned", actor: "FRA", target: "JPN", attributes: ["subtype": "official"]),
    EventCase(lang: "en", text: "Brazil's foreign minister paid a working visit to Argentina in March 2023.",
              type: "visit", status: "occurred", actor: "BRA", target: "ARG", date: "2023-03", attributes: ["subtype": "working"]),
    // meeting
    EventCase(lang: "fr", text: "Le ministre indien s'est entretenu avec son homologue égyptien au Caire.",
              type: "meeting", status: "occurred", parties: ["IND", "EGY"]),
    EventCase(lang: "en", text: "Chilean and Peruvian officials held talks in Lima on the border question.",
              type: "meeting", status: "occurred", parties: ["CHL", "PER"], attributes: ["format": "talks"]),
    // phone call
    EventCase(lang: "fr", text: "Les dirigeants polonais et allemand ont eu un entretien téléphonique lundi.",
              type: "phone_call", parties: ["POL", "DEU"]),
    EventCase(lang: "en", text: "The Kenyan president had a phone call with the leader of Ethiopia on Friday.",
              type: "phone_call", parties: ["KEN", "ETH"]),
    // invitation
    EventCase(lang: "fr", text: "À l'invitation du gouvernement marocain, le ministre tunisien effectuera une visite à Rabat.",
              type: "invitation", actor: "MAR", target: "TUN"),
    EventCase(lang: "en", text: "At the invitation of the Mongolian government, the Korean minister will travel to Ulaanbaatar.",
              type: "invitation", actor: "MNG", target: "KOR"),
    // agreement: stages
    EventCase(lang: "fr", text: "Le Portugal et le Cap-Vert ont signé en 2021 un accord d'extradition.",
              type: "agreement", status: "occurred", parties: ["PRT", "CPV"], date: "2021", attributes: ["stage": "signed", "topic": "extradition"]),
    EventCase(lang: "en", text: "The double taxation agreement between Canada and Chile entered into force in 2022.",
              type: "agreement", status: "occurred", parties: ["CAN", "CHL"], date: "2022", attributes: ["stage": "in_force", "topic": "double taxation"]),
    EventCase(lang: "fr", text: "La Norvège et l'Islande devraient signer un accord sur l'exemption de visa.",
              type: "agreement", status: "expected", parties: ["NOR", "ISL"], attributes: ["stage": "planned", "topic": "visa exemption"]),
    EventCase(lang: "en", text: "Ghana ratified its extradition treaty with Nigeria in 2019.",
              type: "agreement", parties: ["GHA", "NGA"], date: "2019", attributes: ["stage": "ratified", "topic": "extradition"]),
    // relations
    EventCase(lang: "fr", text: "Le Chili et la Nouvelle-Zélande ont établi leurs relations diplomatiques en 1972.",
              type: "relations_established", parties: ["CHL", "NZL"], date: "1972"),
    EventCase(lang: "en", text: "Indonesia and Mexico established diplomatic relations in 1953.",
              type: "relations_established", parties: ["IDN", "MEX"], date: "1953"),
    EventCase(lang: "fr", text: "L'Inde et le Brésil ont décidé d'élever leurs relations au niveau de partenariat stratégique global.",
              type: "relations_upgraded", parties: ["IND", "BRA"], attributes: ["to_level": "comprehensive strategic partnership"]),
    EventCase(lang: "en", text: "Japan and Australia upgraded their ties to a comprehensive strategic partnership.",
              type: "relations_upgraded", parties: ["JPN", "AUS"], attributes: ["to_level": "comprehensive strategic partnership"]),
    EventCase(lang: "fr", text: "Le Maroc a rappelé son ambassadeur en Suède.",
              type: "relations_reduced", parties: ["MAR", "SWE"]),
    EventCase(lang: "en", text: "Ecuador recalled its ambassador from Mexico.",
              type: "relations_reduced", parties: ["ECU", "MEX"]),
    // anniversary
    EventCase(lang: "fr", text: "Les deux pays célèbrent le 30e anniversaire de l'établissement des relations diplomatiques entre le Brésil et la Corée.",
              type: "anniversary", parties: ["BRA"], attributes: ["ordinal": "30", "of": "relations_established"]),
    EventCase(lang: "en", text: "Italy and Albania celebrated the 25th anniversary of diplomatic relations.",
              type: "anniversary", parties: ["ITA", "ALB"], attributes: ["ordinal": "25"]),
    // trade
    EventCase(lang: "fr", text: "En 2023, les échanges commerciaux entre la Turquie et l'Iran ont atteint 6 milliards de dollars.",
              type: "trade", status: "occurred", parties: ["TUR", "IRN"], attributes: ["currency": "USD", "year": "2023"]),
    EventCase(lang: "en", text: "Bilateral trade between Thailand and Laos reached $4 billion in 2022.",
              type: "trade", status: "occurred", parties: ["THA", "LAO"], attributes: ["currency": "USD", "year": "2022"]),
    // investment
    EventCase(lang: "fr", text: "Des entreprises singapouriennes investissent au Cambodge dans le tourisme.",
              type: "investment", actor: "SGP", target: "KHM"),
    EventCase(lang: "en", text: "Qatari firms invested heavily in Rwanda in the energy sector.",
              type: "investment", actor: "QAT", target: "RWA"),
    // transport link
    EventCase(lang: "fr", text: "Les compagnies aériennes ont ouvert des vols directs entre la Grèce et Chypre.",
              type: "transport_link", parties: ["GRC", "CYP"], attributes: ["mode": "air"]),
    EventCase(lang: "en", text: "New direct flights between Oman and Kenya were launched this year.",
              type: "transport_link", parties: ["OMN", "KEN"], attributes: ["mode": "air"]),
    // cooperation
    EventCase(lang: "fr", text: "La Suisse et l'Autriche vont renforcer leur coopération dans les domaines de l'énergie et de la santé.",
              type: "cooperation", status: "planned", parties: ["CHE", "AUT"]),
    EventCase(lang: "en", text: "Finland and Estonia will strengthen cooperation in education and digital technology.",
              type: "cooperation", status: "planned", parties: ["FIN", "EST"]),
    // aid
    EventCase(lang: "fr", text: "Le Japon a fourni une aide humanitaire aux Philippines.",
              type: "aid", actor: "JPN", target: "PHL", attributes: ["kind": "humanitarian"]),
    EventCase(lang: "en", text: "Norway sent humanitarian aid to Sudan.",
              type: "aid", actor: "NOR", target: "SDN", attributes: ["kind": "humanitarian"]),
    // praise
    EventCase(lang: "fr", text: "Le Sénégal a salué le rôle de la Gambie dans la région.",
              type: "praise", actor: "SEN", target: "GMB"),
    EventCase(lang: "en", text: "Uruguay praised Paraguay for its handling of the talks.",
              type: "praise", actor: "URY", target: "PRY"),
    // statement
    EventCase(lang: "fr", text: "Le ministre norvégien s'est exprimé sur l'avenir des relations avec la Suède.",
              type: "statement", actor: "NOR", target: "SWE"),
    EventCase(lang: "en", text: "The Kenyan foreign minister said that relations with Tanzania remain strong.",
              type: "statement", actor: "KEN", target: "TZA"),
    // criticism
    EventCase(lang: "fr", text: "La Serbie a dénoncé les déclarations de la Croatie.",
              type: "criticism", actor: "SRB", target: "HRV"),
    EventCase(lang: "en", text: "Armenia condemned Azerbaijan over the shelling.",
              type: "criticism", actor: "ARM", target: "AZE"),
    // protest
    EventCase(lang: "fr", text: "La Pologne a convoqué l'ambassadeur biélorusse.",
              type: "protest", actor: "POL", target: "BLR"),
    EventCase(lang: "en", text: "Lithuania summoned the Belarusian ambassador.",
              type: "protest", actor: "LTU", target: "BLR"),
    // threat
    EventCase(lang: "fr", text: "La Corée du Nord a menacé le Japon de représailles.",
              type: "threat", actor: "PRK", target: "JPN"),
    EventCase(lang: "en", text: "Venezuela threatened Guyana with annexation.",
              type: "threat", actor: "VEN", target: "GUY"),
    // sanction
    EventCase(lang: "fr", text: "Le Canada a imposé des sanctions contre le Myanmar.",
              type: "sanction", actor: "CAN", target: "MMR"),
    EventCase(lang: "en", text: "The United Kingdom imposed sanctions on Iran.",
              type: "sanction", actor: "GBR", target: "IRN"),
    // expulsion
    EventCase(lang: "fr", text: "La Moldavie a expulsé un diplomate russe.",
              type: "expulsion", actor: "MDA", target: "RUS"),
    EventCase(lang: "en", text: "Estonia expelled a Russian diplomat.",
              type: "expulsion", actor: "EST", target: "RUS"),
    // negation
    EventCase(lang: "fr", text: "La Hongrie n'a pas signé l'accord avec la Slovaquie.",
              type: "agreement", status: "negated", parties: ["HUN", "SVK"]),
    EventCase(lang: "en", text: "Bolivia did not sign the agreement with Peru.",
              type: "agreement", status: "negated", parties: ["BOL", "PER"]),
]

@Test("every event type, in French and in English", arguments: eventCases)
func eventType(_ c: EventCase) {
    let found = events(c.text, lang: c.lang)
    let ofType = found.filter { $0.type == c.type }
    #expect(!ofType.isEmpty, "no \(c.type) in \(found.map(\.type))")
    guard let e = ofType.first else { return }
    if let s = c.status { #expect(e.status == s) }
    if !c.parties.isEmpty { #expect(c.parties.isSubset(of: e.partyCodes), "parties \(e.partyCodes)") }
    if let a = c.actor { #expect(e.actor?.country == a, "actor \(String(describing: e.actor))") }
    if let t = c.target { #expect(e.target?.country == t, "target \(String(describing: e.target))") }
    if let d = c.date {
        switch e.date {
        case let .point(p)?: #expect(p == d)
        case let .interval(s, _)?: #expect(s == d)
        case nil: Issue.record("no date, expected \(d)")
        }
    }
    for (k, v) in c.attributes {
        let got: String?
        switch k {
        case "subtype": got = e.subtype
        default:
            switch e.attribute(k) {
            case let .string(s)?: got = s
            case let .int(i)?: got = String(i)
            case let .double(d)?: got = String(Int(d))
            default: got = nil
            }
        }
        #expect(got == v, "\(k): \(String(describing: got))")
    }
}
