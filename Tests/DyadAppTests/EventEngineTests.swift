import DyadApp
import DyadCore
import DyadEvents
import Testing

/// The engine's behaviours beyond single triggers: lifecycle stages, anniversaries and their
/// arithmetic, merging of an event told twice, reported speech, modality.
@Suite struct EventEngineTests {
    @Test func agreementLifecycleIsOneEventPerStage() {
        let found = events("L'accord d'extradition entre le Pérou et le Chili, signé en 2019, est entré en vigueur en 2021.", lang: "fr")
        let agreements = found.filter { $0.type == "agreement" }
        let stages = Set(agreements.compactMap { $0.attribute("stage")?.stringValue })
        #expect(stages == ["signed", "in_force"])
        let signed = agreements.first { $0.attribute("stage")?.stringValue == "signed" }
        let inForce = agreements.first { $0.attribute("stage")?.stringValue == "in_force" }
        #expect(signed?.date == .point("2019"))
        #expect(inForce?.date == .point("2021"))
        #expect(agreements.allSatisfy { $0.attribute("topic")?.stringValue == "extradition" })
    }

    @Test func anniversaryCarriesItsArithmetic() throws {
        let found = events("L'année 2022 marque le 30e anniversaire de l'établissement des relations diplomatiques entre le Brésil et la Corée (1992-2022).", lang: "fr", date: "2022-03")
        let a = try #require(found.first { $0.type == "anniversary" })
        #expect(a.attribute("ordinal") == .int(30))
        #expect(a.attribute("base_year") == .int(1992))
        #expect(a.attribute("year") == .int(2022))
        #expect(a.attribute("of")?.stringValue == "relations_established")
        #expect(a.attribute("check") == nil)
        let established = try #require(found.first { $0.type == "relations_established" })
        #expect(established.date == .point("1992"))
    }

    @Test func anniversaryMismatchIsReported() throws {
        let found = events("Italy and Albania celebrated the 25th anniversary of diplomatic relations (1990-2020).", lang: "en", date: "2020-05")
        let a = try #require(found.first { $0.type == "anniversary" })
        #expect(a.attribute("check")?.stringValue?.contains("mismatch") == true)
    }

    @Test func eventToldTwiceIsOneEventWithBothSentences() throws {
        let text = "Le président chilien effectuera une visite d'État en Argentine. La visite du président chilien en Argentine devrait renforcer les liens."
        let visits = events(text, lang: "fr").filter { $0.type == "visit" }
        #expect(visits.count == 1)
        let v = try #require(visits.first)
        #expect(v.evidence.count == 2)
        #expect(v.status == "planned")
        #expect(v.subtype == "state")
    }

    @Test func reportedSpeechIsAttributed() throws {
        let text = "Selon le ministre brésilien Mauro Vieira, le Brésil et l'Argentine ont signé un accord d'extradition en 2023."
        let doc = Document(id: "t", body: text, lang: "fr", date: "2024-01")
        let record = Pipeline.extract(doc, options: RunOptions(lang: "fr"))
        let a = try #require(record.events.first { $0.type == "agreement" })
        let speaker = try #require(a.attributedTo)
        #expect(record.entities.first { $0.id == speaker }?.kind == .person)
    }

    @Test func modality() {
        #expect(events("Le Mexique pourrait signer un accord de libre-échange avec le Canada.", lang: "fr").first { $0.type == "agreement" }?.status == "expected")
        #expect(events("Spain will sign a free trade agreement with Chile.", lang: "en").first { $0.type == "agreement" }?.status == "planned")
        #expect(events("Le Japon n'a pas ratifié le traité avec la Corée.", lang: "fr").first { $0.type == "agreement" }?.status == "negated")
    }

    @Test func noDateIsNull() {
        let e = events("La Thaïlande et le Laos ont signé un accord de coopération culturelle.", lang: "fr").first { $0.type == "agreement" }
        #expect(e != nil)
        #expect(e?.date == nil)
    }

    @Test func evidenceIsTheExactSentence() throws {
        let text = "Premier paragraphe sans événement. L'Égypte et la Jordanie ont signé un accord d'extradition."
        let doc = Document(id: "t", body: text, lang: "fr")
        let record = Pipeline.extract(doc, options: RunOptions(lang: "fr"))
        let json = RecordOutput.json(record)
        guard case let .array(evs)? = json["events"], let ev = evs.first, let evidence = ev["evidence"],
              case let .int(start)? = evidence["start"], case let .int(end)? = evidence["end"] else {
            Issue.record("no evidence"); return
        }
        let scalars = Array(text.unicodeScalars)
        #expect(evidence["text"]?.stringValue == String(String.UnicodeScalarView(scalars[start..<end])))
        #expect(evidence["text"]?.stringValue == "L'Égypte et la Jordanie ont signé un accord d'extradition.")
        #expect(ev["rule"]?.stringValue == "fr.agreement.signer")
        #expect(ev["cameo"]?.stringValue == "057")
    }

    @Test func aTourIsOneVisitPerDestination() {
        let visits = events("Le président chilien se rendra au Pérou, en Bolivie et en Équateur la semaine prochaine.", lang: "fr").filter { $0.type == "visit" }
        #expect(visits.compactMap { $0.target?.country } == ["PER", "BOL", "ECU"])
        #expect(visits.allSatisfy { $0.actor?.country == "CHL" && $0.status == "planned" })
    }

    @Test func yearlessDatesFollowTheTense() {
        let past = events("The Kenyan president visited Uganda in February.", lang: "en", date: "2024-09-10")
        #expect(past.first { $0.type == "visit" }?.date == .point("2024-02"))
        let planned = events("The Kenyan president will visit Uganda in February.", lang: "en", date: "2024-09-10")
        #expect(planned.first { $0.type == "visit" }?.date == .point("2025-02"))
        let weekday = events("The Kenyan president visited Uganda on Thursday.", lang: "en", date: "2024-09-10")
        #expect(weekday.first { $0.type == "visit" }?.date == .point("2024-09-05"))
    }

    @Test func anEventDatedAfterTheArticleIsPlanned() {
        let found = events("Le président indien a invité le Premier ministre japonais à visiter l'Inde l'année prochaine.", lang: "fr", date: "2024-09-10")
        #expect(found.contains { $0.type == "visit" && $0.status == "planned" })
    }

    @Test func theSpeakerOfAQuotationIsTheActor() throws {
        let found = events("« Cette décision est inacceptable », a dénoncé le ministre brésilien des Affaires étrangères, visant l'Argentine.", lang: "fr")
        let c = try #require(found.first { $0.type == "criticism" })
        #expect(c.actor?.country == "BRA")
        #expect(c.target?.country == "ARG")
    }

    @Test func aNegationPastAnotherVerbDoesNotReachTheTrigger() {
        let lifted = events("La Pologne n'a pas levé l'embargo sur les céréales ukrainiennes.", lang: "fr")
        #expect(lifted.first { $0.type == "sanction" }?.status == "occurred")
        let notSigned = events("Le Maroc n'a pas encore signé l'accord avec la Mauritanie.", lang: "fr")
        #expect(notSigned.first { $0.type == "agreement" }?.status == "negated")
    }

    @Test func aSharedDateIsTheCelebrationsAndALoneOldDateIsTheBase() throws {
        let shared = events("Kenya and China on Thursday celebrated the 60th anniversary of the establishment of diplomatic relations.", lang: "en", date: "2023-12-14")
        let a = try #require(shared.first { $0.type == "anniversary" })
        #expect(a.attribute("base_year") == .int(1963))
        #expect(a.attribute("year") == .int(2023))
        let lone = events("La visite coïncide avec le 33e anniversaire de l'établissement des relations diplomatiques entre le Chili et le Pérou, en janvier 1992.", lang: "fr", date: "2025-01-10")
        let b = try #require(lone.first { $0.type == "anniversary" })
        #expect(b.attribute("base_year") == .int(1992))
        #expect(b.attribute("year") == .int(2025))
    }

    @Test func oneNounWithSeveralComplementsIsSeveralDocuments() {
        let topics = events("India and Japan signed agreements on energy storage, on border control and on driving licences.", lang: "en")
            .filter { $0.type == "agreement" }.compactMap { $0.attribute("topic")?.stringValue }
        #expect(topics == ["energy storage", "border", "driving licences"])
    }

    @Test func aFallInTradeIsANegativeGrowth() throws {
        let found = events("Les échanges entre le Chili et le Pérou ont reculé de 5 % à 3 milliards de dollars en 2023.", lang: "fr")
        let trade = try #require(found.first { $0.type == "trade" })
        #expect(trade.attribute("growth_percent") == .number(-5))
    }

    @Test func aDateCountedFromTheStoryCountsFromTheLastDateTold() {
        let found = events("En octobre 2011, le président du Kazakhstan a effectué une visite officielle au Vietnam. Un an plus tard, le président vietnamien a effectué une visite d'État au Kazakhstan.", lang: "fr", date: "2024-09-10")
        let visits = found.filter { $0.type == "visit" }
        #expect(visits.map(\.date) == [.point("2011-10"), .point("2012")])
        #expect(visits.allSatisfy { $0.status == "occurred" })
    }
}
