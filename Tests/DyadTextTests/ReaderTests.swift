import DyadCore
import Foundation
import Testing
@testable import DyadText

@Suite struct ReaderTests {
    @Test func frontMatterFieldsAndBody() {
        let text = "url: https://example.org/a\ntitle: Un titre\ndate: 2023-08\nlang: fr\nsource: Agence\nauthor: X\n---\nLe corps.\n"
        let d = ArticleReader.read(text: text, name: "dir/art-1.txt")
        #expect(d.id == "art-1")
        #expect(d.title == "Un titre")
        #expect(d.date == "2023-08")
        #expect(d.lang == "fr")
        #expect(d.source == "Agence")
        #expect(d.url == "https://example.org/a")
        #expect(d.body == "Le corps.\n")
        #expect(d.metadata.contains { $0.0 == "author" && $0.1 == "X" })
    }

    @Test func wireHeaderCaptionAndAgencyTag() {
        let text = " date 2025-05 Le ministre à l'aéroport. Photo: VNA\n\nLe texte commence ici. – VNA/VI"
        let d = ArticleReader.read(text: text, name: nil)
        #expect(d.date == "2025-05")
        #expect(d.body.hasPrefix("Le ministre"))
        #expect(d.source == "VNA")
        #expect(d.captions.count == 1)
        let caption = d.captions[0]
        let captionText = String(String.UnicodeScalarView(Array(d.body.unicodeScalars)[caption]))
        #expect(captionText == "Le ministre à l'aéroport. Photo: VNA")
    }

    @Test func agencyTags() {
        #expect(ArticleReader.agencyTag("Moscow said so. (TASS)") == "TASS")
        #expect(ArticleReader.agencyTag("Fin de l'article.-VNA") == "VNA")
        #expect(ArticleReader.agencyTag("The end of a sentence - and more words.") == nil)
    }

    @Test func htmlStripsMarkupAndReadsMetadata() {
        let html = """
        <!DOCTYPE html><html lang="fr"><head><title>Visite d&#39;&Eacute;tat</title>
        <meta property="article:published_time" content="2024-05-25T10:00:00Z">
        <style>p { color: red }</style><script>var x = "<p>not text</p>";</script></head>
        <body><h1>Titre</h1><p>Le 25 mai&nbsp;2024, l&rsquo;accord est entr&eacute; en vigueur.</p><!-- note --><p>Deuxi&egrave;me.</p></body></html>
        """
        let d = ArticleReader.read(text: html, name: "page.html")
        #expect(d.title == "Visite d'État")
        #expect(d.date == "2024-05-25T10:00")
        #expect(d.lang == "fr")
        #expect(!d.body.contains("color"))
        #expect(!d.body.contains("not text"))
        #expect(!d.body.contains("note"))
        #expect(d.body.contains("Le 25 mai\u{00A0}2024, l\u{2019}accord est entré en vigueur."))
        #expect(d.body.contains("Deuxième."))
    }

    @Test func deeplyNestedHTMLIsLinear() {
        let html = "<html><body>" + String(repeating: "<div>", count: 200_000) + "texte" + String(repeating: "</div>", count: 200_000) + "</body></html>"
        let d = ArticleReader.read(text: html, name: nil)
        #expect(d.body == "texte")
    }

    @Test func plainTextIsTheBody() {
        let d = ArticleReader.read(text: "Just a line of news.", name: nil)
        #expect(d.body == "Just a line of news.")
        #expect(d.date == nil)
        #expect(d.id.hasPrefix("sha-"))
    }

    @Test func binaryInputIsRefused() {
        #expect(throws: DyadError.binaryInput) { try ArticleReader.read(bytes: [0x89, 0x50, 0x4E, 0x47, 0x00, 0x01, 0x02], name: "x.png") }
    }

    @Test func windows1252IsDecodedWithAWarning() throws {
        // "Côte" in Windows-1252 with a curly apostrophe (0x92).
        let bytes: [UInt8] = Array("C".utf8) + [0xF4] + Array("te d".utf8) + [0x92] + Array("Ivoire".utf8)
        let d = try ArticleReader.read(bytes: bytes, name: nil)
        #expect(d.body == "Côte d\u{2019}Ivoire")
        #expect(d.warnings.contains { $0.contains("Windows-1252") })
    }

    @Test func isoDates() {
        #expect(DateText.normalize("2024") == "2024")
        #expect(DateText.normalize("2024-5-3") == "2024-05-03")
        #expect(DateText.normalize("2024/05/25") == "2024-05-25")
        #expect(DateText.normalize("2024-13") == nil)
        #expect(DateText.normalize("hier") == nil)
    }
}

@Suite struct TokenAndSentenceTests {
    let splitter = SentenceSplitter(abbreviations: ["M.", "Dr", "St", "U.S", "Mr", "etc"])

    func sentences(_ s: String) -> [String] {
        let a = TextAnalysis(s)
        return splitter.split(a).map { a.text($0.start, $0.end) }
    }

    @Test func foldingAndTokens() {
        let a = TextAnalysis("Đà Nẵng, l’Œuvre et 30,4 %")
        let words = a.tokens.map { a.foldedText($0) }
        #expect(words == ["da", "nang", ",", "l", "'", "oeuvre", "et", "30", ",", "4", "%"])
        #expect(a.tokens[0].isCapitalized)
        #expect(a.text(of: a.tokens[1]) == "Nẵng")
    }

    @Test func abbreviationsInitialsAndDecimals() {
        #expect(sentences("M. Dupont est arrivé. Il a parlé de 30.4 millions.") == ["M. Dupont est arrivé.", "Il a parlé de 30.4 millions."])
        #expect(sentences("Officials in the U.S. said so. J. Smith agreed.") == ["Officials in the U.S. said so.", "J. Smith agreed."])
        #expect(sentences("Dr Martin met Mr. Jones. They talked.") == ["Dr Martin met Mr. Jones.", "They talked."])
    }

    @Test func gluedSentencesAndGuillemets() {
        #expect(sentences("au cours des 12 dernières années.La visite se déroule bien.") == ["au cours des 12 dernières années.", "La visite se déroule bien."])
        #expect(sentences("Il a dit « c'est fini. » Puis il est parti.") == ["Il a dit « c'est fini. »", "Puis il est parti."])
    }

    @Test func paragraphsAreBoundaries() {
        #expect(sentences("Titre sans point\n\nPremier paragraphe.") == ["Titre sans point", "Premier paragraphe."])
    }

    @Test func fiftyMegabyteLineIsLinear() {
        let line = String(repeating: "mot ", count: 12_500_000)
        let a = TextAnalysis(line)
        #expect(a.tokens.count == 12_500_000)
        #expect(splitter.split(a).count == 1)
    }
}
