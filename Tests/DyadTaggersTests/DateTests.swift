import Foundation
import Testing
import DyadCore
@testable import DyadTaggers
import DyadText

/// Date, time and duration mentions of `text` (after the resolver, numbers competing).
private func temporal(_ text: String, _ lang: String, ref: String?) -> (TextAnalysis, [Mention]) {
    let a = TextAnalysis(text)
    let pack = LanguagePack.pack(for: lang)
    let ctx = TagContext(analysis: a, pack: pack, reference: ref.flatMap(ReferenceDate.init(iso:)), sentences: [])
    var out: [Mention] = []
    pack.numbers.tag(ctx, into: &out)
    pack.dates.tag(ctx, into: &out)
    let kinds: Set<MentionKind> = [.date, .time, .duration]
    return (a, MentionResolver.resolve(out).filter { kinds.contains($0.kind) })
}

/// The value as the corpus writes it: `2024`, `1959..2025`, `T15:30`, `P3Y`, `?` for none.
private func written(_ v: MentionValue) -> String {
    switch v {
    case let .text(s): return s
    case let .interval(a, b): return a + ".." + b
    case .none: return "?"
    default: return "\(v)"
    }
}

/// `(mention text, value)` of every temporal mention.
private func found(_ text: String, _ lang: String, ref: String?) -> [(String, String)] {
    let (a, ms) = temporal(text, lang, ref: ref)
    return ms.map { (a.text($0.start, $0.end), written($0.value)) }
}

/// The one temporal mention of `text`.
private func one(_ text: String, _ lang: String, ref: String?) -> (text: String, value: String, mention: Mention)? {
    let (a, ms) = temporal(text, lang, ref: ref)
    guard ms.count == 1 else { return nil }
    return (a.text(ms[0].start, ms[0].end), written(ms[0].value), ms[0])
}

@Suite struct DateTests {
    // MARK: The seed article (reference = its header date, 2025-05)

    // Written for this test with the seed's temporal expressions; the seed itself is read from
    // ../shared at run time by SeedMentionTests.
    static let seed = """
    L’année 2025 est riche en dates : le 66e anniversaire d’un voyage présidentiel (1959-2025), le 33e anniversaire des liens officiels (1992-2025), et une nouvelle rencontre.

    Les progrès sont nets. À partir de 2024, le dialogue entre ministères a changé de niveau.

    Le 25 mai 2024, un régime sans visa a pris effet. En 2024, un autre traité, signé en 2023, a aussi pris effet.
    """

    @Test func seedArticleDates() {
        let got = found(DateTests.seed, "fr", ref: "2025-05")
        #expect(got.map(\.1) == ["2025", "1959..2025", "1992..2025", "2024", "2024-05-25", "2024", "2023"])
        #expect(got.map(\.0) == ["L’année 2025", "1959-2025", "1992-2025", "À partir de 2024", "25 mai 2024", "2024", "2023"])
    }

    @Test func seedFullDateBeatsItsNumbers() throws {
        let (a, ms) = temporal("Le 25 mai 2024, l’accord est entré en vigueur.", "fr", ref: "2025-05")
        let m = try #require(ms.first)
        #expect(ms.count == 1)
        #expect(a.text(m.start, m.end) == "25 mai 2024")
        #expect(m.kind == .date)
        #expect(m.value == .text("2024-05-25"))
        #expect(m.priority == 2)
    }

    @Test func seedIntervalsAreIntervals() {
        let (_, ms) = temporal("(1959-2025) et (1992-2025)", "fr", ref: "2025-05")
        #expect(ms.map(\.value) == [.interval("1959", "2025"), .interval("1992", "2025")])
    }

    @Test func seedSinceIsAModifier() throws {
        let m = try #require(one("À partir de 2024, le mécanisme est passé", "fr", ref: "2025-05"))
        #expect(m.value == "2024")
        #expect(m.mention.mod == "since")
    }

    // MARK: Absolute and partial dates

    @Test(arguments: [
        ("le 25 mai 2024", "fr", "2024-05-25"), ("25/5/2024", "fr", "2024-05-25"), ("25.05.2024", "fr", "2024-05-25"),
        ("2024-05-25", "fr", "2024-05-25"), ("le 1er janvier 2020", "fr", "2020-01-01"), ("en mai 2024", "fr", "2024-05"),
        ("mercredi 10 juin 2020", "fr", "2020-06-10"), ("23 novembre de 1987", "fr", "1987-11-23"),
        ("May 25, 2024", "en", "2024-05-25"), ("25 May 2024", "en", "2024-05-25"), ("Dec. 31 , 1994", "en", "1994-12-31"),
        ("5/3/18", "en", "2018-05-03"), ("20161016", "en", "2016-10-16"), ("Sep-23-2020", "en", "2020-09-23"),
        ("april 2017", "en", "2017-04"), ("the year 2008", "en", "2008"),
    ])
    func absoluteDates(text: String, lang: String, value: String) throws {
        let m = try #require(one(text, lang, ref: "2025-05"))
        #expect(m.value == value)
        #expect(m.mention.kind == .date)
    }

    @Test func yearsReadAsYearsOnly() {
        #expect(found("en 2023, les échanges", "fr", ref: "2025-05").map(\.1) == ["2023"])
        #expect(found("l'année 2025", "fr", ref: "2025-05").map(\.1) == ["2025"])
        #expect(found("in 2024 trade grew", "en", ref: "2025-05").map(\.1) == ["2024"])
        #expect(found("1000 personnes ont manifesté", "fr", ref: "2025-05").isEmpty)
        #expect(found("plus de 2000 entreprises", "fr", ref: "2025-05").isEmpty)
        #expect(found("Tel: +86 138-2010-2015", "en", ref: "2025-05").isEmpty)
    }

    @Test func monthAloneTakesTheOccurrenceNearestTheReference() {
        #expect(found("It may be in may", "en", ref: "2018-01-07").map(\.1) == ["2018-05"])
        #expect(found("I went back to China in the april.", "en", ref: "2018-05-24").map(\.1) == ["2018-04"])
        #expect(found("en décembre", "fr", ref: "2016-11-07").map(\.1) == ["2016-12"])
        // A day and month alone: the nearer of last and next year's.
        #expect(found("sur 22/04", "fr", ref: "2016-11-07").map(\.1) == ["2017-04-22"])
    }

    @Test func ambiguousWordsNeedContext() {
        #expect(found("May I ask what this is for?", "en", ref: "2016-11-07").isEmpty)
        #expect(found("Il a été élu président.", "fr", ref: "2025-05").isEmpty)
        #expect(found("cet été", "fr", ref: "2025-05").map(\.1) == ["?"])
        #expect(found("le 25e anniversaire des relations", "fr", ref: "2025-05").isEmpty)
        #expect(found("the 18th party congress", "en", ref: "2025-05").isEmpty)
    }

    @Test func partsOfMonthsAndYears() {
        #expect(found("mi-mai", "fr", ref: "2025-06-10").map(\.1) == ["2025-05-10..2025-05-20"])
        #expect(found("début 2024", "fr", ref: "2025-05").map(\.1) == ["2024-01..2024-04"])
        #expect(found("fin mai", "fr", ref: "2025-06-10").map(\.1) == ["2025-05-16..2025-05-31"])
        #expect(found("mid-November", "en", ref: "2018-07-13").map(\.1) == ["2018-11-10..2018-11-20"])
    }

    // MARK: Ranges

    @Test(arguments: [
        ("du 11 au 13 mai", "fr", "2025-05-20", "2025-05-11..2025-05-13"),
        ("entre 2014 et 2018", "fr", "2025-05", "2014..2018"),
        ("de 2020 à 2025", "fr", "2025-05", "2020..2025"),
        ("from 20 to 22 August", "en", "2025-05", "2025-08-20..2025-08-22"),
        ("20-22/8", "fr", "2025-05", "2025-08-20..2025-08-22"),
        ("between 2014 and 2018", "en", "2016-11-07", "2014..2018"),
        ("Nov-Feb 2017", "en", "2018-10-24", "2016-11..2017-02"),
        ("from May to Oct 2020", "en", "2018-10-24", "2020-05..2020-10"),
    ])
    func ranges(text: String, lang: String, ref: String, value: String) throws {
        let m = try #require(one(text, lang, ref: ref))
        #expect(m.text == text)
        #expect(m.value == value)
    }

    // MARK: Relative to the reference

    @Test(arguments: [
        ("hier", "fr", "2016-11-07", "2016-11-06"), ("aujourd'hui", "fr", "2016-11-07", "2016-11-07"),
        ("demain", "fr", "2016-11-07", "2016-11-08"), ("l'an dernier", "fr", "2025-05", "2024"),
        ("l'année prochaine", "fr", "2025-05", "2026"), ("la semaine prochaine", "fr", "2019-07-29", "2019-08-05..2019-08-11"),
        ("mardi prochain", "fr", "2025-05-22", "2025-05-27"), ("il y a trois ans", "fr", "2016-11-07", "2013-11-07"),
        ("dans deux semaines", "fr", "2025-05-20", "2025-06-03"), ("last year", "en", "2025-05", "2024"),
        ("next month", "en", "2018-03-25", "2018-04"), ("yesterday", "en", "2016-11-07", "2016-11-06"),
        ("two days ago", "en", "2016-11-07", "2016-11-05"), ("this week", "en", "2018-05-20", "2018-05-14..2018-05-20"),
        ("next Monday", "en", "2018-11-15", "2018-11-19"), ("last 3 months", "en", "2016-11-07", "2016-08-07..2016-11-06"),
    ])
    func relative(text: String, lang: String, ref: String, value: String) throws {
        let m = try #require(one(text, lang, ref: ref))
        #expect(m.value == value)
    }

    @Test func relativeResolvesNoFinerThanTheReference() throws {
        // The article gives only its month: yesterday is in that month, and says so.
        let m = try #require(one("hier, le ministre a déclaré", "fr", ref: "2025-05"))
        #expect(m.value == "2025-05")
        #expect(m.mention.approx)
        #expect(try #require(one("il y a deux ans", "fr", ref: "2025-05")).value == "2023-05")
        #expect(try #require(one("l'an dernier", "fr", ref: "2025")).value == "2024")
    }

    @Test func noReferenceMeansNoValueForRelativeDates() throws {
        let m = try #require(one("hier", "fr", ref: nil))
        #expect(m.value == "?")
        // Absolute dates need no reference.
        #expect(try #require(one("le 25 mai 2024", "fr", ref: nil)).value == "2024-05-25")
    }

    // MARK: Times

    @Test(arguments: [
        ("à 15h30", "fr", "T15:30"), ("à 15 h", "fr", "T15:00"), ("à 23 heures", "fr", "T23:00"), ("midi", "fr", "T12:00"),
        ("4h45 du matin", "fr", "T04:45"), ("at 4pm", "en", "T16:00"), ("3 p.m.", "en", "T15:00"), ("7:56:30 pm", "en", "T19:56:30"),
        ("19:56:30", "en", "T19:56:30"), ("1140 a.m.", "en", "T11:40"),
    ])
    func times(text: String, lang: String, value: String) throws {
        let m = try #require(one(text, lang, ref: "2016-11-07"))
        #expect(m.value == value)
        #expect(m.mention.kind == .time)
    }

    @Test func timesWithDates() throws {
        #expect(try #require(one("demain à 10h", "fr", ref: "2025-05-20")).value == "2025-05-21T10:00")
        #expect(try #require(one("Mardi 11:00", "fr", ref: "2016-11-07")).value == "2016-11-08T11:00")
        #expect(try #require(one("dimanche après-midi", "fr", ref: "2025-05-20")).value == "2025-05-18T12:00..2025-05-18T16:00")
        #expect(try #require(one("tomorrow 8:00am", "en", ref: "2016-11-07")).value == "2016-11-08T08:00")
        #expect(try #require(one("de 14h à 16h", "fr", ref: "2016-07-15")).value == "T14:00..T16:00")
        // A clock time with a date known only to the month keeps the time alone.
        #expect(try #require(one("demain à 10h", "fr", ref: "2025-05")).value == "T10:00")
    }

    @Test func notTimes() {
        #expect(found("il a 23 ans", "fr", ref: "2025-05").allSatisfy { $0.1.hasPrefix("P") })
        #expect(found("de 3 à 5 personnes", "fr", ref: "2025-05").isEmpty)
        #expect(found("Ma température était de 37,1 le matin", "fr", ref: "2016-11-07").map(\.1) == ["T08:00..T12:00"])
    }

    // MARK: Durations

    @Test(arguments: [
        ("pendant 3 ans", "fr", "P3Y"), ("deux semaines", "fr", "P2W"), ("3 heures", "fr", "PT3H"), ("30 minutes", "fr", "PT30M"),
        ("quelques jours", "fr", "P3D"), ("for 33 years", "en", "P33Y"), ("3 hours", "en", "PT3H"), ("an hour", "en", "PT1H"),
        ("1 hour and 30 minutes", "en", "PT1H30M"), ("3.5 years", "en", "P3.5Y"), ("one and a half hours", "en", "PT1.5H"),
    ])
    func durations(text: String, lang: String, value: String) throws {
        let m = try #require(one(text, lang, ref: "2016-11-07"))
        #expect(m.value == value)
        #expect(m.mention.kind == .duration)
    }

    @Test func durationSince() throws {
        let m = try #require(one("depuis 3 ans", "fr", ref: nil))
        #expect(m.value == "P3Y")
        #expect(m.mention.mod == "since")
    }

    // MARK: Other languages

    @Test(arguments: ["vi", "ru", "es"])
    func otherLanguagesDoNotCrash(lang: String) {
        let texts = [
            "Ngày 25/5/2024, Tổng Bí thư Tô Lâm thăm Kazakhstan (1959-2025) lúc 15h30.",
            "25 мая 2024 года, в 2023 году, (1992-2025), 15:30.",
            "El 25 de mayo de 2024, en 2023, entre 2014 y 2018, a las 15:30.",
            "", "-", "2024-", "/5/", "31/02/2024", "99:99", "1er", "'", "le", "à",
        ]
        for t in texts {
            let (_, ms) = temporal(t, lang, ref: "2025-05")
            #expect(ms.allSatisfy { $0.end > $0.start })
        }
        #expect(found("(1959-2025)", lang, ref: "2025-05").map(\.1) == ["1959..2025"])
    }

    @Test func edgeTextsDoNotCrash() {
        for t in ["", "le", "the", "à 25", "25/", "/25", "2024-13-45", "le 31 février 2024", "Q5 2024", "week 60",
                  "il y a", "in", "de 2020 à", "between 2014 and", "12:", "3 p.", "99999999", "0000-00-00", "XXe",
                  "in 999999 years", "il y a 999999 siècles", "dans mille milliards de siècles", "next 999999 decades",
                  "for 999999.5 hours", "the 99999th week of 2024", "week 99", "Q9", "1e308 years"] {
            for lang in ["fr", "en"] {
                let (_, ms) = temporal(t, lang, ref: "2025-05-20")
                #expect(ms.allSatisfy { $0.end > $0.start })
            }
        }
        // An impossible date is found, with no value.
        #expect(found("le 30 février 2024", "fr", ref: "2025-05").map(\.1) == ["?"])
    }

    /// The scanner reads token flags as raw bits on its hot path (1 space, 4 paragraph, 8 capital).
    @Test func tokenFlagBitsAreTheOnesTheScannerReads() {
        #expect(Token.Flags.spaceBefore.rawValue == 1)
        #expect(Token.Flags.newlineBefore.rawValue == 2)
        #expect(Token.Flags.paragraphBefore.rawValue == 4)
        #expect(Token.Flags.capitalized.rawValue == 8)
        #expect(Token.Flags.allCaps.rawValue == 16)
    }

    // MARK: Corpus

    /// Walks `Corpus/<lang>/dates.tsv`: `text<TAB>reference<TAB>value[<TAB>mention text[<TAB>mod]]`.
    @Test(arguments: ["fr", "en"])
    func corpus(lang: String) throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Corpus/\(lang)/dates.tsv")
        let text = try String(contentsOf: url, encoding: .utf8)
        var lines = 0
        for line in text.split(separator: "\n") where !line.hasPrefix("#") && !line.isEmpty {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard f.count >= 3 else { Issue.record("bad corpus line: \(line)"); continue }
            lines += 1
            let ref = f[1] == "-" ? nil : f[1]
            let (a, ms) = temporal(f[0], lang, ref: ref)
            if f[2] == "none" {
                #expect(ms.isEmpty, "\(f[0]): expected nothing, found \(ms.map { a.text($0.start, $0.end) })")
                continue
            }
            let hits = ms.filter { written($0.value) == f[2] && (f.count < 4 || a.text($0.start, $0.end) == f[3])
                && (f.count < 5 || $0.mod == f[4]) }
            #expect(hits.count == 1, "\(f[0]): expected \(f.dropFirst(2).joined(separator: " | ")), found \(ms.map { (a.text($0.start, $0.end), written($0.value), $0.mod ?? "") })")
        }
        #expect(lines > 40)
    }
}
