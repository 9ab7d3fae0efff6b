import DyadCore
import DyadText

/// Reads dates, times and durations in one article, token by token. One scanner per `tag` call;
/// the lexicon is shared and built once per language.
///
/// Speed: a token is looked at only if it is a number or can begin a lexicon phrase (one probe
/// of an open-addressing table); a little word (`le`, `de`, `in`) is parsed only when a date word
/// or a number follows within a few tokens. Phrases, numbers in words and points are computed
/// once per token into raw buffers. Token flags are read as raw bits (1 space before, 2 line
/// break, 4 paragraph, 8 capitalised, 16 all caps), which a test pins down.
final class DateScanner {
    typealias Cat = DateLexicon.Cat
    typealias Conn = DateLexicon.Conn
    typealias Unit = DateLexicon.Unit
    typealias Marker = DateLexicon.Marker
    typealias TimeWord = DateLexicon.TimeWord

    let a: TextAnalysis
    let toks: [Token]
    let folded: [UInt8]
    let n: Int
    let lex: DateLexicon
    let numbers: NumberTagger
    let ref: RefPoint?
    /// Phrases found at each token, computed once (`catMask` non-zero), kept in one flat buffer:
    /// `hitStart`/`hitCount` per token. Raw buffers, not arrays: these are read on every look-up,
    /// and class-owned arrays pay reference counting and exclusivity checks each time.
    /// The memory of every per-token buffer below but `flat`.
    private let block: UnsafeMutableRawPointer
    private let hitStart: UnsafeMutablePointer<Int32>
    private let hitCount: UnsafeMutablePointer<UInt8>
    private var flat: UnsafeMutablePointer<DateLexicon.Hit>
    private var flatCap = 64
    private var flatCount = 0
    /// Numbers and ordinals in words at each token (NumberTagger's parsers), computed once:
    /// end token, -1 not yet computed, -2 none.
    private let numEnd: UnsafeMutablePointer<Int32>
    private let numVal: UnsafeMutablePointer<Double>
    private let ordEnd: UnsafeMutablePointer<Int32>
    private let ordVal: UnsafeMutablePointer<Int32>
    /// `point(i, inRange)` results, computed once per token: index into `pointStore` + 1,
    /// -1 for none, 0 not yet (two slots a token, for inRange false and true).
    let pointIndex: UnsafeMutablePointer<Int32>
    var pointStore: [DateExpr] = []
    /// The ISO values of durations found, which expressions refer to by index.
    var durations: [String] = []
    /// Per token, computed with the phrases: bit 15 set when known, bits 1…8 the categories found.
    private let catMask: UnsafeMutablePointer<UInt16>
    /// Per token: the connector keys found (bit = key).
    private let connMask: UnsafeMutablePointer<UInt64>
    /// Per token: what the lexicon knows of it (`TokenClasses` bits), one probe each, up front.
    let cls: UnsafeMutablePointer<UInt8>
    /// Per token: the categories and connector keys of the phrases that start with it, found or
    /// not; a look-up outside them needs no phrase matching.
    private let mayCat: UnsafeMutablePointer<UInt16>
    private let mayConn: UnsafeMutablePointer<UInt64>
    /// Per token: what `anchorSoon` makes of it (`Look`), set once.
    private let look: UnsafeMutablePointer<UInt8>
    private enum Look {
        static let stop: UInt8 = 0, anchor: UInt8 = 1, pass: UInt8 = 2, unknown: UInt8 = 3, number: UInt8 = 4
        /// Other punctuation: ends the look, unless inside the phrase at the little word.
        static let punct: UInt8 = 5
    }

    init(_ a: TextAnalysis, lex: DateLexicon, numbers: NumberTagger, ref: RefPoint?) {
        self.a = a; self.toks = a.tokens; self.folded = a.folded; self.n = a.tokens.count
        self.lex = lex; self.numbers = numbers; self.ref = ref
        let count = max(1, a.tokens.count)
        // One block for all per-token buffers (one malloc an article instead of fourteen), widest
        // fields first so that each stays aligned; zeroed, then the -1 ("not yet") ones set.
        let bytes = count * (3 * 8 + 6 * 4 + 2 * 2 + 3)
        block = .allocate(byteCount: bytes, alignment: 8)
        block.initializeMemory(as: UInt8.self, repeating: 0, count: bytes)
        var p = block
        func take<T>(_: T.Type, _ k: Int) -> UnsafeMutablePointer<T> {
            let r = p.bindMemory(to: T.self, capacity: k * count)
            p += k * count * MemoryLayout<T>.stride
            return r
        }
        connMask = take(UInt64.self, 1); mayConn = take(UInt64.self, 1); numVal = take(Double.self, 1)
        hitStart = take(Int32.self, 1); numEnd = take(Int32.self, 1); ordEnd = take(Int32.self, 1)
        ordVal = take(Int32.self, 1); pointIndex = take(Int32.self, 2)
        catMask = take(UInt16.self, 1); mayCat = take(UInt16.self, 1)
        hitCount = take(UInt8.self, 1); cls = take(UInt8.self, 1); look = take(UInt8.self, 1)
        numEnd.update(repeating: -1, count: count); ordEnd.update(repeating: -1, count: count)
        flat = .allocate(capacity: 64)
        let classes = lex.classes
        for i in 0..<toks.count {
            let c = classes.of(toks[i].hash)
            cls[i] = c.flags; mayCat[i] = c.cats; mayConn[i] = c.conns
            // Tokens no phrase starts with have no phrases: known now, with no look-up later.
            if c.flags & TokenClasses.known == 0 { catMask[i] = 1 << 15 }
            look[i] = lookClass(i, c.flags)
        }
    }

    deinit {
        block.deallocate(); flat.deallocate()
    }

    /// A number written in words at `i` (`trois`, `twenty-two`): NumberTagger's reading, once.
    func wordNumber(_ i: Int) -> (value: Double, end: Int)? {
        guard i < n, toks[i].kind == .word else { return nil }
        if numEnd[i] == -1 {
            // Bounded, so that every later conversion to Int is safe.
            if let r = numbers.parseNumber(a, at: i), r.end > i, r.value.isFinite, abs(r.value) < 1e9 {
                numEnd[i] = Int32(r.end); numVal[i] = r.value
            }
            else { numEnd[i] = -2 }
        }
        return numEnd[i] < 0 ? nil : (numVal[i], Int(numEnd[i]))
    }

    /// An ordinal written in words at `i` (`premier`, `twenty-first`), once.
    func wordOrdinal(_ i: Int) -> (value: Int, end: Int)? {
        guard i < n, toks[i].kind == .word else { return nil }
        if ordEnd[i] == -1 {
            if let r = numbers.parseOrdinal(a, at: i), r.end > i, r.value >= 0, r.value < 1_000_000 {
                ordEnd[i] = Int32(r.end); ordVal[i] = Int32(clamping: r.value)
            }
            else { ordEnd[i] = -2 }
        }
        return ordEnd[i] < 0 ? nil : (Int(ordVal[i]), Int(ordEnd[i]))
    }

    // MARK: - Driver

    func scan(into out: inout [Mention]) {
        var i = 0
        var lastEnd = 0
        while i < n {
            let t = toks[i]
            let isNum = t.kind == .number
            if !isNum && cls[i] & TokenClasses.start == 0 && !isHalfSymbol(i) { i += 1; continue }
            if isNum && !numberMayStart(i) { i += 1; continue }
            // A little word (le, de, the, in) starts something only if a date word or a number
            // comes within the next few tokens.
            if !isNum && cls[i] & TokenClasses.anchor == 0 && !anchorSoon(i) && !selfContained(i) { i += 1; continue }
            // A number in words before a unit or month (trois ans, vingt-deux mai).
            if !isNum, i > lastEnd, cls[i] & TokenClasses.anchor != 0, toks[i - 1].kind == .word,
               let k = wordNumberStart(before: i, from: lastEnd), let x = parseTop(k), x.e > i {
                emit(x, into: &out); lastEnd = x.e; i = x.e; continue
            }
            if let x = parseTop(i) {
                emit(x, into: &out); lastEnd = x.e; i = x.e; continue
            }
            i += 1
        }
    }

    /// A number starts a date, time or duration only next to a date word, a separator, a suffix
    /// or another number; `200 personnes` is rejected here, before any parsing.
    @inline(__always) private func numberMayStart(_ i: Int) -> Bool {
        let c = toks[i].fEnd - toks[i].fStart
        // The decimals of a number (37,1; 2.5) start nothing.
        if i >= 2, attached(i), isP(i - 1, 0x2C) || isP(i - 1, 0x2E), attached(i - 1), isNum(i - 2) { return false }
        if c == 4 || c == 8 { return true }
        if c > 4 { return false }
        let k = i + 1
        guard k < n else { return false }
        let t = toks[k]
        switch t.kind {
        case .number: return true
        case .word: return !(t.flags.rawValue & 1 != 0) || cls[k] & (TokenClasses.known | TokenClasses.anchor) != 0 || t.fEnd - t.fStart == 1
        case .punct:
            let b = folded[Int(t.fStart)]
            // `61,2 milliards`: a decimal comma starts something only before a date word (`1,5 an`).
            if b == 0x2C, k + 2 < n, attached(k), attached(k + 1), isNum(k + 1) {
                let w = toks[k + 2]
                return w.kind == .word && cls[k + 2] & TokenClasses.known != 0
            }
            // / . - : , ~ ' ( and ½
            return b == 0x2F || b == 0x2E || b == 0x2D || b == 0x3A || b == 0x2C || b == 0x7E || b == 0x27 || b == 0x40
                || isHalfSymbol(k)
        }
    }

    /// A phrase that is a date by itself although it starts with a little word (`to date`).
    private func selfContained(_ i: Int) -> Bool {
        guard cls[i] & TokenClasses.selfStart != 0 else { return false }
        if cls[i] & TokenClasses.selfSingle == 0 {
            // Its phrases all have a second token: with none of them next, no phrase matches.
            guard i + 1 < n, toks[i + 1].flags.rawValue & 4 == 0,
                  lex.selfPairs.contains(TokenClasses.pair(toks[i].hash, toks[i + 1].hash)) else { return false }
        }
        return hits(i).contains { h in
            h.cat == .relative || h.cat == .holiday || (h.cat == .connector && h.key == Conn.toDate.rawValue)
        }
    }

    /// After a little word (le, de, in, il y a), a date can follow only through other date words,
    /// at most two unknown lower-case words (a number in words) and dashes: `il y a à peu près un
    /// mois`, `dans vingt-deux jours`. A capitalised unknown word or other punctuation ends the look.
    @inline(__always) private func anchorSoon(_ i: Int) -> Bool {
        var k = i + 1
        // Punctuation inside the phrase at `i` (`w/c`, `l'`) is looked past.
        var phraseEnd = 0
        if k < n, toks[k].kind == .punct, let h = hits(i).first { phraseEnd = h.end }
        var unknown = 0
        let stop = min(n, i + 7)
        while k < stop {
            switch look[k] {
            case Look.stop: return false
            case Look.anchor: return true
            case Look.number:
                // `le 23`, `à 23`, `the 4th`: a number right after the little word is always tried.
                return numberMayStart(k) || k == i + 1
            case Look.unknown:
                unknown += 1
                if unknown > 2 { return false }
            case Look.punct:
                if k >= phraseEnd { return false }
            default: break
            }
            k += 1
        }
        return false
    }

    /// What token `k` is to `anchorSoon`, from its kind, flags and lexicon classes.
    private func lookClass(_ k: Int, _ c: UInt8) -> UInt8 {
        let t = toks[k]
        if t.flags.rawValue & 4 != 0 { return Look.stop }
        switch t.kind {
        case .number: return Look.number
        case .word:
            if c & TokenClasses.anchor != 0 { return Look.anchor }
            if c & TokenClasses.known == 0 { return t.flags.rawValue & 8 != 0 ? Look.stop : Look.unknown }
            return Look.pass
        case .punct:
            if isHalfSymbol(k) { return Look.anchor }
            return isDash(k) || isP(k, 0x27) ? Look.pass : Look.punct
        }
    }

    private func wordNumberStart(before i: Int, from lo: Int) -> Int? {
        // The number may end right before the anchor or before an `of` (`fourth of July`).
        var ends = [i]
        if i - 1 > lo, conn(i - 1, .of) == i { ends.append(i - 1) }
        var k = max(lo, i - 7)
        while k < i {
            if toks[k].kind == .word, cls[k] & TokenClasses.known == 0 || hit(k, .connector, Conn.a.rawValue) != nil {
                if let r = wordNumber(k), ends.contains(r.end) {
                    // `first ten days of last year`: an ordinal before the count belongs to it.
                    if k > lo, let o = wordOrdinal(k - 1), o.end == k { return k - 1 }
                    return k
                }
                if let r = wordOrdinal(k), ends.contains(r.end) { return k }
            }
            k += 1
        }
        return nil
    }

    func keepDuration(_ d: String) -> Int32 {
        durations.append(d)
        return Int32(durations.count - 1)
    }

    // MARK: - Token helpers

    @inline(__always) func isP(_ i: Int, _ c: UInt8) -> Bool {
        guard i < n, toks[i].kind == .punct else { return false }
        let t = toks[i]
        return t.fEnd - t.fStart == 1 && folded[Int(t.fStart)] == c
    }
    @inline(__always) func attached(_ i: Int) -> Bool { i < n && !(toks[i].flags.rawValue & 1 != 0) }
    @inline(__always) func isNum(_ i: Int) -> Bool { i < n && toks[i].kind == .number }
    @inline(__always) func isWord(_ i: Int) -> Bool { i < n && toks[i].kind == .word }
    /// `½` (folded to its UTF-8 bytes C2 BD).
    @inline(__always) func isHalfSymbol(_ i: Int) -> Bool {
        let t = toks[i]
        return t.kind == .punct && t.fEnd - t.fStart == 2 && folded[Int(t.fStart)] == 0xC2 && folded[Int(t.fStart) + 1] == 0xBD
    }
    /// A dash of any kind (folded to `-`), a tilde, or an en dash.
    @inline(__always) func isDash(_ i: Int) -> Bool { isP(i, 0x2D) || isP(i, 0x7E) }

    /// The categories of `want` found at `i` (bit = category), computing the phrases there only
    /// if one of them may start there.
    @inline(__always) func cats(_ i: Int, _ want: UInt16) -> UInt16 {
        guard i < n, mayCat[i] & want != 0 else { return 0 }
        if catMask[i] == 0 { fill(i) }
        return catMask[i] & want & 0x7FFF
    }

    /// The connector keys of `want` found at `i` (bit = key), computing the phrases there only
    /// if one of them may start there.
    @inline(__always) func connKeys(_ i: Int, _ want: UInt64) -> UInt64 {
        guard i < n, mayConn[i] & want != 0 else { return 0 }
        if catMask[i] == 0 { fill(i) }
        return connMask[i] & want
    }

    /// Computes the phrases at `i` once: flat storage, category and connector masks.
    private func fill(_ i: Int) {
        var cm: UInt16 = 1 << 15
        var km: UInt64 = 0
        let start = flatCount
        lex.forEachKnownHit(toks, at: i) { x in
            // One-letter forms (3h, 9a, q1) count only glued to the number before or after.
            if x.end == i + 1, toks[i].kind == .word, toks[i].fEnd - toks[i].fStart == 1,
               x.cat == .unit || x.cat == .time || (x.cat == .connector && (x.key == Conn.qPrefix.rawValue || x.key == Conn.hPrefix.rawValue)),
               !(attached(i) || (i + 1 < n && attached(i + 1) && isNum(i + 1)) || (x.cat == .time && i > 0 && isNum(i - 1))) { return }
            do {
                cm |= 1 << UInt16(x.cat.rawValue)
                if x.cat == .connector, x.key < 64 { km |= 1 << UInt64(x.key) }
                if flatCount == flatCap {
                    let bigger = UnsafeMutablePointer<DateLexicon.Hit>.allocate(capacity: flatCap * 2)
                    bigger.moveInitialize(from: flat, count: flatCount)
                    flat.deallocate()
                    flat = bigger; flatCap *= 2
                }
                (flat + flatCount).initialize(to: x)
                flatCount += 1
            }
        }
        hitStart[i] = Int32(start)
        hitCount[i] = UInt8(truncatingIfNeeded: flatCount - start)
        catMask[i] = cm
        connMask[i] = km
    }

    /// Every phrase at `i`, longest first.
    func hits(_ i: Int) -> UnsafeBufferPointer<DateLexicon.Hit> {
        guard i < n else { return UnsafeBufferPointer(start: nil, count: 0) }
        if catMask[i] == 0 { fill(i) }
        return UnsafeBufferPointer(start: flat + Int(hitStart[i]), count: Int(hitCount[i]))
    }

    /// Longest phrase of a category (and key) at `i`. Inlined test of the masks: most look-ups
    /// find nothing, and a call for each would cost more than the answer.
    @inline(__always) func hit(_ i: Int, _ cat: Cat, _ key: Int? = nil) -> DateLexicon.Hit? {
        guard i < n, mayCat[i] & (1 << UInt16(cat.rawValue)) != 0 else { return nil }
        return hitSlow(i, cat, key)
    }

    @inline(never) private func hitSlow(_ i: Int, _ cat: Cat, _ key: Int?) -> DateLexicon.Hit? {
        var cm = catMask[i]
        if cm == 0 {
            fill(i)
            cm = catMask[i]
        }
        guard cm & (1 << UInt16(cat.rawValue)) != 0 else { return nil }
        if cat == .connector, let k = key, k < 64, connMask[i] & (1 << UInt64(k)) == 0 { return nil }
        let base = flat + Int(hitStart[i])
        let k = key ?? -1
        for j in 0..<Int(hitCount[i]) {
            let h = base[j]
            if h.cat == cat && (k < 0 || h.key == k) { return h }
        }
        return nil
    }

    @inline(__always) func conn(_ i: Int, _ k: Conn) -> Int? {
        guard i < n, mayConn[i] & (1 << UInt64(k.rawValue)) != 0 else { return nil }
        return hitSlow(i, .connector, k.rawValue)?.end
    }

    /// Skips an optional article (`the`, `le`, `la`, `l'`).
    func skipThe(_ i: Int) -> Int { conn(i, .the) ?? i }

    /// The digits of a number token: (value, digit count).
    func digits(_ i: Int) -> (v: Int, n: Int)? {
        guard isNum(i) else { return nil }
        let c = a.digitCount(i)
        guard c <= 9, let v = a.digitValue(i) else { return nil }
        return (v, c)
    }

    /// A day of the month: `25`, `1er`, `21st`, `twenty-first`, `vingt-cinq`.
    /// `ord` is true when written as an ordinal.
    func dayNumber(_ i: Int, words: Bool = true) -> (v: Int, end: Int, ord: Bool, word: Bool)? {
        guard i < n else { return nil }
        if let (v, c) = digits(i) {
            guard c <= 2, (1...31).contains(v) else { return nil }
            var e = i + 1
            var ord = false
            if e < n, attached(e), isWord(e) {
                guard let s = conn(e, .ordinalSuffix) else { return nil }
                e = s; ord = true
            }
            // Not a day when glued to more digits or a decimal part (3.5, 12,5).
            if e < n, attached(e), (isP(e, 0x2E) || isP(e, 0x2C)), e + 1 < n, attached(e + 1), isNum(e + 1),
               !(ord) { /* handled by callers that accept 25.05.2024 */ }
            return (v, e, ord, false)
        }
        guard words, isWord(i) else { return nil }
        if let r = wordOrdinal(i), (1...31).contains(r.value) { return (r.value, r.end, true, true) }
        if let r = wordNumber(i), r.value.rounded() == r.value, (1...31).contains(Int(r.value)),
           r.end > i { return (Int(r.value), r.end, false, true) }
        return nil
    }

    /// A four-digit year token (1000–2999).
    func year4(_ i: Int) -> Int? {
        guard let (v, c) = digits(i), c == 4, (1000...2999).contains(v) else { return nil }
        // Not the start of a decimal or a longer number (2024.5, 2024,50).
        if i + 2 < n, attached(i + 1), isP(i + 1, 0x2E) || isP(i + 1, 0x2C), attached(i + 2), isNum(i + 2) { return nil }
        return v
    }

    static func twoDigitYear(_ v: Int) -> Int { v < 40 ? 2000 + v : 1900 + v }

    /// A count: digits (3, 3.5, 123,45), `a`/`an`/`un`, `few`, `couple`, ½, or a number in words.
    func quantity(_ i: Int) -> (v: Double, end: Int)? {
        guard i < n else { return nil }
        if let (v, c) = digits(i) {
            guard c <= 6 else { return nil }
            if i + 2 < n, attached(i + 1), isP(i + 1, 0x2E) || isP(i + 1, 0x2C), attached(i + 2), let (f, fc) = digits(i + 2) {
                var frac = Double(f)
                for _ in 0..<fc { frac /= 10 }
                return (Double(v) + frac, i + 3)
            }
            return (Double(v), i + 1)
        }
        if isHalfSymbol(i) { return (0.5, i + 1) }
        if let e = conn(i, .few) { return (3, e) }
        if let e = conn(i, .couple) { return (2, e) }
        if let r = wordNumber(i), r.end > i { return (r.value, r.end) }
        if let e = conn(i, .a) { return (1, e) }
        return nil
    }

    // MARK: - Emission

    func emit(_ x: DateExpr, into out: inout [Mention]) {
        let start = toks[x.s].start
        let end = toks[x.e - 1].end
        var m = Mention(kind: .date, start: start, end: end, value: .none, approx: x.approx, mod: x.mod,
                        source: x.source, priority: 2)
        if x.isDuration {
            let d = durations[Int(x.durationRef)]
            m.kind = .duration
            m.value = d.isEmpty ? .none : .text(d)
            out.append(m); return
        }
        var day: Int? = nil
        var span: DaySpan? = nil
        var known = true
        if let ds = x.date {
            switch ds {
            case let .span(s): span = s
            case var .partial(p):
                // `depuis janvier`, `since March`: a year-less start lies before the reference.
                if x.mod == "since", p.y == nil, p.yearShift == nil, let q = occurrence(p, .last) {
                    let sameOrLater = q.yearShift == -1 && p.d == nil
                    // The current month counts as since itself (`since September`, in September).
                    p = q
                    if sameOrLater, let r = ref, Cal.civil(r.day).m == p.m { p.yearShift = 0 }
                }
                span = resolve(p, time: x.time?.start)
                // `depuis lundi`, `since Monday`: the latest such day, the reference's own included.
                if x.mod == "since", p.y == nil, p.m == nil, p.d == nil, let wd = p.wd, let r = ref {
                    var k = r.day
                    while Cal.weekday(k) != wd { k -= 1 }
                    span = .day(k)
                } else if p.y == nil && p.yearShift == nil {
                    if p.m != nil { m.inferred = .year } else if p.d == nil && p.wd != nil { m.inferred = .week }
                }
            case .unknown: known = false
            }
            if let s = span, s.end - s.start == 1, !x.coarse { day = s.start }
            if span == nil { known = false }
        }
        if let t = x.time {
            m.kind = .time
            if x.date != nil && day == nil && !known { out.append(m); return }
            let prefix = day.map(Cal.isoDay) ?? ""
            if let (d2, t2) = x.timeEnd {
                var p2 = prefix
                if let d2 = d2 {
                    var s2: DaySpan? = nil
                    switch d2 {
                    case let .span(s): s2 = s
                    case let .partial(p): s2 = resolve(p, time: t2.start)
                    case .unknown: s2 = nil
                    }
                    if let s2 = s2, s2.end - s2.start == 1 { p2 = Cal.isoDay(s2.start) }
                }
                m.value = .interval(prefix + DateFormat.time(t.start), p2 + DateFormat.time(t2.start))
            } else if let e = t.end {
                m.value = .interval(prefix + DateFormat.time(t.start), prefix + DateFormat.time(e))
            } else {
                m.value = .text(prefix + DateFormat.time(t.start))
            }
            out.append(m); return
        }
        if let s = span {
            let (v1, v2) = s.value
            m.value = v2.map { .interval(v1, $0) } ?? .text(v1)
        }
        out.append(m)
    }

    // MARK: - Resolution

    /// Distance from the reference instant to a candidate [lo, hi] (seconds); 0 inside.
    @inline(__always) func distance(_ lo: Int, _ hi: Int, _ r: Int) -> Int {
        if r >= lo && r <= hi { return 0 }
        return min(abs(r - lo), abs(r - hi))
    }

    /// The candidate nearest the reference (ties: the earlier).
    func nearest(_ cands: [DaySpan], time: Int?) -> DaySpan? {
        guard let ref = ref else { return nil }
        let r = ref.instant
        var best: DaySpan? = nil
        var bestD = Int.max
        for c in cands {
            let lo = c.start * 86400 + (time ?? 0)
            let hi = time != nil ? lo : c.end * 86400 - 1
            let d = distance(lo, hi, r)
            if d < bestD || (d == bestD && best != nil && c.start < best!.start) { best = c; bestD = d }
        }
        return best
    }

    /// Resolves a written calendar date against the reference.
    func resolve(_ p: PDate, time: Int? = nil) -> DaySpan? {
        if p.invalid { return nil }
        if let y = p.y {
            if let m = p.m {
                if let d = p.d { return Cal.valid(y, m, d) ? .day(Cal.day(y, m, d)) : nil }
                return .month(y, m)
            }
            return p.d == nil ? .year(y) : nil
        }
        guard let ref = ref else { return nil }
        let ry = ref.year
        if let shift = p.yearShift, let m = p.m {
            let y = ry + shift
            if let d = p.d { return Cal.valid(y, m, d) ? .day(Cal.day(y, m, d)) : nil }
            return .month(y, m)
        }
        var cands: [DaySpan] = []
        if let m = p.m {
            if let d = p.d {
                for y in (ry - 8)...(ry + 8) where Cal.valid(y, m, d) { cands.append(.day(Cal.day(y, m, d))) }
            } else {
                for y in (ry - 1)...(ry + 1) { cands.append(.month(y, m)) }
            }
        } else if let d = p.d {
            let (y0, m0, _) = Cal.civil(ref.day)
            let range = p.wd != nil ? -36...36 : -13...13
            for k in range {
                let first = Cal.firstOfMonth(y0, m0, plus: k)
                let (y, m, _) = Cal.civil(first)
                guard Cal.valid(y, m, d) else { continue }
                let day = Cal.day(y, m, d)
                if let wd = p.wd, Cal.weekday(day) != wd { continue }
                cands.append(.day(day))
            }
        } else if let wd = p.wd {
            for k in -7...7 where Cal.weekday(ref.day + k) == wd { cands.append(.day(ref.day + k)) }
        }
        return nearest(cands, time: time)
    }

    /// Widens a span computed from the reference to the precision the reference has.
    func widen(_ s: DaySpan, _ x: inout DateExpr) -> DaySpan {
        guard let ref = ref, ref.prec > 0, s.precision < ref.prec else { return s }
        let (y, m, _) = Cal.civil(s.start)
        x.approx = true
        x.coarse = true
        return ref.prec == 1 ? .month(y, m) : .year(y)
    }
}
