import DyadData
import DyadText

/// The words of dates, times and durations for one language, read once from
/// `data/<lang>/dates/*.tsv` (see docs/DATA.md) into one phrase trie. The engine only knows
/// the keys (`next`, `year`, `morning` …); every form of every language is data.
final class DateLexicon: @unchecked Sendable {
    enum Cat: Int32 { case month = 1, weekday, unit, relative, marker, connector, time, holiday }

    enum Unit: Int, CaseIterable {
        case year = 1, halfYear, quarter, month, fortnight, week, weekend, day, hour, minute, second
        case decade, century, night, workweek
        static let keys: [String: Unit] = [
            "year": .year, "halfyear": .halfYear, "quarter": .quarter, "month": .month,
            "fortnight": .fortnight, "week": .week, "weekend": .weekend, "day": .day, "hour": .hour,
            "minute": .minute, "second": .second, "decade": .decade, "century": .century,
            "night": .night, "workweek": .workweek,
        ]
    }

    enum Rel: Int, CaseIterable {
        case today = 1, tomorrow, yesterday, afterTomorrow, beforeYesterday, now, nextDay, prevDay
        static let keys: [String: Rel] = [
            "today": .today, "tomorrow": .tomorrow, "yesterday": .yesterday,
            "after-tomorrow": .afterTomorrow, "before-yesterday": .beforeYesterday, "now": .now,
            "next-day": .nextDay, "previous-day": .prevDay,
        ]
        var offset: Int {
            switch self {
            case .today, .now: return 0
            case .tomorrow, .nextDay: return 1
            case .yesterday, .prevDay: return -1
            case .afterTomorrow: return 2
            case .beforeYesterday: return -2
            }
        }
    }

    /// Shift markers: which unit or weekday relative to the reference.
    enum Marker: Int, CaseIterable {
        case next = 1, last, this, upcoming, past, same, afterNext
        static let keys: [String: Marker] = [
            "next": .next, "last": .last, "this": .this, "upcoming": .upcoming, "past": .past,
            "same": .same, "after-next": .afterNext,
        ]
    }

    enum Conn: Int, CaseIterable {
        case from = 1, between, to, and, before, after, since, until, approx, of, the, on, at, inside
        case during, yearWord, ago, agoPrefix, inFuture, later, earlier, early, mid, late, few, couple
        case more, less, orLater, weekOf, toDate, within, every, all, a, half, quarterOf, plus
        case decadeOf, qPrefix, hPrefix, ordinalSuffix
        static let keys: [String: Conn] = [
            "from": .from, "between": .between, "to": .to, "and": .and, "before": .before,
            "after": .after, "since": .since, "until": .until, "approx": .approx, "of": .of,
            "the": .the, "on": .on, "at": .at, "in": .inside, "during": .during, "year-word": .yearWord,
            "ago": .ago, "ago-prefix": .agoPrefix, "in-future": .inFuture, "later": .later,
            "earlier": .earlier, "early": .early, "mid": .mid, "late": .late, "few": .few,
            "couple": .couple, "more": .more, "less": .less, "or-later": .orLater, "week-of": .weekOf,
            "to-date": .toDate, "within": .within, "every": .every, "all": .all, "a": .a,
            "half": .half, "quarter": .quarterOf, "plus": .plus, "decade-of": .decadeOf,
            "q-prefix": .qPrefix, "h-prefix": .hPrefix, "ordinal-suffix": .ordinalSuffix,
        ]
    }

    enum TimeWord: Int, CaseIterable {
        case morning = 1, afternoon, evening, night, noon, midnight, am, pm, hourMark, minuteMark
        case halfPast, quarterPast, quarterTo, toHour, pastHour, tonight, endOfDay
        static let keys: [String: TimeWord] = [
            "morning": .morning, "afternoon": .afternoon, "evening": .evening, "night": .night,
            "noon": .noon, "midnight": .midnight, "am": .am, "pm": .pm, "hour-mark": .hourMark,
            "minute-mark": .minuteMark, "half-past": .halfPast, "quarter-past": .quarterPast,
            "quarter-to": .quarterTo, "to-hour": .toHour, "past-hour": .pastHour, "tonight": .tonight,
            "end-of-day": .endOfDay,
        ]
    }

    /// A holiday rule: fixed month-day, a day relative to Easter, or the n-th weekday of a month.
    enum Holiday {
        case fixed(month: Int, day: Int)
        case easter(offset: Int)
        case nthWeekday(month: Int, weekday: Int, n: Int)
    }

    struct Hit {
        var cat: Cat
        var key: Int
        var end: Int
        var ambiguous: Bool
        /// The form is an abbreviation (not the first form of its line): a `.` may follow.
        var abbreviated: Bool
    }

    let trie: PhraseTrie
    /// First-token hashes of every phrase (fast reject).
    let starts: Set<UInt64>
    /// First-token hashes of phrases that can anchor an expression by themselves
    /// (months, weekdays, units, relative days, times of day, holidays).
    let anchors: Set<UInt64>
    let holidays: [Holiday]
    /// Bit filter over token hashes for `starts`.
    private var bloom = [UInt64](repeating: 0, count: 64)
    private let abbrevFlag: Int32 = 1 << 30

    init(lang: String) {
        var trie = PhraseTrie()
        var starts = Set<UInt64>()
        var anchors = Set<UInt64>()
        var holidays: [Holiday] = []
        func add(_ file: String, _ cat: Cat, anchor: Bool, key: (Substring) -> Int?) {
            for row in DataFiles.rows("\(lang)/dates/\(file)") where row.count >= 2 {
                guard let k = key(row[0]) else { continue }
                for (n, form) in row[1].split(separator: "|").enumerated() {
                    var f = String(form).trimmingCharacters()
                    guard !f.isEmpty else { continue }
                    let payload = cat.rawValue * 1000 + Int32(k) | (n > 0 ? (1 << 30) : 0)
                    trie.insert(f, payload: payload, caseSensitive: false)
                    if f.hasPrefix("?") { f.removeFirst() }
                    let first = TextAnalysis(f).tokens.first
                    if let t = first {
                        starts.insert(t.hash)
                        if anchor { anchors.insert(t.hash) }
                    }
                }
            }
        }
        add("months.tsv", .month, anchor: true) { Int($0).flatMap { (1...12).contains($0) ? $0 : nil } }
        add("weekdays.tsv", .weekday, anchor: true) { Int($0).flatMap { (1...7).contains($0) ? $0 : nil } }
        add("units.tsv", .unit, anchor: true) { Unit.keys[String($0)]?.rawValue }
        add("relative.tsv", .relative, anchor: true) { Rel.keys[String($0)]?.rawValue }
        add("relative.tsv", .marker, anchor: false) { Marker.keys[String($0)]?.rawValue }
        add("connectors.tsv", .connector, anchor: false) { Conn.keys[String($0)]?.rawValue }
        add("times.tsv", .time, anchor: true) { TimeWord.keys[String($0)]?.rawValue }
        add("holidays.tsv", .holiday, anchor: true) { rule in
            guard let h = DateLexicon.parseHoliday(rule) else { return nil }
            holidays.append(h)
            return holidays.count - 1
        }
        self.trie = trie
        self.starts = starts
        self.anchors = anchors
        self.holidays = holidays
        for h in starts { bloom[Int((h >> 6) & 63)] |= 1 << (h & 63) }
    }

    /// `12-25`, `easter+1`, `easter-2`, `09/1#1` (first Monday of September), `11/4#4`, `05/1#-1`.
    static func parseHoliday(_ s: Substring) -> Holiday? {
        if s.hasPrefix("easter") {
            let rest = s.dropFirst(6)
            if rest.isEmpty { return .easter(offset: 0) }
            let sign = rest.first == "-" ? -1 : 1
            guard let n = Int(rest.dropFirst()) else { return nil }
            return .easter(offset: sign * n)
        }
        if let slash = s.firstIndex(of: "/"), let hash = s.firstIndex(of: "#") {
            guard let m = Int(s[..<slash]), let wd = Int(s[s.index(after: slash)..<hash]),
                  let n = Int(s[s.index(after: hash)...]) else { return nil }
            return .nthWeekday(month: m, weekday: wd, n: n)
        }
        let parts = s.split(separator: "-")
        if parts.count == 2, let m = Int(parts[0]), let d = Int(parts[1]) { return .fixed(month: m, day: d) }
        return nil
    }

    func holidayDay(_ h: Int, year y: Int) -> Int? {
        switch holidays[h] {
        case let .fixed(m, d): return Cal.valid(y, m, d) ? Cal.day(y, m, d) : nil
        case let .easter(off): return DateLexicon.easter(y) + off
        case let .nthWeekday(m, wd, n):
            if n > 0 {
                let first = Cal.day(y, m, 1)
                let delta = (wd - Cal.weekday(first) + 7) % 7
                return first + delta + (n - 1) * 7
            }
            let last = Cal.firstOfMonth(y, m, plus: 1) - 1
            let delta = (Cal.weekday(last) - wd + 7) % 7
            return last - delta + (n + 1) * 7
        }
    }

    /// Gregorian Easter Sunday (anonymous algorithm).
    static func easter(_ y: Int) -> Int {
        let a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4
        let f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return Cal.day(y, month, day)
    }

    @inline(__always)
    func mayStart(_ hash: UInt64) -> Bool {
        guard bloom[Int((hash >> 6) & 63)] & (1 << (hash & 63)) != 0 else { return false }
        return starts.contains(hash)
    }

    /// Every phrase starting at token `i`, longest first.
    func hits(_ a: TextAnalysis, at i: Int) -> [Hit] {
        guard i < a.tokens.count, mayStart(a.tokens[i].hash) else { return [] }
        var out: [Hit] = []
        for (end, entries) in trie.matches(in: a, at: i, maxTokens: 8) {
            for e in entries {
                let p = e.payload & ~abbrevFlag
                guard let cat = Cat(rawValue: p / 1000) else { continue }
                out.append(Hit(cat: cat, key: Int(p % 1000), end: end, ambiguous: e.ambiguous,
                               abbreviated: e.payload & abbrevFlag != 0))
            }
        }
        return out
    }
}

extension String {
    func trimmingCharacters() -> String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" || l == "\r" { s.removeLast() }
        return String(s)
    }
}
