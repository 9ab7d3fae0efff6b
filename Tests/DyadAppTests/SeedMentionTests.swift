import DyadApp
import DyadCore
import DyadText
import Foundation
import Testing

/// The seed article's mention layer, pinned: spans located in the text read at run time.
@Suite struct SeedMentionTests {
    let tagged: TaggedArticle
    let body: [Unicode.Scalar]

    init() throws {
        let url = sharedDir.appendingPathComponent("seeds/000_af19470726213f97.txt")
        let doc = try ArticleReader.read(bytes: Array(try Data(contentsOf: url)), name: url.path)
        tagged = Pipeline.tag(doc, options: RunOptions())
        body = Array(doc.body.unicodeScalars)
    }

    /// Scalar offsets of every occurrence of `phrase` in the body.
    func occurrences(_ phrase: String) -> [Range<Int>] {
        let p = Array(phrase.unicodeScalars)
        var out: [Range<Int>] = []
        var i = 0
        while i + p.count <= body.count {
            if Array(body[i..<(i + p.count)]) == p { out.append(i..<(i + p.count)) }
            i += 1
        }
        return out
    }

    func mention(covering r: Range<Int>) -> Mention? {
        tagged.mentions.first { $0.start <= r.lowerBound && $0.end >= r.upperBound }
    }

    @Test func documentHeader() {
        #expect(tagged.document.date == "2025-05")
        #expect(tagged.document.source == "VNA")
        #expect(tagged.lang == "fr")
        #expect(tagged.reference?.iso == "2025-05")
    }

    @Test func yearsAreDates() {
        for year in ["1959", "1992", "2023", "2024", "2025"] {
            let found = occurrences(year).compactMap(mention(covering:))
            #expect(!found.isEmpty, "\(year) not tagged")
            #expect(found.allSatisfy { $0.kind == .date }, "\(year): \(found.map(\.kind))")
        }
    }

    @Test func fullDate() throws {
        let r = try #require(occurrences("25 mai 2024").first)
        let m = try #require(mention(covering: r))
        #expect(m.kind == .date)
        #expect(m.value == .text("2024-05-25"))
        #expect(m.end == r.upperBound)
    }

    @Test func intervals() throws {
        for (text, start, end) in [("1959-2025", "1959", "2025"), ("1992-2025", "1992", "2025")] {
            let r = try #require(occurrences(text).first)
            let m = try #require(mention(covering: r))
            #expect(m.kind == .date)
            #expect(m.value == .interval(start, end))
        }
    }

    @Test func ordinals() throws {
        for (text, value) in [("66e", 66.0), ("33e", 33.0)] {
            let r = try #require(occurrences(text).first)
            let m = try #require(mention(covering: r))
            #expect(m.kind == .ordinal)
            #expect(m.value == .number(value))
            #expect(m.start == r.lowerBound && m.end == r.upperBound)
        }
    }

    @Test func money() throws {
        let r = try #require(occurrences("milliard de dollars").first)
        let m = try #require(mention(covering: r))
        #expect(m.kind == .money)
        #expect(m.value == .money(1_000_000_000, currency: "USD"))
        #expect(m.approx)
        #expect(tagged.analysis.text(m.start, m.end).hasPrefix("près d"))
    }

    @Test func everyFormOfBothCountries() {
        for (form, code) in [("Kazakhstan", "KAZ"), ("kazakh", "KAZ"), ("kazakhes", "KAZ"), ("Vietnam", "VNM"), ("vietnamien", "VNM")] {
            let hits = occurrences(form).filter { r in
                // Whole words only: `kazakh` inside `kazakhes` is counted with its own form.
                (r.upperBound >= body.count || !body[r.upperBound].properties.isAlphabetic)
                    && (r.lowerBound == 0 || !body[r.lowerBound - 1].properties.isAlphabetic)
            }
            #expect(!hits.isEmpty, "\(form) not in the seed")
            for r in hits {
                let m = mention(covering: r)
                #expect(m?.kind == .country && m?.code == code && m?.start == r.lowerBound && m?.end == r.upperBound,
                        "\(form) at \(r): \(String(describing: m))")
            }
        }
    }
}
