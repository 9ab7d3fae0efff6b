/// What the date lexicon knows of a token, as bits: one probe per token answers every set
/// question the scanner asks (known, start, anchor, self-contained start, stopword, which
/// categories and connectors may begin there), which it would otherwise ask again and again.
struct TokenClasses: @unchecked Sendable {
    struct Entry {
        var flags: UInt8 = 0
        /// Categories (bit = `Cat` raw value) with a phrase starting with this token.
        var cats: UInt16 = 0
        /// Connector keys (bit = key) with a phrase starting with this token.
        var conns: UInt64 = 0
    }

    static let known: UInt8 = 1
    static let start: UInt8 = 2
    static let anchor: UInt8 = 4
    static let selfStart: UInt8 = 8
    static let stopword: UInt8 = 16
    /// A one-token phrase that is a date by itself (`hier`); the others need their second token.
    static let selfSingle: UInt8 = 32

    /// A key for the first two tokens of a phrase (a collision only costs a full look-up).
    @inline(__always)
    static func pair(_ first: UInt64, _ second: UInt64) -> UInt64 {
        (first == 0 ? 1 : first) &* 0x100000001B3 ^ second
    }

    /// Slots owned for the life of the process (lexicons are built once and shared).
    private let keys: UnsafeMutablePointer<UInt64>
    private let values: UnsafeMutablePointer<Entry>
    private let mask: Int
    /// One bit per value of 15 other bits of the hash: most tokens of a text are not in the
    /// table, and this 4 KB filter stays in cache where the table would not.
    private let filter: UnsafeMutablePointer<UInt64>

    init(_ items: [UInt64: Entry]) {
        var cap = 16
        while cap < items.count * 4 { cap <<= 1 }
        keys = .allocate(capacity: cap)
        keys.initialize(repeating: 0, count: cap)
        values = .allocate(capacity: cap)
        values.initialize(repeating: Entry(), count: cap)
        mask = cap - 1
        filter = .allocate(capacity: 512)
        filter.initialize(repeating: 0, count: 512)
        for (h0, v) in items {
            let h = h0 == 0 ? 1 : h0
            let f = Int(truncatingIfNeeded: (h >> 40) & 0x7FFF)
            filter[f >> 6] |= 1 << UInt64(f & 63)
            var k = Int(truncatingIfNeeded: (h ^ (h >> 29)) & UInt64(mask))
            while keys[k] != 0 && keys[k] != h { k = (k + 1) & mask }
            keys[k] = h
            values[k].flags |= v.flags; values[k].cats |= v.cats; values[k].conns |= v.conns
        }
    }

    /// The bits of a token hash (all 0 when the lexicon does not know it).
    @inline(__always)
    func of(_ h0: UInt64) -> Entry {
        let h = h0 == 0 ? 1 : h0
        let f = Int(truncatingIfNeeded: (h >> 40) & 0x7FFF)
        if filter[f >> 6] & (1 << UInt64(f & 63)) == 0 { return Entry() }
        var k = Int(truncatingIfNeeded: (h ^ (h >> 29)) & UInt64(mask))
        while true {
            let v = keys[k]
            if v == h { return values[k] }
            if v == 0 { return Entry() }
            k = (k + 1) & mask
        }
    }
}
