import DyadApp
import DyadCore
import Testing

@Suite struct LanguageTests {
    func detected(_ text: String) -> String {
        Pipeline.tag(Document(id: "x", body: text), options: RunOptions()).lang
    }

    @Test func frenchAndEnglish() {
        #expect(detected("Le président a effectué une visite d'État au Japon, selon le ministère des Affaires étrangères.") == "fr")
        #expect(detected("The president paid a state visit to Japan, according to the foreign ministry.") == "en")
    }

    @Test func otherLanguagesAreNeverFrenchOrEnglish() {
        #expect(detected("Президент Казахстана прибыл в Москву с государственным визитом.") == "ru")
        #expect(detected("Chủ tịch nước tiếp Đại sứ Kazakhstan tại Hà Nội nhân dịp kết thúc nhiệm kỳ công tác.") == "vi")
        #expect(detected("El presidente de España visitó Vietnam para fortalecer las relaciones entre los dos países.") == "es")
    }

    @Test func otherLanguagesStillGetCountriesAndNoFrenchEvents() {
        let r = Pipeline.extract(Document(id: "x", body: "El presidente de España visitó Vietnam y firmó un acuerdo con el Gobierno."), options: RunOptions())
        #expect(r.tagged.lang == "es")
        #expect(Set(r.entities.compactMap(\.code)).isSuperset(of: ["ESP", "VNM"]))
        #expect(!r.events.contains { $0.rule.hasPrefix("fr.") || $0.rule.hasPrefix("en.") })
    }
}
