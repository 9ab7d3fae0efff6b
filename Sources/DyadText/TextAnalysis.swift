/// The body of an article, folded and tokenized once; every tagger reads this.
public final class TextAnalysis: @unchecked Sendable {
    public let body: String
    public let scalars: [Unicode.Scalar]
    /// Lower-cased, accent-free bytes of the body (see `FoldTable`).
    public let folded: [UInt8]
    public let tokens: [Token]
    /// The body's UTF-8 bytes and where each scalar starts in them (one more entry at the end),
    /// so that slicing text is a copy of bytes.
    let utf8: [UInt8]
    let utf8Offsets: [Int32]

    public init(_ body: String) {
        self.body = body
        var copy = body
        let r = copy.withUTF8 { buf in TextAnalysis.tokenize(buf) }
        self.utf8 = r.bytes
        self.utf8Offsets = r.offsets
        self.scalars = r.scalars
        self.folded = r.folded
        self.tokens = r.tokens
    }

    struct Tokenized {
        var bytes: [UInt8]
        var scalars: [Unicode.Scalar]
        var offsets: [Int32]
        var folded: [UInt8]
        var tokens: [Token]
    }

    /// One pass over the UTF-8 bytes: decode scalars, fold them, and cut tokens, hashing each
    /// token's folded bytes as they are written. Writes go to raw buffers sized up front, so the
    /// loop does no capacity or uniqueness checks; ASCII never leaves the fast path.
    static func tokenize(_ buf: UnsafeBufferPointer<UInt8>) -> Tokenized {
        let table = FoldTable.shared
        let n = buf.count
        let scalarBuf = UnsafeMutablePointer<UInt32>.allocate(capacity: n + 1)
        let offsetBuf = UnsafeMutablePointer<Int32>.allocate(capacity: n + 2)
        // Folding never more than triples a scalar's bytes (`…` → `...`); leave room anyway.
        let foldCap = 3 * n + 64
        var foldBuf = UnsafeMutablePointer<UInt8>.allocate(capacity: foldCap)
        var foldCapacity = foldCap
        defer { scalarBuf.deallocate(); offsetBuf.deallocate(); foldBuf.deallocate() }
        var tokens = [Token]()
        tokens.reserveCapacity(n / 4 + 4)
        var fcount = 0
        var scount = 0

        var open = false
        var kind: Token.Kind = .word
        var tStart: Int32 = 0, fStart: Int32 = 0, sEnd: Int32 = 0
        var hash: UInt64 = 0xcbf29ce484222325
        var flags: Token.Flags = []
        var allUpper = true
        var letters = 0
        var pending: Token.Flags = []
        var newlines = 0

        table.flat.withUnsafeBufferPointer { flat in
        table.offsets.withUnsafeBufferPointer { foldOffsets in
        table.classes.withUnsafeBufferPointer { classes in
        table.upper.withUnsafeBufferPointer { uppers in
            var i = 0
            while i < n {
                let b0 = buf[i]
                // Fast path: a lower-case ASCII letter continuing or starting a word (most of any
                // text). The whole run is copied in a register-only inner loop.
                if b0 >= 0x61 && b0 <= 0x7A && !(open && kind != .word) {
                    if !open {
                        // As the general path opens a word, for a letter with no case to note.
                        open = true; kind = .word; flags = pending
                        tStart = Int32(truncatingIfNeeded: scount); fStart = Int32(truncatingIfNeeded: fcount)
                        hash = 0xcbf29ce484222325; letters = 0
                        pending = []; newlines = 0
                    }
                    var j = i, s = scount, f = fcount, h = hash
                    var b = b0
                    while true {
                        offsetBuf[s] = Int32(truncatingIfNeeded: j)
                        scalarBuf[s] = UInt32(b)
                        foldBuf[f] = b
                        h = (h ^ UInt64(b)) &* 0x100000001b3
                        s &+= 1; f &+= 1; j &+= 1
                        guard j < n else { break }
                        b = buf[j]
                        guard b >= 0x61 && b <= 0x7A else { break }
                    }
                    letters &+= j &- i
                    i = j; scount = s; fcount = f; hash = h
                    sEnd = Int32(truncatingIfNeeded: s)
                    allUpper = false
                    continue
                }
                // Fast path: an ASCII space, which ends the open token (as the general path does).
                if b0 == 0x20 {
                    offsetBuf[scount] = Int32(truncatingIfNeeded: i)
                    scalarBuf[scount] = 0x20
                    scount += 1; i += 1
                    if open {
                        var f = flags
                        if kind == .word && allUpper && letters > 1 { f.insert(.allCaps) }
                        tokens.append(Token(fStart: fStart, fEnd: Int32(truncatingIfNeeded: fcount), sStart: tStart, sEnd: sEnd, hash: hash, kind: kind, flags: f))
                        open = false
                    }
                    pending.insert(.spaceBefore)
                    continue
                }
                offsetBuf[scount] = Int32(truncatingIfNeeded: i)
                var v: UInt32
                if b0 < 0x80 {
                    v = UInt32(b0); i += 1
                } else if b0 < 0xE0, i + 1 < n {
                    v = (UInt32(b0 & 0x1F) << 6) | UInt32(buf[i + 1] & 0x3F); i += 2
                } else if b0 < 0xF0, i + 2 < n {
                    v = (UInt32(b0 & 0x0F) << 12) | (UInt32(buf[i + 1] & 0x3F) << 6) | UInt32(buf[i + 2] & 0x3F); i += 3
                } else if i + 3 < n {
                    v = (UInt32(b0 & 0x07) << 18) | (UInt32(buf[i + 1] & 0x3F) << 12) | (UInt32(buf[i + 2] & 0x3F) << 6) | UInt32(buf[i + 3] & 0x3F); i += 4
                } else {
                    v = 0xFFFD; i += 1
                }
                if v > 0x10FFFF || (v >= 0xD800 && v < 0xE000) { v = 0xFFFD }
                scalarBuf[scount] = v
                let index = Int32(truncatingIfNeeded: scount)
                scount += 1

                // Fold: class, case, and the folded bytes appended at fcount.
                let before = fcount
                var cls: CharClass
                var up = false
                if v < 0x80 {
                    let b = UInt8(v)
                    switch b {
                    case 0x61...0x7A: foldBuf[fcount] = b; fcount += 1; cls = .letter
                    case 0x41...0x5A: foldBuf[fcount] = b + 32; fcount += 1; cls = .letter; up = true
                    case 0x30...0x39: foldBuf[fcount] = b; fcount += 1; cls = .digit
                    case 0x20, 0x09: cls = .space
                    case 0x0A, 0x0D: cls = .newline
                    default:
                        cls = classes[Int(v)]
                        if cls != .space && cls != .newline { foldBuf[fcount] = b; fcount += 1 }
                    }
                } else if v < UInt32(FoldTable.tableSize) {
                    let k = Int(v)
                    cls = classes[k]; up = uppers[k]
                    if cls != .space && cls != .newline {
                        var j = Int(foldOffsets[k])
                        let e = Int(foldOffsets[k + 1])
                        while j < e { foldBuf[fcount] = flat[j]; fcount += 1; j += 1 }
                    }
                } else {
                    let (f, c, u) = table.lookup(v)
                    cls = c; up = u
                    if cls != .space && cls != .newline {
                        if fcount + f.count + 8 > foldCapacity {
                            let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: foldCapacity * 2 + f.count)
                            bigger.update(from: foldBuf, count: fcount)
                            foldBuf.deallocate()
                            foldBuf = bigger
                            foldCapacity = foldCapacity * 2 + f.count
                        }
                        for byte in f { foldBuf[fcount] = byte; fcount += 1 }
                    }
                }

                switch cls {
                case .space, .newline:
                    if open {
                        var f = flags
                        if kind == .word && allUpper && letters > 1 { f.insert(.allCaps) }
                        tokens.append(Token(fStart: fStart, fEnd: Int32(truncatingIfNeeded: before), sStart: tStart, sEnd: sEnd, hash: hash, kind: kind, flags: f))
                        open = false
                    }
                    pending.insert(.spaceBefore)
                    if cls == .newline {
                        newlines += 1
                        pending.insert(.newlineBefore)
                        if newlines >= 2 { pending.insert(.paragraphBefore) }
                    }
                case .mark:
                    if open {
                        sEnd = index &+ 1
                        var k = before
                        while k < fcount { hash = (hash ^ UInt64(foldBuf[k])) &* 0x100000001b3; k += 1 }
                    } else {
                        fcount = before
                    }
                case .letter, .digit:
                    let k: Token.Kind = cls == .digit ? .number : .word
                    if open && kind == k {
                        sEnd = index &+ 1
                        var j = before
                        while j < fcount { hash = (hash ^ UInt64(foldBuf[j])) &* 0x100000001b3; j += 1 }
                        if k == .word { letters += 1; if !up { allUpper = false } }
                    } else {
                        if open {
                            var f = flags
                            if kind == .word && allUpper && letters > 1 { f.insert(.allCaps) }
                            tokens.append(Token(fStart: fStart, fEnd: Int32(truncatingIfNeeded: before), sStart: tStart, sEnd: sEnd, hash: hash, kind: kind, flags: f))
                        }
                        open = true
                        kind = k
                        flags = pending
                        if up { flags.insert(.capitalized) }
                        tStart = index; sEnd = index &+ 1; fStart = Int32(truncatingIfNeeded: before)
                        hash = 0xcbf29ce484222325
                        var j = before
                        while j < fcount { hash = (hash ^ UInt64(foldBuf[j])) &* 0x100000001b3; j += 1 }
                        allUpper = up
                        letters = k == .word ? 1 : 0
                        pending = []
                        newlines = 0
                    }
                case .punct:
                    if open {
                        var f = flags
                        if kind == .word && allUpper && letters > 1 { f.insert(.allCaps) }
                        tokens.append(Token(fStart: fStart, fEnd: Int32(truncatingIfNeeded: before), sStart: tStart, sEnd: sEnd, hash: hash, kind: kind, flags: f))
                        open = false
                    }
                    var h: UInt64 = 0xcbf29ce484222325
                    var j = before
                    while j < fcount { h = (h ^ UInt64(foldBuf[j])) &* 0x100000001b3; j += 1 }
                    tokens.append(Token(fStart: Int32(truncatingIfNeeded: before), fEnd: Int32(truncatingIfNeeded: fcount), sStart: index, sEnd: index &+ 1, hash: h, kind: .punct, flags: pending))
                    pending = []
                    newlines = 0
                }
            }
        }
        }
        }
        }
        if open {
            var f = flags
            if kind == .word && allUpper && letters > 1 { f.insert(.allCaps) }
            tokens.append(Token(fStart: fStart, fEnd: Int32(truncatingIfNeeded: fcount), sStart: tStart, sEnd: sEnd, hash: hash, kind: kind, flags: f))
        }
        offsetBuf[scount] = Int32(truncatingIfNeeded: n)
        let scalars = [Unicode.Scalar](unsafeUninitializedCapacity: scount) { out, count in
            // Values were checked while decoding (no surrogates, nothing past U+10FFFF).
            // Same 4-byte layout, so one copy.
            if let base = out.baseAddress, scount > 0 {
                UnsafeMutableRawPointer(base).copyMemory(from: scalarBuf, byteCount: scount * MemoryLayout<UInt32>.stride)
            }
            count = scount
        }
        return Tokenized(bytes: Array(buf), scalars: scalars, offsets: Array(UnsafeBufferPointer(start: offsetBuf, count: scount + 1)),
                         folded: Array(UnsafeBufferPointer(start: foldBuf, count: fcount)), tokens: tokens)
    }

    /// The exact text of a scalar range of the body.
    public func text(_ start: Int, _ end: Int) -> String {
        let s = max(0, min(start, scalars.count)), e = max(s, min(end, scalars.count))
        return String(decoding: utf8[Int(utf8Offsets[s])..<Int(utf8Offsets[e])], as: UTF8.self)
    }

    public func text(of t: Token) -> String { text(t.start, t.end) }

    /// The folded form of a token, as a String (for data look-ups off the hot path).
    public func foldedText(_ t: Token) -> String {
        String(decoding: folded[Int(t.fStart)..<Int(t.fEnd)], as: UTF8.self)
    }

    /// Compares a token's folded bytes with an ASCII word, without allocating.
    @inline(__always)
    public func token(_ i: Int, is word: StaticString) -> Bool {
        let t = tokens[i]
        let n = word.utf8CodeUnitCount
        guard Int(t.fEnd - t.fStart) == n else { return false }
        let p = word.utf8Start
        var j = 0
        var k = Int(t.fStart)
        while j < n { if folded[k] != p[j] { return false }; j += 1; k += 1 }
        return true
    }

    /// Integer value of a digit token (nil when too long).
    public func digitValue(_ i: Int) -> Int? {
        let t = tokens[i]
        guard t.kind == .number, t.fEnd - t.fStart <= 15 else { return nil }
        var v = 0
        for k in Int(t.fStart)..<Int(t.fEnd) { v = v * 10 + Int(folded[k] - 0x30) }
        return v
    }

    /// Number of digits of a digit token.
    public func digitCount(_ i: Int) -> Int { Int(tokens[i].fEnd - tokens[i].fStart) }

    /// For each scalar offset, the first token ending after it (built on first use).
    private lazy var tokenAfterScalar: [Int32] = {
        // Token ends rise strictly, so each token owns the scalars from the previous end to its own.
        let count = scalars.count + 1
        return [Int32](unsafeUninitializedCapacity: count) { map, filled in
            var s = 0
            tokens.withUnsafeBufferPointer { toks in
                for t in toks.indices {
                    let e = min(toks[t].end, count)
                    let v = Int32(truncatingIfNeeded: t)
                    while s < e { map[s] = v; s += 1 }
                }
            }
            let last = Int32(truncatingIfNeeded: tokens.count)
            while s < count { map[s] = last; s += 1 }
            filled = count
        }
    }()

    /// The first token whose range ends after `offset`.
    public func tokenIndex(atOrAfter offset: Int) -> Int {
        if offset >= 0 && offset <= scalars.count { return Int(tokenAfterScalar[offset]) }
        var lo = 0, hi = tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if tokens[mid].end <= offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}
