import Foundation
import Testing
import DyadCore
import DyadText
@testable import DyadTaggers

/// People, organisations, places and the entity linker.
///
/// The corpus articles are read from `../shared` at run time (never copied here); the short
/// sentences below are written for these tests.
@Suite struct EntityTests {

    // MARK: - Helpers

    /// Reads, tags and links one article the way `dyad extract` does.
    static func run(_ doc: Document, lang: String) -> (mentions: [Mention], entities: [Entity], analysis: TextAnalysis) {
        let analysis = TextAnalysis(doc.body)
        let pack = LanguagePack.pack(for: lang)
        let sentences = pack.splitter.split(analysis, captions: doc.captions)
        let reference = (doc.reference ?? doc.date).flatMap(ReferenceDate.init(iso:))
        let ctx = TagContext(analysis: analysis, pack: pack, reference: reference, sentences: sentences)
        var candidates: [Mention] = []
        for t in pack.taggers { t.tag(ctx, into: &candidates) }
        let mentions = MentionResolver.resolve(candidates)
        return (mentions, pack.entities.link(ctx, mentions: mentions), analysis)
    }

    static func run(_ text: String, lang: String, date: String? = nil) -> (mentions: [Mention], entities: [Entity], analysis: TextAnalysis) {
        run(Document(id: "t", body: text, lang: lang, date: date), lang: lang)
    }

    static func fold(_ s: String) -> String { FoldTable.shared.fold(s) }

    static func person(_ es: [Entity], _ name: String) -> Entity? {
        es.first { $0.kind == .person && fold($0.name).contains(fold(name)) }
    }

    /// The scorer's entity match: kind, name containment after folding, country.
    static func matches(_ gold: [String: Any], _ e: Entity) -> Bool {
        guard let kind = gold["kind"] as? String, kind == e.kind.rawValue else { return false }
        if let code = gold["code"] as? String { return e.code == code }
        let gn = fold(gold["name"] as? String ?? ""), pn = fold(e.name)
        guard !pn.isEmpty, gn == pn || gn.contains(pn) && pn.count >= 4 || pn.contains(gn) else { return false }
        if let c = gold["country"] as? String { return e.country == c }
        return true
    }

    /// The shared folder beside the checkout (`DYAD_SHARED` overrides it).
    static var sharedDir: URL {
        if let d = ProcessInfo.processInfo.environment["DYAD_SHARED"] { return URL(fileURLWithPath: d) }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared")
    }

    // MARK: - The seed article

    @Test func seedArticleEntities() throws {
        let dir = Self.sharedDir
        let articleURL = dir.appendingPathComponent("seeds/000_af19470726213f97.txt")
        let goldURL = dir.appendingPathComponent("corpus/gold/000_af19470726213f97.json")
        guard FileManager.default.fileExists(atPath: articleURL.path), FileManager.default.fileExists(atPath: goldURL.path) else {
            Issue.record("shared seed or gold missing at \(dir.path)")
            return
        }
        let bytes = Array(try Data(contentsOf: articleURL))
        let doc = try ArticleReader.read(bytes: bytes, name: articleURL.path)
        let out = Self.run(doc, lang: "fr")
        let gold = try JSONSerialization.jsonObject(with: Data(contentsOf: goldURL)) as! [String: Any]
        let goldEntities = gold["entities"] as! [[String: Any]]
        var used = Set<Int>()
        for g in goldEntities {
            let hit = out.entities.indices.first { !used.contains($0) && Self.matches(g, out.entities[$0]) }
            #expect(hit != nil, "gold entity not found: \(g)")
            guard let h = hit else { continue }
            used.insert(h)
            if let role = g["role"] as? String { #expect(out.entities[h].role == role, "role of \(g["name"] ?? "")") }
        }
        // The gold is complete: no other person, place or country.
        let extra = out.entities.indices.filter { !used.contains($0) && out.entities[$0].kind != .organization }
        #expect(extra.isEmpty, "extra entities: \(extra.map { out.entities[$0].name })")
        // Ids follow the order of first mention.
        for (i, e) in out.entities.enumerated() { #expect(e.id == "e\(i + 1)") }
        let firsts = out.entities.map { $0.mentions.first!.lowerBound }
        #expect(firsts == firsts.sorted())
        // The ambassador: posting and every reference.
        let amb = try #require(Self.person(out.entities, "Kanat Tumysh"))
        #expect(amb.postedTo == "VNM")
        #expect(amb.mentions.count >= 4, "l'ambassadeur alone refers to him")
        // The party chief: title as written, and the later references.
        let lam = try #require(Self.person(out.entities, "Tô Lâm"))
        #expect(lam.title?.hasPrefix("secrétaire général") == true)
        #expect(lam.mentions.count >= 3)
    }

    // MARK: - People through titles

    @Test func titleBeforeNameGivesRoleAndCountry() {
        let out = Self.run("Le Premier ministre kazakh Olzhas Bektenov a reçu le vice-ministre biélorusse des Affaires étrangères, Ivan Petrov.", lang: "fr")
        let b = Self.person(out.entities, "Bektenov")
        #expect(b?.role == "head_of_government")
        #expect(b?.country == "KAZ")
        let p = Self.person(out.entities, "Ivan Petrov")
        #expect(p?.role == "deputy_minister")
        #expect(p?.country == "BLR")
    }

    @Test func ambassadorPosting() {
        let out = Self.run("L'ambassadeur de Russie au Vietnam, Guennadi Bezdetko, a remis ses lettres de créance.", lang: "fr")
        let p = Self.person(out.entities, "Bezdetko")
        #expect(p?.role == "ambassador")
        #expect(p?.country == "RUS")
        #expect(p?.postedTo == "VNM")
    }

    @Test func englishTitlesAndAppositions() {
        let text = "Kazakhstan's Ambassador to Vietnam Kanat Tumysh met Industry and Trade Minister Nguyen Hong Dien. " +
            "Ivan Sidorov, Ambassador of Ukraine to Kazakhstan, was summoned, said Aybek Smadiyarov, official spokesperson of Kazakhstan's Foreign Ministry."
        let out = Self.run(text, lang: "en", date: "2023")
        let t = Self.person(out.entities, "Kanat Tumysh")
        #expect(t?.role == "ambassador")
        #expect(t?.country == "KAZ")
        #expect(t?.postedTo == "VNM")
        #expect(Self.person(out.entities, "Nguyen Hong Dien")?.role == "minister")
        let s = Self.person(out.entities, "Ivan Sidorov")
        #expect(s?.role == "ambassador")
        #expect(s?.country == "UKR")
        #expect(s?.postedTo == "KAZ")
        let a = Self.person(out.entities, "Smadiyarov")
        #expect(a?.role == "official")
        #expect(a?.country == "KAZ")
    }

    @Test func foreignMinisterFromPortfolio() {
        let out = Self.run("La ministre française de l'Europe et des Affaires étrangères Anne Martin a parlé.", lang: "fr")
        let p = Self.person(out.entities, "Anne Martin")
        #expect(p?.role == "foreign_minister")
        #expect(p?.country == "FRA")
    }

    @Test func chairTitleFollowsTheBody() {
        let out = Self.run("Chairman of the Hanoi People's Committee Tran Van Binh received the delegation.", lang: "en")
        let p = Self.person(out.entities, "Tran Van Binh")
        #expect(p?.role == "governor")
        #expect(p?.country == "VNM")
    }

    // MARK: - Linking within the article

    @Test func surnamesTitlesAndHonorificsLink() {
        let text = "Le président kazakh Kassym-Jomart Tokaïev est arrivé à Hanoï. Le président kazakh a salué la coopération. " +
            "Plus tard, Tokaïev a visité une usine."
        let out = Self.run(text, lang: "fr", date: "2023-08")
        let people = out.entities.filter { $0.kind == .person }
        #expect(people.count == 1)
        #expect(people.first?.mentions.count == 3)
        #expect(people.first?.role == "head_of_state")
    }

    @Test func abbreviationDefinedInTheArticle() {
        let text = "Le Parti communiste du Vietnam (PCV) a tenu son congrès. Le PCV compte des millions de membres."
        let out = Self.run(text, lang: "fr")
        let orgs = out.entities.filter { $0.kind == .organization }
        #expect(orgs.count == 1)
        #expect(orgs.first?.country == "VNM")
        #expect(orgs.first.map { $0.mentions.count >= 2 } == true)
        // The country inside the party's name is still a country mention.
        #expect(out.entities.contains { $0.kind == .country && $0.code == "VNM" })
    }

    // MARK: - Precision

    @Test func noPersonWithoutName() {
        let text = "Lundi, le président a rencontré un dirigeant vietnamien. En Mai, le secrétaire général du Parti s'est rendu à Hanoï. Photo : VNA"
        let out = Self.run(text, lang: "fr")
        #expect(out.entities.filter { $0.kind == .person }.isEmpty)
    }

    @Test func personVersusPlace() {
        let text = "La visite du Président Hô Chi Minh reste un symbole. Une ligne relie Hô Chi Minh-Ville à Almaty. Le Musée Hô Chi Minh est fermé."
        let out = Self.run(text, lang: "fr")
        let p = Self.person(out.entities, "Hô Chi Minh")
        #expect(p?.role == "head_of_state")
        #expect(p?.mentions.count == 1)
        #expect(out.entities.contains { $0.kind == .place && Self.fold($0.name).contains("ville") && $0.country == "VNM" })
        #expect(out.entities.contains { $0.kind == .place && $0.name == "Almaty" && $0.country == "KAZ" })
    }

    @Test func airportsAndBodiesNamedAfterPeople() {
        let text = "Il s'est rendu à l'aéroport international Noursoultan-Nazarbaïev. Il a visité l'Académie nationale de politique Hô Chi Minh."
        let out = Self.run(text, lang: "fr")
        #expect(out.entities.filter { $0.kind == .person }.isEmpty)
        #expect(out.entities.contains { $0.kind == .organization && Self.fold($0.name).hasPrefix("academie") })
    }

    // MARK: - Organisations and places

    @Test func ministriesWithTheirCountry() {
        let out = Self.run("Le ministère kazakh des Affaires étrangères a convoqué l'ambassadeur. The Ministry of Justice of Kazakhstan agreed.", lang: "fr")
        let ministries = out.entities.filter { $0.kind == .organization }
        #expect(ministries.contains { $0.name == "ministère des Affaires étrangères" && $0.country == "KAZ" })
    }

    @Test func placesCarryTheirCountry() {
        let out = Self.run("Agreements were signed between Kazakhstan's Turkistan region and Vietnam's Thai Binh province.", lang: "en")
        let places = out.entities.filter { $0.kind == .place }
        #expect(places.contains { Self.fold($0.name).contains("turkistan") && $0.country == "KAZ" })
        #expect(places.contains { Self.fold($0.name).contains("thai binh") && $0.country == "VNM" })
    }

    // MARK: - Other languages

    @Test func otherLanguagesDoNotCrash() {
        for (lang, text) in [("vi", "Tổng thống Kazakhstan Kassym-Jomart Tokayev thăm Hà Nội."),
                             ("ru", "Президент Казахстана Касым-Жомарт Токаев прибыл в Москву."),
                             ("es", "El presidente Tô Lâm visitó Madrid y Hanói.")] {
            let out = Self.run(text, lang: lang)
            #expect(out.entities.contains { $0.kind == .person }, "\(lang)")
        }
        _ = Self.run("", lang: "fr")
        _ = Self.run("((( ,,, -- M. . , Le", lang: "fr")
    }

    // MARK: - Data

    @Test func everyTitleRoleIsKnown() {
        let roles: Set<String> = ["head_of_state", "head_of_government", "party_leader", "foreign_minister", "minister",
                                  "deputy_minister", "ambassador", "parliament_speaker", "governor", "mayor", "official",
                                  "leader", "diplomat", "counterpart"]
        for lang in ["fr", "en"] {
            let lex = EntityLexicon.shared(lang)
            #expect(!lex.titleRecords.isEmpty)
            for r in lex.titleRecords { #expect(roles.contains(r.role), "\(lang): \(r.role)") }
        }
    }

    @Test func transliterationKey() {
        #expect(NameKey.key("Tokaïev") == NameKey.key("Tokayev"))
        #expect(NameKey.key("Yermek Kosherbayev") == NameKey.key("Ermek Kosherbayev"))
        #expect(NameKey.key("Joumanguarine") == NameKey.key("Zhumangarin"))
    }
}
