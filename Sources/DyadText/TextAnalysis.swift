/// The body of an article, folded and tokenized once; every tagger reads this.
public final class TextAnalysis: @unchecked Sendable {
    public let body: String
    public let scalars: [Unicode.Scalar]
    /// Lower-cased, accent-free bytes of the body (see `FoldTable`).
    public let folded: [UInt8]
    public let tokens: [Token]

    public init(_ body: String) {
        self.body = body
        let table = FoldTable.shared
        var scalars = [Unicode.Scalar]()
        scalars.reserveCapacity(body.utf8.count)
        var folded = [UInt8]()
        folded.reserveCapacity(body.utf8.count)
        var tokens = [Token]()
        tokens.reserveCapacity(body.utf8.count / 4)

        var cur: Token? = nil
        var curAllUpper = true
        var curLetters = 0
        var pendingFlags: Token.Flags = []
        var newlines = 0

        @inline(__always) func close(at end: Int) {
            if var t = cur {
                t.fEnd = Int32(end)
                t.hash = fnv1a(folded[Int(t.fStart)..<Int(t.fEnd)])
                if t.kind == .word && curAllUpper && curLetters > 1 { t.flags.insert(.allCaps) }
                tokens.append(t)
                cur = nil
            }
        }

        var index: Int32 = 0
        for u in body.unicodeScalars {
            scalars.append(u)
            let before = folded.count
            let (cls, up) = table.append(u.value, to: &folded)
            switch cls {
            case .space, .newline:
                close(at: before)
                folded.removeLast(folded.count - before)
                pendingFlags.insert(.spaceBefore)
                if cls == .newline {
                    newlines += 1
                    pendingFlags.insert(.newlineBefore)
                    if newlines >= 2 { pendingFlags.insert(.paragraphBefore) }
                } else if u.value != 0x0D {
                    // spaces between two line breaks still make a blank line
                }
            case .mark:
                if cur != nil { cur!.sEnd = index + 1 }
            case .letter, .digit:
                let kind: Token.Kind = cls == .digit ? .number : .word
                if let c = cur, c.kind == kind {
                    cur!.sEnd = index + 1
                    if kind == .word { curLetters += 1; if !up { curAllUpper = false } }
                } else {
                    // The scalar's bytes are already appended: the previous token ends before them.
                    close(at: before)
                    var flags = pendingFlags
                    if up { flags.insert(.capitalized) }
                    cur = Token(fStart: Int32(before), fEnd: 0, sStart: index, sEnd: index + 1, hash: 0, kind: kind, flags: flags)
                    curAllUpper = up
                    curLetters = kind == .word ? 1 : 0
                    pendingFlags = []
                    newlines = 0
                }
            case .punct:
                close(at: before)
                let start = Int32(before)
                var t = Token(fStart: start, fEnd: Int32(folded.count), sStart: index, sEnd: index + 1, hash: 0, kind: .punct, flags: pendingFlags)
                t.hash = fnv1a(folded[Int(start)..<folded.count])
                tokens.append(t)
                pendingFlags = []
                newlines = 0
            }
            if cls != .newline && cls != .space { newlines = 0 }
            index += 1
        }
        close(at: folded.count)
        self.scalars = scalars
        self.folded = folded
        self.tokens = tokens
    }

    /// The exact text of a scalar range of the body.
    public func text(_ start: Int, _ end: Int) -> String {
        var v = String.UnicodeScalarView()
        v.append(contentsOf: scalars[max(0, start)..<min(end, scalars.count)])
        return String(v)
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

    /// The first token whose range ends after `offset` (binary search).
    public func tokenIndex(atOrAfter offset: Int) -> Int {
        var lo = 0, hi = tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if tokens[mid].end <= offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}
