import DyadData
import DyadText

/// The words of dates, times and durations for one language, read once from
/// `data/<lang>/dates/*.tsv` (see docs/DATA.md) into one phrase index. The engine only knows
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
        static func mask(_ keys: [Conn]) -> UInt64 { keys.reduce(0) { $0 | 1 << UInt64($1.rawValue) } }
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
        /// A named period with no date value of its own (seasons, fiscal years).
        case none
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

    let phrases: PhraseIndex
    /// First tokens of phrases that are dates by themselves (`aujourd'hui`, `to date`, `Noël`).
    let selfStarts: HashSet64
    /// First two tokens (`TokenClasses.pair`) of the phrases of `selfStarts` that have two or more.
    let selfPairs: HashSet64
    /// First-token hashes of every phrase (fast reject of look-ups).
    let known: HashSet64
    /// First-token hashes of phrases that can begin an expression (the scan's fast reject).
    let starts: HashSet64
    /// First-token hashes of phrases that can anchor an expression by themselves
    /// (months, weekdays, units, relative days, times of day, holidays, markers).
    let anchors: HashSet64
    let holidays: [Holiday]
    /// Numeric dates are written day first (25/5/2024) rather than month first (5/25/2024).
    let dayFirst: Bool
    /// Hashes of the language's function words (a day number may stand before them: `le 17 pour …`).
    let stopwords: HashSet64
    /// All of the sets above, as bits per token hash (`TokenClasses`).
    let classes: TokenClasses
    private let abbrevFlag: Int32 = 1 << 30

    init(lang: String) {
        var index = PhraseIndexBuilder()
        var selfStarts = Set<UInt64>()
        var selfPairs = Set<UInt64>()
        var selfSingles = Set<UInt64>()
        var starts = Set<UInt64>()
        var anchors = Set<UInt64>()
        var holidays: [Holiday] = []
        var known = Set<UInt64>()
        var catStarts: [UInt64: (UInt16, UInt64)] = [:]
        // Keys that only ever follow something (`to`, `and`, `ago`, am/pm, `h`): not starts.
        func initial(_ cat: Cat, _ k: Int) -> Bool {
            switch cat {
            case .connector:
                let c = Conn(rawValue: k)
                return ![.to, .and, .of, .ago, .later, .orLater, .half, .quarterOf, .ordinalSuffix, .plus].contains(c)
            case .time:
                let w = TimeWord(rawValue: k)
                return ![.am, .pm, .hourMark, .minuteMark, .toHour, .pastHour].contains(w)
            default: return true
            }
        }
        var glue = Set<UInt64>()
        var singles = Set<UInt64>()
        func add(_ file: String, _ cat: Cat, anchor: Bool, key: (Substring) -> Int?) {
            for row in DataFiles.rows("\(lang)/dates/\(file)") where row.count >= 2 {
                guard let k = key(row[0]) else { continue }
                for (n, form) in row[1].split(separator: "|").enumerated() {
                    var f = String(form).trimmingCharacters()
                    guard !f.isEmpty else { continue }
                    let payload = cat.rawValue * 1000 + Int32(k) | (n > 0 ? (1 << 30) : 0)
                    let ambiguous = f.hasPrefix("?")
                    if ambiguous { f.removeFirst() }
                    let fa = TextAnalysis(f)
                    index.add(fa.tokens.map(\.hash), payload: payload, ambiguous: ambiguous)
                    if let t = fa.tokens.first {
                        if cat == .relative || cat == .holiday || (cat == .connector && k == Conn.toDate.rawValue) {
                            selfStarts.insert(t.hash)
                            if fa.tokens.count > 1 { selfPairs.insert(TokenClasses.pair(t.hash, fa.tokens[1].hash)) }
                            else { selfSingles.insert(t.hash) }
                        }
                        known.insert(t.hash)
                        var cs = catStarts[t.hash == 0 ? 1 : t.hash, default: (0, 0)]
                        cs.0 |= 1 << UInt16(cat.rawValue)
                        if cat == .connector, k < 64 { cs.1 |= 1 << UInt64(k) }
                        catStarts[t.hash == 0 ? 1 : t.hash] = cs
                        if initial(cat, k) { starts.insert(t.hash) }
                        // Every word of the phrase of at least two letters may anchor (`matin` of
                        // `du matin`); little words shared with connectors are removed below.
                        if anchor {
                            for w in fa.tokens where w.kind == .word && w.fEnd - w.fStart > 1 { anchors.insert(w.hash) }
                            if fa.tokens.count == 1, t.kind == .word, t.fEnd - t.fStart > 1 { singles.insert(t.hash) }
                        }
                        if cat == .connector || cat == .marker { glue.insert(t.hash) }
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
        var dayFirst = true
        for row in DataFiles.rows("\(lang)/dates/conventions.tsv") where row.count >= 2 && row[0] == "numeric-order" {
            dayFirst = !row[1].hasPrefix("m")
        }
        self.dayFirst = dayFirst
        var stop = Set<UInt64>()
        for row in DataFiles.rows("\(lang)/stopwords.txt") {
            if let w = row.first, let t = TextAnalysis(String(w)).tokens.first { stop.insert(t.hash) }
        }
        self.stopwords = HashSet64(stop)
        self.phrases = index.build()
        self.selfStarts = HashSet64(selfStarts)
        self.selfPairs = HashSet64(selfPairs)
        self.starts = HashSet64(starts)
        self.known = HashSet64(known)
        let anchorSet = anchors.subtracting(glue).subtracting(stop).union(singles)
        self.anchors = HashSet64(anchorSet)
        self.holidays = holidays
        var cls: [UInt64: TokenClasses.Entry] = [:]
        for (set, bit) in [(known, TokenClasses.known), (starts, TokenClasses.start), (anchorSet, TokenClasses.anchor),
                           (selfStarts, TokenClasses.selfStart), (stop, TokenClasses.stopword),
                           (selfSingles, TokenClasses.selfSingle)] {
            for h in set { cls[h == 0 ? 1 : h, default: TokenClasses.Entry()].flags |= bit }
        }
        for (h, cs) in catStarts { cls[h, default: TokenClasses.Entry()].cats |= cs.0; cls[h, default: TokenClasses.Entry()].conns |= cs.1 }
        self.classes = TokenClasses(cls)
    }

    /// `12-25`, `easter+1`, `easter-2`, `09/1#1` (first Monday of September), `11/4#4`, `05/1#-1`.
    static func parseHoliday(_ s: Substring) -> Holiday? {
        if s == "none" { return Holiday.none }
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
        case .none: return nil
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

    /// The token can begin an expression.
    @inline(__always)
    func mayStart(_ hash: UInt64) -> Bool { starts.contains(hash) }

    /// The token begins some phrase of the lexicon.
    @inline(__always)
    func isKnown(_ hash: UInt64) -> Bool { known.contains(hash) }

    /// Every phrase starting at token `i`, longest first.
    func hits(_ a: TextAnalysis, at i: Int) -> [Hit] {
        var out: [Hit] = []
        forEachHit(a.tokens, at: i) { out.append($0) }
        return out
    }

    /// Calls `found` for every phrase starting at token `i`, longest first (no allocation).
    @inline(__always)
    func forEachHit(_ toks: [Token], at i: Int, _ found: (Hit) -> Void) {
        guard i < toks.count, isKnown(toks[i].hash) else { return }
        forEachKnownHit(toks, at: i, found)
    }

    /// `forEachHit` for a token already known to begin some phrase (`i` in range).
    @inline(__always)
    func forEachKnownHit(_ toks: [Token], at i: Int, _ found: (Hit) -> Void) {
        phrases.match(toks, at: i) { end, payload, ambiguous in
            let p = payload & ~abbrevFlag
            guard let cat = Cat(rawValue: p / 1000) else { return }
            found(Hit(cat: cat, key: Int(p % 1000), end: end, ambiguous: ambiguous,
                      abbreviated: payload & abbrevFlag != 0))
        }
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

/// A set of token hashes with open addressing: the hashes are already FNV-1a, so no rehashing
/// (Swift's `Set` runs SipHash on every look-up, too slow for a per-token test).
struct HashSet64: @unchecked Sendable {
    /// Slots in memory owned for the life of the process (lexicons are built once and shared),
    /// so a look-up is plain pointer arithmetic with no reference counting.
    private let slots: UnsafeMutablePointer<UInt64>
    private let mask: Int

    init<S: Sequence>(_ items: S) where S.Element == UInt64 {
        let all = Array(Set(items))
        var cap = 16
        while cap < all.count * 4 { cap <<= 1 }
        slots = .allocate(capacity: cap)
        slots.initialize(repeating: 0, count: cap)
        mask = cap - 1
        for h0 in all {
            let h = h0 == 0 ? 1 : h0
            var k = Int(truncatingIfNeeded: (h ^ (h >> 29)) & UInt64(mask))
            while slots[k] != 0 && slots[k] != h { k = (k + 1) & mask }
            slots[k] = h
        }
    }

    @inline(__always)
    func contains(_ h0: UInt64) -> Bool {
        let h = h0 == 0 ? 1 : h0
        var k = Int(truncatingIfNeeded: (h ^ (h >> 29)) & UInt64(mask))
        while true {
            let v = slots[k]
            if v == h { return true }
            if v == 0 { return false }
            k = (k + 1) & mask
        }
    }
}

/// Phrases of token hashes, found by their first token with one probe of an open-addressing
/// table (no Dictionary hashing per token), longest phrase first.
struct PhraseIndex: Sendable {
    fileprivate var keys: [UInt64]
    fileprivate var slots: [(start: Int32, count: Int32)]
    fileprivate var mask: Int
    fileprivate var tokens: [UInt64]
    fileprivate var entries: [(tokStart: Int32, len: Int32, payload: Int32, ambiguous: Bool)]

    /// Calls `found(end, payload, ambiguous)` for every phrase at token `i`, longest first.
    @inline(__always)
    func match(_ toks: [Token], at i: Int, _ found: (Int, Int32, Bool) -> Void) {
        let h0 = toks[i].hash
        let h = h0 == 0 ? 1 : h0
        var k = Int(truncatingIfNeeded: (h ^ (h >> 29)) & UInt64(mask))
        while keys[k] != 0 && keys[k] != h { k = (k + 1) & mask }
        guard keys[k] == h else { return }
        let (start, count) = slots[k]
        var e = Int(start)
        let stop = e + Int(count)
        while e < stop {
            let ent = entries[e]
            let len = Int(ent.len)
            if i + len <= toks.count {
                var ok = true
                var j = 1
                while j < len {
                    let t = toks[i + j]
                    if t.flags.rawValue & 4 != 0 || t.hash != tokens[Int(ent.tokStart) + j] { ok = false; break }
                    j += 1
                }
                if ok { found(i + len, ent.payload, ent.ambiguous) }
            }
            e += 1
        }
    }
}

struct PhraseIndexBuilder {
    private var phrases: [(hashes: [UInt64], payload: Int32, ambiguous: Bool)] = []

    mutating func add(_ hashes: [UInt64], payload: Int32, ambiguous: Bool) {
        guard !hashes.isEmpty else { return }
        if phrases.contains(where: { $0.hashes == hashes && $0.payload & ~(1 << 30) == payload & ~(1 << 30) }) { return }
        phrases.append((hashes, payload, ambiguous))
    }

    func build() -> PhraseIndex {
        var groups: [UInt64: [Int]] = [:]
        for (n, p) in phrases.enumerated() { groups[p.hashes[0] == 0 ? 1 : p.hashes[0], default: []].append(n) }
        var cap = 16
        while cap < groups.count * 4 { cap <<= 1 }
        var keys = [UInt64](repeating: 0, count: cap)
        var slots = [(start: Int32, count: Int32)](repeating: (0, 0), count: cap)
        var tokens: [UInt64] = []
        var entries: [(tokStart: Int32, len: Int32, payload: Int32, ambiguous: Bool)] = []
        for (h, members) in groups {
            let sorted = members.sorted { phrases[$0].hashes.count != phrases[$1].hashes.count
                ? phrases[$0].hashes.count > phrases[$1].hashes.count : $0 < $1 }
            let start = Int32(entries.count)
            for m in sorted {
                let p = phrases[m]
                entries.append((Int32(tokens.count), Int32(p.hashes.count), p.payload, p.ambiguous))
                tokens.append(contentsOf: p.hashes)
            }
            var k = Int(truncatingIfNeeded: (h ^ (h >> 29)) & UInt64(cap - 1))
            while keys[k] != 0 { k = (k + 1) & (cap - 1) }
            keys[k] = h
            slots[k] = (start, Int32(sorted.count))
        }
        return PhraseIndex(keys: keys, slots: slots, mask: cap - 1, tokens: tokens, entries: entries)
    }
}
