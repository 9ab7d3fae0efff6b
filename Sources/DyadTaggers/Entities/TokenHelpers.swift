import DyadText
import Foundation

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

/// Token hashes are FNV-1a of the folded bytes (`fnv1a`), checked once: `EntityAnalysis.same`
/// relies on it to compare tokens with words without reading the text, and reads the bytes when
/// it does not hold.
let tokenHashIsFNV: Bool = {
    let a = TextAnalysis("Ab-c")
    return a.tokens.count == 3 && a.tokens.allSatisfy { $0.hash == fnv1a(a.folded[Int($0.fStart)..<Int($0.fEnd)]) }
}()

/// An open-addressing map from token hashes to bit masks: one probe instead of SipHash, for the
/// per-token hot loop. Key and value share a slot (one cache line per probe); the slot comes
/// from the high bits of a multiplicative hash, so FNV's weak low bits do not cluster keys.
struct TokenMaskMap: Sendable {
    /// Key at `2 * i`, value at `2 * i + 1`; key 0 marks an empty slot.
    private var slots: [UInt64]
    private var mask: Int
    private var shift: UInt64
    /// Slots per key at least (2: half full at most).
    private let spread: Int
    private(set) var count = 0
    /// Optional bit filter over the keys (one bit each, `filterShift` high bits of another
    /// multiplicative hash): most absent keys are turned away by a 4 KB array that stays in cache.
    private var filter: [UInt64] = []
    private var filterShift: UInt64 = 64

    /// `capacity`: the number of keys expected (the table grows beyond it). `spread`: slots per
    /// key; a sparse table (8) answers almost every look-up from its first slot.
    init(capacity: Int = 16, spread: Int = 2) {
        self.spread = max(2, spread)
        var size = 8
        var bits: UInt64 = 3
        while size < capacity * self.spread { size <<= 1; bits += 1 }
        slots = Array(repeating: 0, count: size * 2)
        mask = size - 1
        shift = 64 - bits
    }

    @inline(__always) private static func key(_ h: UInt64) -> UInt64 { h == 0 ? 1 : h }

    @inline(__always) private func start(_ k: UInt64) -> Int { Int(truncatingIfNeeded: (k &* 0x9E3779B97F4A7C15) >> shift) }

    mutating func insert(_ h: UInt64, bits: UInt64) {
        let k = TokenMaskMap.key(h)
        if (count + 1) * spread > mask + 1 { grow() }
        var i = start(k)
        while slots[2 * i] != 0 && slots[2 * i] != k { i = (i + 1) & mask }
        if slots[2 * i] == 0 { slots[2 * i] = k; count += 1 }
        slots[2 * i + 1] |= bits
    }

    /// Builds the filter (after the last insertion: it is not kept up to date).
    mutating func buildFilter(log2Bits: Int = 15) {
        filter = Array(repeating: 0, count: 1 << (log2Bits - 6))
        filterShift = UInt64(64 - log2Bits)
        var i = 0
        while i < slots.count {
            let k = slots[i]
            if k != 0 {
                let b = Int(truncatingIfNeeded: (k &* 0xC2B2AE3D27D4EB4F) >> filterShift)
                filter[b >> 6] |= 1 << UInt64(b & 63)
            }
            i += 2
        }
    }

    /// `bits`, through the filter when there is one.
    @inline(__always) func filteredBits(_ h: UInt64) -> UInt64 {
        if !filter.isEmpty {
            let k = TokenMaskMap.key(h)
            let b = Int(truncatingIfNeeded: (k &* 0xC2B2AE3D27D4EB4F) >> filterShift)
            if filter.withUnsafeBufferPointer({ $0[b >> 6] }) & (1 << UInt64(b & 63)) == 0 { return 0 }
        }
        return bits(h)
    }

    @inline(__always) func bits(_ h: UInt64) -> UInt64 {
        let k = TokenMaskMap.key(h)
        var i = start(k)
        return slots.withUnsafeBufferPointer { p in
            // The first slot decides almost always: found or empty, without a data-dependent branch.
            let x0 = p[2 * i], v0 = p[2 * i + 1]
            if _fastPath(x0 == k || x0 == 0) { return x0 == k ? v0 : 0 }
            i = (i + 1) & mask
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
        shift -= 1
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
    private let shift: UInt64

    init(log2Bits: Int = 18) {
        bits = Array(repeating: 0, count: 1 << (log2Bits - 6))
        shift = UInt64(log2Bits)
    }

    /// One bit a key (one cache line a look-up), from the high bits of a multiplicative hash.
    @inline(__always) private func bit(_ h: UInt64) -> Int { Int(truncatingIfNeeded: (h &* 0x9E3779B97F4A7C15) >> (64 - shift)) }

    mutating func insert(_ h: UInt64) {
        let b = bit(h)
        bits[b >> 6] |= 1 << UInt64(b & 63)
    }

    @inline(__always) func mayContain(_ h: UInt64) -> Bool {
        let b = bit(h)
        return bits.withUnsafeBufferPointer { $0[b >> 6] } & (1 << UInt64(b & 63)) != 0
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

/// Several per-article maps from 64-bit hashes to values in one table (one allocation per
/// article): each key carries its namespace, compared exactly, so the maps never mix.
struct TaggedIndex {
    enum Space: UInt64 {
        case code = 1, entity, surname, ambiguousSurname, firstName, ambiguousFirst, orgName, referenceSurname, abbreviation
    }
    /// Key at `2 * i`, `space << 56 | value` at `2 * i + 1` (0: empty slot).
    private var slots: [UInt64]
    private var mask: Int
    private(set) var count = 0

    init(capacity: Int = 32) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: 0, count: size * 2)
        mask = size - 1
    }

    /// An empty table, allocated on the first `set`.
    init() {
        slots = []
        mask = 0
    }

    /// A table in `storage` (an earlier table's slots, taken: their memory is reused).
    init(capacity: Int, reusing storage: inout [UInt64]) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        var s: [UInt64] = []
        swap(&s, &storage)
        s.removeAll(keepingCapacity: true)
        s.append(contentsOf: repeatElement(0, count: size * 2))
        slots = s
        mask = size - 1
    }

    /// Gives the slots' memory back for `init(capacity:reusing:)`.
    mutating func release(into storage: inout [UInt64]) {
        swap(&slots, &storage)
        slots = []
        mask = 0
        count = 0
    }

    @inline(__always) private static func start(_ h: UInt64, _ space: Space, _ mask: Int) -> Int {
        let x = h ^ (space.rawValue &* 0x9E3779B97F4A7C15)
        return Int(truncatingIfNeeded: x ^ (x >> 29)) & mask
    }

    /// The value of `h` in `space`, or -1.
    @inline(__always) func get(_ space: Space, _ h: UInt64) -> Int {
        guard count > 0 else { return -1 }
        let tag = space.rawValue
        var i = TaggedIndex.start(h, space, mask)
        return slots.withUnsafeBufferPointer { p in
            while true {
                let meta = p[2 * i + 1]
                if meta == 0 { return -1 }
                if meta >> 56 == tag && p[2 * i] == h { return Int(meta & 0x00FF_FFFF_FFFF_FFFF) }
                i = (i + 1) & mask
            }
        }
    }

    mutating func set(_ space: Space, _ h: UInt64, _ v: Int) {
        if slots.isEmpty { self = TaggedIndex(capacity: 8) }
        if (count + 1) * 2 > mask + 1 { grow() }
        let tag = space.rawValue
        var i = TaggedIndex.start(h, space, mask)
        while true {
            let meta = slots[2 * i + 1]
            if meta == 0 { slots[2 * i] = h; count += 1; break }
            if meta >> 56 == tag && slots[2 * i] == h { break }
            i = (i + 1) & mask
        }
        slots[2 * i + 1] = tag << 56 | (UInt64(v) & 0x00FF_FFFF_FFFF_FFFF)
    }

    private mutating func grow() {
        let old = slots
        slots = Array(repeating: 0, count: old.count * 2)
        mask = old.count - 1
        count = 0
        var i = 0
        while i < old.count {
            let meta = old[i + 1]
            if meta != 0, let space = Space(rawValue: meta >> 56) { set(space, old[i], Int(meta & 0x00FF_FFFF_FFFF_FFFF)) }
            i += 2
        }
    }
}

/// A view of `count` elements in memory an `EntityWorkspace` owns: indexed like an array (bounds
/// checked), written in place without the copy-on-write checks of an array property.
struct Slab<T>: RandomAccessCollection {
    let base: UnsafeMutablePointer<T>
    let count: Int

    var startIndex: Int { 0 }
    var endIndex: Int { count }

    subscript(i: Int) -> T {
        unsafeAddress {
            precondition(i >= 0 && i < count, "index out of range")
            return UnsafePointer(base + i)
        }
        nonmutating unsafeMutableAddress {
            precondition(i >= 0 && i < count, "index out of range")
            return base + i
        }
    }
}

/// Memory for an article's per-token arrays, handed from one analysis to the next: an article
/// reuses memory the last ones used (no allocation, likely still in the caches).
final class EntityWorkspace: @unchecked Sendable {
    @exclusivity(unchecked) private(set) var capacity = 0
    @exclusivity(unchecked) private var info: UnsafeMutablePointer<TokInfo>
    @exclusivity(unchecked) private var masks: UnsafeMutablePointer<UInt64>
    @exclusivity(unchecked) private var cueMasks: UnsafeMutablePointer<UInt64>
    @exclusivity(unchecked) private var caps: UnsafeMutablePointer<Int>
    @exclusivity(unchecked) private var cues: UnsafeMutablePointer<Int>
    /// Slots of the last analysis' `TaggedIndex`, and room for its title positions.
    @exclusivity(unchecked) var indexSlots: [UInt64] = []
    @exclusivity(unchecked) var titles: [Int] = []
    /// The last analysis' lists, emptied for the next (their capacity is what is kept).
    @exclusivity(unchecked) var places: [Span] = []
    @exclusivity(unchecked) var orgs: [Span] = []
    @exclusivity(unchecked) var persons: [Span] = []
    @exclusivity(unchecked) var spans: [Span] = []
    @exclusivity(unchecked) var spans2: [Span] = []
    @exclusivity(unchecked) var all: [Span] = []
    @exclusivity(unchecked) var extra: [Span] = []
    @exclusivity(unchecked) var hits: [GazHit] = []
    @exclusivity(unchecked) var countries: [CountryHit] = []
    @exclusivity(unchecked) var entities: [EntityInfo] = []
    @exclusivity(unchecked) var titleParses: [TitleParse] = []
    @exclusivity(unchecked) var personKeys: [Int] = []

    private init(capacity: Int) {
        self.capacity = capacity
        info = .allocate(capacity: capacity)
        masks = .allocate(capacity: capacity)
        cueMasks = .allocate(capacity: capacity)
        caps = .allocate(capacity: capacity)
        cues = .allocate(capacity: capacity)
    }

    deinit {
        info.deallocate(); masks.deallocate(); cueMasks.deallocate(); caps.deallocate(); cues.deallocate()
    }

    /// Per-token info for `count` tokens, all zero (a blank `TokInfo`).
    func info(_ count: Int) -> Slab<TokInfo> {
        UnsafeMutableRawPointer(info).initializeMemory(as: UInt8.self, repeating: 0, count: count * MemoryLayout<TokInfo>.stride)
        return Slab(base: info, count: count)
    }

    /// Per-token masks for `count` tokens, all zero.
    func masks(_ count: Int) -> Slab<UInt64> {
        masks.initialize(repeating: 0, count: count)
        return Slab(base: masks, count: count)
    }

    /// Raw room for up to `capacity` positions and cue masks (see `Slab(base:count:)`).
    var capsBase: UnsafeMutablePointer<Int> { caps }
    var cuesBase: UnsafeMutablePointer<Int> { cues }
    var cueMasksBase: UnsafeMutablePointer<UInt64> { cueMasks }

    private static let lock = NSLock()
    nonisolated(unsafe) private static var free: [EntityWorkspace] = []
    /// Kept for reuse only up to this many tokens (a huge article's memory goes back).
    private static let keepLimit = 1 << 16

    /// A workspace for `tokens` tokens (room for `tokens + 1`).
    static func take(tokens: Int) -> EntityWorkspace {
        let need = tokens + 1
        lock.lock()
        let w = free.popLast()
        lock.unlock()
        if let w, w.capacity >= need { return w }
        return EntityWorkspace(capacity: max(need, 1024))
    }

    static func give(_ w: EntityWorkspace) {
        guard w.capacity <= keepLimit else { return }
        lock.lock()
        if free.count < 16 { free.append(w) }
        lock.unlock()
    }
}
