import DyadText

/// An open-addressing map from 64-bit keys (token hashes, already well mixed) to small integers.
/// Look-ups do no hashing of their own and never allocate, for the per-token hot path.
struct NumHashMap: Sendable {
    private var keys: [UInt64]
    private var values: [Int32]
    private var mask: Int
    private(set) var count = 0

    init(capacity: Int = 8) {
        var c = 16
        while c < capacity * 2 { c <<= 1 }
        keys = [UInt64](repeating: 0, count: c)
        values = [Int32](repeating: -1, count: c)
        mask = c - 1
    }

    @inline(__always) private static func norm(_ k: UInt64) -> UInt64 { k == 0 ? 0x9E37_79B9_7F4A_7C15 : k }
    /// The mixed key's high bits (`>>` binds tighter than `&*`: without the parentheses the
    /// constant was shifted instead, even, and half the slots were never used).
    @inline(__always) private static func slot(_ k: UInt64) -> Int {
        Int(truncatingIfNeeded: ((k ^ (k >> 31)) &* 0xBF58_476D_1CE4_E5B9) >> 20)
    }

    /// The value for `key`, or -1.
    @inline(__always)
    func get(_ key: UInt64) -> Int32 {
        let k = NumHashMap.norm(key)
        var s = NumHashMap.slot(k) & mask
        while true {
            let x = keys[s]
            if x == k { return values[s] }
            if x == 0 { return -1 }
            s = (s + 1) & mask
        }
    }

    mutating func set(_ key: UInt64, _ value: Int32) {
        if (count + 1) * 2 > keys.count { grow() }
        let k = NumHashMap.norm(key)
        var s = NumHashMap.slot(k) & mask
        while true {
            let x = keys[s]
            if x == k { values[s] = value; return }
            if x == 0 { keys[s] = k; values[s] = value; count += 1; return }
            s = (s + 1) & mask
        }
    }

    private mutating func grow() {
        let oldK = keys, oldV = values
        keys = [UInt64](repeating: 0, count: oldK.count * 2)
        values = [Int32](repeating: -1, count: oldK.count * 2)
        mask = keys.count - 1
        count = 0
        for (i, k) in oldK.enumerated() where k != 0 { set(k, oldV[i]) }
    }
}

/// A trie over token hashes whose edges live in one flat `NumHashMap` keyed by (node, token hash).
/// Each node carries one payload (an index into the owner's entry table, or -1).
struct NumTokenTrie: Sendable {
    private var edges = NumHashMap(capacity: 64)
    private(set) var payloads: [Int32] = [-1]

    @inline(__always) private static func key(_ node: Int32, _ h: UInt64) -> UInt64 {
        node == 0 ? h : h ^ (UInt64(UInt32(bitPattern: node)) &* 0xD6E8_FEB8_6659_FD93)
    }

    /// The node reached by a token sequence, created as needed.
    mutating func node(for hashes: [UInt64]) -> Int32 {
        var node: Int32 = 0
        for h in hashes {
            let k = NumTokenTrie.key(node, h)
            let next = edges.get(k)
            if next >= 0 { node = next; continue }
            let id = Int32(payloads.count)
            payloads.append(-1)
            edges.set(k, id)
            node = id
        }
        return node
    }

    mutating func setPayload(_ node: Int32, _ p: Int32) { payloads[Int(node)] = p }

    @inline(__always) func startsWith(_ h: UInt64) -> Bool { edges.get(h) >= 0 }

    /// The payload of the one-token entry with hash `h`, or -1.
    @inline(__always) func longestHash(_ h: UInt64) -> Int32 {
        let node = edges.get(h)
        return node < 0 ? -1 : payloads[Int(node)]
    }

    /// The longest entry starting at token `i`: (payload, token index after it).
    /// A phrase never crosses a paragraph break.
    @inline(__always)
    func longest(_ toks: [Token], at i: Int, maxTokens: Int = 8) -> (payload: Int32, end: Int)? {
        guard i < toks.count else { return nil }
        var node = edges.get(toks[i].hash)
        guard node >= 0 else { return nil }
        var best: (Int32, Int)? = nil
        var j = i + 1
        if payloads[Int(node)] >= 0 { best = (payloads[Int(node)], j) }
        while j < toks.count, j - i < maxTokens, !toks[j].flags.contains(.paragraphBefore) {
            let next = edges.get(NumTokenTrie.key(node, toks[j].hash))
            if next < 0 { break }
            node = next
            j += 1
            if payloads[Int(node)] >= 0 { best = (payloads[Int(node)], j) }
        }
        return best
    }

    /// The longest entry ending just before token `i`, read right to left (the trie holds the
    /// phrases reversed): (payload, index of its first token).
    func longestBackward(_ toks: [Token], before i: Int, maxTokens: Int = 8) -> (payload: Int32, start: Int)? {
        guard i > 0, i <= toks.count else { return nil }
        if i < toks.count && toks[i].flags.contains(.paragraphBefore) { return nil }
        var j = i - 1
        var node: Int32 = 0
        var best: (Int32, Int)? = nil
        while j >= 0, i - j <= maxTokens {
            let next = edges.get(NumTokenTrie.key(node, toks[j].hash))
            if next < 0 { break }
            node = next
            if payloads[Int(node)] >= 0 { best = (payloads[Int(node)], j) }
            if toks[j].flags.contains(.paragraphBefore) { break }
            j -= 1
        }
        return best
    }
}
