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
/// multiply-free probe instead of SipHash, for the per-token hot loop. Key and value share a
/// slot (one cache line per probe).
struct TokenMaskMap: Sendable {
    /// Key at `2 * i`, value at `2 * i + 1`; key 0 marks an empty slot.
    private var slots: [UInt64]
    private var mask: Int
    private(set) var count = 0

    /// `capacity`: the number of keys expected (the table grows beyond it).
    init(capacity: Int = 16) {
        var size = 8
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: 0, count: size * 2)
        mask = size - 1
    }

    mutating func insert(_ h: UInt64, bits: UInt64) {
        let k = h == 0 ? 1 : h
        if (count + 1) * 2 > mask + 1 { grow() }
        var i = Int(truncatingIfNeeded: k ^ (k >> 29)) & mask
        while slots[2 * i] != 0 && slots[2 * i] != k { i = (i + 1) & mask }
        if slots[2 * i] == 0 { slots[2 * i] = k; count += 1 }
        slots[2 * i + 1] |= bits
    }

    @inline(__always) func bits(_ h: UInt64) -> UInt64 {
        let k = h == 0 ? 1 : h
        var i = Int(truncatingIfNeeded: k ^ (k >> 29)) & mask
        return slots.withUnsafeBufferPointer { p in
            while true {
                let x = p[2 * i]
                if x == k { return p[2 * i + 1] }
                if x == 0 { return 0 }
                i = (i + 1) & mask
            }
        }
    }

    private mutating func grow() {
        let old = slots
        slots = Array(repeating: 0, count: old.count * 2)
        mask = old.count - 1
        count = 0
        var i = 0
        while i < old.count {
            if old[i] != 0 { insert(old[i], bits: old[i + 1]) }
            i += 2
        }
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

/// An open-addressing map from well-mixed 64-bit hashes to non-negative `Int32` values (set
/// semantics, unlike `TokenMaskMap`): for the per-article tables that used `[UInt64: Int]`.
struct HashIndex {
    /// Key at `2 * i`, value at `2 * i + 1`; key 0 marks an empty slot.
    private var slots: [UInt64]
    private var mask: Int
    private(set) var count = 0

    init(capacity: Int = 8) {
        var size = 8
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: 0, count: size * 2)
        mask = size - 1
    }

    @inline(__always) private static func key(_ h: UInt64) -> UInt64 { h == 0 ? 0x9E3779B97F4A7C15 : h }

    /// The value of `h`, or -1.
    @inline(__always) func get(_ h: UInt64) -> Int {
        let k = HashIndex.key(h)
        var i = Int(truncatingIfNeeded: k ^ (k >> 29)) & mask
        while true {
            let x = slots[2 * i]
            if x == k { return Int(slots[2 * i + 1]) }
            if x == 0 { return -1 }
            i = (i + 1) & mask
        }
    }

    mutating func set(_ h: UInt64, _ v: Int) {
        let k = HashIndex.key(h)
        if (count + 1) * 2 > mask + 1 { grow() }
        var i = Int(truncatingIfNeeded: k ^ (k >> 29)) & mask
        while slots[2 * i] != 0 && slots[2 * i] != k { i = (i + 1) & mask }
        if slots[2 * i] == 0 { slots[2 * i] = k; count += 1 }
        slots[2 * i + 1] = UInt64(v)
    }

    private mutating func grow() {
        let old = slots
        slots = Array(repeating: 0, count: old.count * 2)
        mask = old.count - 1
        count = 0
        var i = 0
        while i < old.count {
            if old[i] != 0 { set(old[i], Int(old[i + 1])) }
            i += 2
        }
    }
}
