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
        var scalars = [Unicode.Scalar]()
        var folded = [UInt8]()
        var tokens = [Token]()
        var offsets = [Int32]()
        var bytes = [UInt8]()
        var copy = body
        copy.withUTF8 { buf in
            scalars.reserveCapacity(buf.count)
            folded.reserveCapacity(buf.count + 16)
            tokens.reserveCapacity(buf.count / 5 + 4)
            offsets.reserveCapacity(buf.count + 1)
            bytes = Array(buf)
            TextAnalysis.tokenize(buf, scalars: &scalars, folded: &folded, tokens: &tokens, offsets: &offsets)
        }
        offsets.append(Int32(bytes.count))
        self.utf8 = bytes
        self.utf8Offsets = offsets
        self.scalars = scalars
        self.folded = folded
        self.tokens = tokens
    }

    /// One pass over the UTF-8 bytes: decode scalars, fold them, and cut tokens, hashing each
    /// token's folded bytes as they are written. ASCII never leaves the fast path.
    static func tokenize(_ buf: UnsafeBufferPointer<UInt8>, scalars: inout [Unicode.Scalar], folded: inout [UInt8], tokens: inout [Token], offsets: inout [Int32]) {
        let table = FoldTable.shared
        let n = buf.count
        var i = 0
        var index: Int32 = 0
        // The token being built.
        var open = false
        var kind: Token.Kind = .word
        var tStart: Int32 = 0, fStart: Int32 = 0, sEnd: Int32 = 0
        var hash: UInt64 = 0xcbf29ce484222325
        var flags: Token.Flags = []
        var allUpper = true
        var letters = 0
        var pending: Token.Flags = []
        var newlines = 0

        @inline(__always) func close() {
            guard open else { return }
            var f = flags
            if kind == .word && allUpper && letters > 1 { f.insert(.allCaps) }
            tokens.append(Token(fStart: fStart, fEnd: Int32(folded.count), sStart: tStart, sEnd: sEnd, hash: hash, kind: kind, flags: f))
            open = false
        }
        @inline(__always) func hashFrom(_ from: Int) {
            var k = from
            while k < folded.count { hash = (hash ^ UInt64(folded[k])) &* 0x100000001b3; k += 1 }
        }

        while i < n {
            let b0 = buf[i]
            offsets.append(Int32(i))
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
            scalars.append(Unicode.Scalar(v) ?? "\u{FFFD}")
            let before = folded.count
            let (cls, up) = table.append(v, to: &folded)
            switch cls {
            case .space, .newline:
                folded.removeLast(folded.count - before)
                close()
                pending.insert(.spaceBefore)
                if cls == .newline {
                    newlines += 1
                    pending.insert(.newlineBefore)
                    if newlines >= 2 { pending.insert(.paragraphBefore) }
                }
            case .mark:
                if open { sEnd = index + 1; hashFrom(before) } else { folded.removeLast(folded.count - before) }
            case .letter, .digit:
                let k: Token.Kind = cls == .digit ? .number : .word
                if open && kind == k {
                    sEnd = index + 1
                    hashFrom(before)
                    if k == .word { letters += 1; if !up { allUpper = false } }
                } else {
                    // The scalar's bytes are already written: the previous token ends before them.
                    if open {
                        var f = flags
                        if kind == .word && allUpper && letters > 1 { f.insert(.allCaps) }
                        tokens.append(Token(fStart: fStart, fEnd: Int32(before), sStart: tStart, sEnd: sEnd, hash: hash, kind: kind, flags: f))
                    }
                    open = true
                    kind = k
                    flags = pending
                    if up { flags.insert(.capitalized) }
                    tStart = index; sEnd = index + 1; fStart = Int32(before)
                    hash = 0xcbf29ce484222325
                    hashFrom(before)
                    allUpper = up
                    letters = k == .word ? 1 : 0
                    pending = []
                    newlines = 0
                }
            case .punct:
                if open {
                    var f = flags
                    if kind == .word && allUpper && letters > 1 { f.insert(.allCaps) }
                    tokens.append(Token(fStart: fStart, fEnd: Int32(before), sStart: tStart, sEnd: sEnd, hash: hash, kind: kind, flags: f))
                    open = false
                }
                var h: UInt64 = 0xcbf29ce484222325
                var k = before
                while k < folded.count { h = (h ^ UInt64(folded[k])) &* 0x100000001b3; k += 1 }
                tokens.append(Token(fStart: Int32(before), fEnd: Int32(folded.count), sStart: index, sEnd: index + 1, hash: h, kind: .punct, flags: pending))
                pending = []
                newlines = 0
            }
            index += 1
        }
        close()
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
        var map = [Int32](repeating: Int32(tokens.count), count: scalars.count + 1)
        var t = 0
        for s in 0..<scalars.count {
            while t < tokens.count && tokens[t].end <= s { t += 1 }
            map[s] = Int32(t)
        }
        return map
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
