import Foundation
import Testing
import DyadCore
@testable import DyadTaggers
import DyadText

/// The mentions NumberTagger finds in `text`, after the resolver (numbers alone).
private func numberMentions(_ text: String, _ lang: String) -> (TextAnalysis, [Mention]) {
    let a = TextAnalysis(text)
    let ctx = TagContext(analysis: a, pack: LanguagePack.pack(for: lang), reference: nil, sentences: [])
    var out: [Mention] = []
    NumberTagger(lang: lang).tag(ctx, into: &out)
    return (a, MentionResolver.resolve(out))
}

private func close(_ x: Double, _ y: Double) -> Bool { abs(x - y) <= 1e-6 * max(1, abs(y)) }

/// The one mention of `kind` in `text`.
private func only(_ kind: MentionKind, _ text: String, _ lang: String) -> (text: String, mention: Mention)? {
    let (a, ms) = numberMentions(text, lang)
    let found = ms.filter { $0.kind == kind }
    guard found.count == 1 else { return nil }
    return (a.text(found[0].start, found[0].end), found[0])
}

private func number(_ m: Mention) -> Double? {
    switch m.value {
    case let .number(v): return v
    case let .money(v, _): return v
    default: return nil
    }
}

@Suite struct NumberTests {
    // MARK: The seed article

    @Test func seedMoneyIsApproximateBillionDollars() throws {
        let text = "Les échanges progressent nettement et atteignent près d’un milliard de dollars cette année."
        let m = try #require(only(.money, text, "fr"))
        #expect(m.text == "près d’un milliard de dollars")
        #expect(m.mention.value == .money(1_000_000_000, currency: "USD"))
        #expect(m.mention.approx)
        #expect(m.mention.priority == 2)
    }

    @Test func seedOrdinals() throws {
        let text = "le 66e anniversaire de la visite (1959-2025), le 33e anniversaire de l’établissement des relations"
        let (a, ms) = numberMentions(text, "fr")
        let ords = ms.filter { $0.kind == .ordinal }
        #expect(ords.map { a.text($0.start, $0.end) } == ["66e", "33e"])
        #expect(ords.map { $0.value } == [.number(66), .number(33)])
        #expect(ords.allSatisfy { $0.priority == 1 })
    }

    // MARK: Digits

    @Test(arguments: [
        ("1 000 000", "fr", 1_000_000.0), ("1\u{00A0}000\u{00A0}000", "fr", 1_000_000), ("1\u{202F}000\u{202F}000", "fr", 1_000_000),
        ("1,000,000", "en", 1_000_000), ("1,000,000", "fr", 1_000_000), ("1.000.000", "fr", 1_000_000),
        ("30,4", "fr", 30.4), ("1.5", "en", 1.5), ("1.5", "fr", 1.5), ("1,500", "en", 1500), ("1,5", "en", 1.5),
        ("4,800", "fr", 4.8), ("94.000", "fr", 94000), ("1 234 567,89", "fr", 1_234_567.89),
        ("1,234,567.89", "en", 1_234_567.89), ("1.111,11", "en", 1111.11), ("-4.5", "en", -4.5), ("3/4", "en", 0.75),
        ("10k", "en", 10000), ("1e10", "en", 1e10),
    ] as [(String, String, Double)])
    func digits(_ text: String, _ lang: String, _ value: Double) throws {
        let m = try #require(only(.number, text, lang))
        #expect(m.text == text)
        #expect(close(try #require(number(m.mention)), value))
    }

    @Test func dottedChainsAreSeveralNumbers() {
        let (_, ms) = numberMentions("192.168.1.2", "en")
        #expect(ms.compactMap(number) == [192, 168, 1, 2])
    }

    @Test func digitsGluedToLettersAreNoNumber() {
        for text in ["29km", "a 5G network", "the A320", "3heures"] {
            #expect(numberMentions(text, text == "3heures" ? "fr" : "en").1.isEmpty, "\(text)")
        }
    }

    // MARK: Words

    @Test(arguments: [
        ("vingt-deux", "fr", 22.0), ("quatre-vingt-dix-sept", "fr", 97), ("soixante et onze", "fr", 71), ("deux cents", "fr", 200),
        ("trois mille", "fr", 3000), ("un million", "fr", 1e6), ("deux milliards", "fr", 2e9), ("1,5 milliard", "fr", 1.5e9),
        ("800 millions", "fr", 8e8), ("deux tiers", "fr", 2.0 / 3), ("un million et demi", "fr", 1.5e6),
        ("one hundred twenty", "en", 120), ("twenty-one", "en", 21), ("three thousand", "en", 3000), ("a million", "en", 1e6),
        ("1.5 billion", "en", 1.5e9), ("a dozen", "en", 12), ("one and a half", "en", 1.5), ("two hundred and five", "en", 205),
        ("half a million", "en", 500_000),
    ] as [(String, String, Double)])
    func words(_ text: String, _ lang: String, _ value: Double) throws {
        let m = try #require(only(.number, text, lang))
        #expect(m.text == text)
        #expect(close(try #require(number(m.mention)), value))
    }

    @Test func pronounOneIsNoNumber() {
        #expect(numberMentions("The one you mentioned is wrong", "en").1.isEmpty)
        #expect(numberMentions("Let's try one last time", "en").1.compactMap(number) == [1])
    }

    // MARK: Ordinals and the public parsing API

    @Test(arguments: [
        ("33ème", "fr", 33), ("1er", "fr", 1), ("1re", "fr", 1), ("troisième", "fr", 3), ("vingt et unième", "fr", 21),
        ("21st", "en", 21), ("2nd", "en", 2), ("third", "en", 3), ("twenty-first", "en", 21), ("one hundred twenty-fifth", "en", 125),
    ] as [(String, String, Int)])
    func ordinals(_ text: String, _ lang: String, _ value: Int) throws {
        let tagger = NumberTagger(lang: lang)
        let a = TextAnalysis(text)
        let o = try #require(tagger.parseOrdinal(a, at: 0))
        #expect(o.value == value)
        #expect(o.end == a.tokens.count)
        #expect(tagger.parseNumber(a, at: 0) == nil)
    }

    @Test func romanOrdinalsInFrench() {
        let (a, ms) = numberMentions("au XXIe siècle, le XIIIe Congrès du Parti, la Ve République, François Ier. Ce jour, Le Monde, Mme Lee", "fr")
        let ords = ms.filter { $0.kind == .ordinal }
        #expect(ords.map { a.text($0.start, $0.end) } == ["XXIe", "XIIIe", "Ve", "Ier"])
        #expect(ords.map { $0.value } == [.number(21), .number(13), .number(5), .number(1)])
        #expect(NumberTagger(lang: "en").parseOrdinal(TextAnalysis("Ind"), at: 0) == nil)
    }

    @Test func parseNumberForDates() throws {
        let fr = NumberTagger(lang: "fr")
        let a = TextAnalysis("le 25 mai 2024, trois mois, 3heures")
        let n = try #require(fr.parseNumber(a, at: 1))
        #expect(n.value == 25 && n.end == 2)
        let three = try #require(fr.parseNumber(a, at: a.tokenIndex(atOrAfter: 16)))
        #expect(three.value == 3)
        // Digits glued to a unit still read as a number for the date tagger.
        let h = try #require(fr.parseNumber(a, at: a.tokens.count - 2))
        #expect(h.value == 3 && h.end == a.tokens.count - 1)
        #expect(NumberTagger(lang: "en").parseNumber(TextAnalysis("a year"), at: 0) == nil)
        // 1/4 is a date there: the number stops at the slash.
        let slash = try #require(fr.parseNumber(TextAnalysis("1/4"), at: 0))
        #expect(slash.value == 1 && slash.end == 1)
    }

    // MARK: Percent and money

    @Test(arguments: [
        ("12,5 %", "fr", 12.5), ("12.5%", "en", 12.5), ("10 pour cent", "fr", 10), ("ten percent", "en", 10), ("15 per cent", "en", 15),
    ] as [(String, String, Double)])
    func percents(_ text: String, _ lang: String, _ value: Double) throws {
        let m = try #require(only(.percent, text, lang))
        #expect(m.text == text)
        #expect(m.mention.value == .number(value))
        #expect(m.mention.priority == 2)
    }

    @Test(arguments: [
        ("1,5 milliard USD", "fr", 1.5e9, "USD"), ("800 millions de dollars", "fr", 8e8, "USD"), ("5 millions d'euros", "fr", 5e6, "EUR"),
        ("200 milliards d'USD", "fr", 2e11, "USD"), ("$22 billion", "en", 22e9, "USD"), ("$22bln", "en", 22e9, "USD"),
        ("US$5 million", "en", 5e6, "USD"), ("€3m", "en", 3e6, "EUR"), ("5 mln tenge", "en", 5e6, "KZT"),
        ("3 milliards de yuans", "fr", 3e9, "CNY"), ("10 000 milliards de dongs", "fr", 1e13, "VND"), ("500 roubles", "fr", 500, "RUB"),
        ("10 billion renminbi", "en", 1e10, "CNY"), ("£ 8,10 millions", "fr", 8.1e6, "GBP"),
    ] as [(String, String, Double, String)])
    func money(_ text: String, _ lang: String, _ value: Double, _ code: String) throws {
        let m = try #require(only(.money, text, lang))
        #expect(m.text == text)
        #expect(m.mention.value == .money(value, currency: code))
        #expect(!m.mention.approx)
    }

    @Test func moneyModifiers() throws {
        let more = try #require(only(.money, "plus de 247 millions de dollars", "fr"))
        #expect(more.mention.mod == "more" && !more.mention.approx)
        let about = try #require(only(.money, "sales of about $ 14 million", "en"))
        #expect(about.text == "about $ 14 million" && about.mention.approx)
    }

    @Test func yenOrYuanByContext() throws {
        let jp = try #require(only(.money, "un budget de ¥500 milliards", "fr"))
        #expect(jp.mention.value == .money(5e11, currency: "JPY"))
        let (_, ms) = numberMentions("Le yuan a baissé. Un budget de ¥500 milliards.", "fr")
        #expect(ms.contains { $0.value == .money(5e11, currency: "CNY") })
    }

    @Test func otherLanguagesDoNotCrash() {
        for lang in ["vi", "ru", "es", "xx"] {
            let (_, ms) = numberMentions("Kim ngạch đạt 10 tỷ USD, 1.000.000 người, 2,5 %, 12.345,67 — 3-4 lần", lang)
            #expect(ms.contains { $0.value == .number(1_000_000) }, "\(lang)")
        }
    }

    // MARK: Corpus

    /// Walks `Corpus/<lang>/numbers.tsv`: `text<TAB>kind<TAB>value[<TAB>mention text]`.
    @Test(arguments: ["fr", "en"])
    func corpus(_ lang: String) throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Corpus/\(lang)/numbers.tsv")
        let content = try String(contentsOf: url, encoding: .utf8)
        var checked = 0
        for line in content.split(separator: "\n") where !line.hasPrefix("#") && !line.isEmpty {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard f.count >= 3 else { Issue.record("bad corpus line: \(line)"); continue }
            let (text, kindName, expected) = (f[0], f[1], f[2])
            let (a, ms) = numberMentions(text, lang)
            checked += 1
            if kindName == "none" {
                #expect(ms.filter { $0.value != .none }.isEmpty, "\(lang): \(text) → \(ms)")
                continue
            }
            let kind = try #require(MentionKind(rawValue: kindName))
            let parts = expected.split(separator: " ").map(String.init)
            let value = try #require(Double(parts[0]), "\(line)")
            let hit = ms.first { m in
                guard m.kind == kind, let v = number(m), close(v, value) else { return false }
                if f.count >= 4, a.text(m.start, m.end) != f[3] { return false }
                if kind == .money {
                    guard case let .money(_, code) = m.value, code == (parts.count > 1 && parts[1] != "-" ? parts[1] : nil) else { return false }
                    if m.approx != parts.contains("approx") { return false }
                    let mod = parts.contains("more") ? "more" : parts.contains("less") ? "less" : nil
                    if m.mod != mod { return false }
                }
                return true
            }
            #expect(hit != nil, "\(lang): \(text) → expected \(kindName) \(expected); got \(ms.map { "\($0.kind) \(a.text($0.start, $0.end)) \($0.value)" })")
        }
        #expect(checked >= 40)
    }
}
