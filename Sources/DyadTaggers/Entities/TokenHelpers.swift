import DyadText

extension TextAnalysis {
    /// Token range `[s, e)` covering the scalar range `[start, end)`.
    func tokenRange(_ start: Int, _ end: Int) -> (Int, Int) {
        let s = tokenIndex(atOrAfter: start)
        var e = s
        while e < tokens.count, tokens[e].start < end { e += 1 }
        return (s, e)
    }

    @inline(__always) func isWordToken(_ i: Int) -> Bool { i >= 0 && i < tokens.count && tokens[i].kind == .word }

    /// A word whose first letter is upper case.
    @inline(__always) func isCapWord(_ i: Int) -> Bool {
        i >= 0 && i < tokens.count && tokens[i].kind == .word && tokens[i].isCapitalized
    }

    @inline(__always) func isAllCaps(_ i: Int) -> Bool { tokens[i].flags.contains(.allCaps) }

    /// A word in lower case.
    @inline(__always) func isLowerWord(_ i: Int) -> Bool {
        i >= 0 && i < tokens.count && tokens[i].kind == .word && !tokens[i].isCapitalized
    }

    /// `token(_:is:)` that is false outside the text.
    @inline(__always) func tokenIs(_ i: Int, is word: StaticString) -> Bool {
        i >= 0 && i < tokens.count && token(i, is: word)
    }

    @inline(__always) func isPunct(_ i: Int, _ p: StaticString) -> Bool {
        i >= 0 && i < tokens.count && tokens[i].kind == .punct && token(i, is: p)
    }

    /// No space between token `i - 1` and token `i`.
    @inline(__always) func glued(_ i: Int) -> Bool { i > 0 && i < tokens.count && !tokens[i].spaceBefore }

    /// Length of a word token in scalars.
    @inline(__always) func scalarLength(_ i: Int) -> Int { tokens[i].end - tokens[i].start }

    /// The text of tokens `[s, e)`.
    func text(tokens s: Int, _ e: Int) -> String {
        guard s < e, s >= 0, e <= tokens.count else { return "" }
        return text(tokens[s].start, tokens[e - 1].end)
    }
}

/// An open-addressing map from token hashes (already well mixed: FNV-1a) to bit masks: one
/// multiply-free probe instead of SipHash, for the per-token hot loop.
struct TokenMaskMap: Sendable {
    private var keys: [UInt64]
    private var values: [UInt64]
    private var mask: Int
    private(set) var count = 0

    init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 4 { size <<= 1 }
        keys = Array(repeating: 0, count: size)
        values = Array(repeating: 0, count: size)
        mask = size - 1
    }

    mutating func insert(_ h: UInt64, bits: UInt64) {
        let k = h == 0 ? 1 : h
        if (count + 1) * 2 > keys.count { grow() }
        var i = Int(truncatingIfNeeded: k ^ (k >> 29)) & mask
        while keys[i] != 0 && keys[i] != k { i = (i + 1) & mask }
        if keys[i] == 0 { keys[i] = k; count += 1 }
        values[i] |= bits
    }

    @inline(__always) func bits(_ h: UInt64) -> UInt64 {
        let k = h == 0 ? 1 : h
        var i = Int(truncatingIfNeeded: k ^ (k >> 29)) & mask
        while true {
            let x = keys[i]
            if x == k { return values[i] }
            if x == 0 { return 0 }
            i = (i + 1) & mask
        }
    }

    private mutating func grow() {
        let oldK = keys, oldV = values
        keys = Array(repeating: 0, count: oldK.count * 2)
        values = Array(repeating: 0, count: oldK.count * 2)
        mask = keys.count - 1
        count = 0
        for (i, k) in oldK.enumerated() where k != 0 { insert(k, bits: oldV[i]) }
    }
}

/// A bit filter over token hashes: a fast "surely not" before a look-up in a big table.
struct HashFilter: Sendable {
    private var bits: [UInt64]
    private let mask: UInt64

    init(log2Bits: Int = 18) {
        bits = Array(repeating: 0, count: 1 << (log2Bits - 6))
        mask = (1 << UInt64(log2Bits)) - 1
    }

    mutating func insert(_ h: UInt64) {
        let a = h & mask, b = (h >> 32) & mask
        bits[Int(a >> 6)] |= 1 << (a & 63)
        bits[Int(b >> 6)] |= 1 << (b & 63)
    }

    @inline(__always) func mayContain(_ h: UInt64) -> Bool {
        let a = h & mask, b = (h >> 32) & mask
        return bits[Int(a >> 6)] & (1 << (a & 63)) != 0 && bits[Int(b >> 6)] & (1 << (b & 63)) != 0
    }
}
