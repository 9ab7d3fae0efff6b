import DyadText

/// A phrase trie over token hashes like `PhraseTrie`, made for the per-token hot loop: edges
/// live in one open-addressing table keyed by (node, token hash), each slot holding hash, node
/// and child together (one cache line per probe), so a look-up is a multiplication and a probe
/// or two, and matching allocates nothing. Entries of a node are a linked list in one flat array.
final class FastTrie: @unchecked Sendable {
    struct Entry: Sendable {
        var payload: Int32
        /// The first token must be capitalised in the text (the form starts with a capital).
        var needsCapital: Bool
        /// Marked `?` in the data.
        var ambiguous: Bool
        /// Written in capitals in the data (`PCV`, `ESA`): the text must write it in capitals too.
        var needsAllCaps: Bool = false
        /// Next entry of the same node in `entryList`, or -1.
        var next: Int32 = -1
    }

    struct Edge {
        var hash: UInt64
        var node: Int32
        /// The child's id in the low 24 bits; above, the child's case flags (`nodeFlags`) and
        /// bit 3 (`hasChildren`) when the child has edges of its own: a walk reads no other table.
        var child: Int32
    }

    static let idMask: Int32 = (1 << 24) - 1
    static let hasChildren: UInt8 = 8

    @exclusivity(unchecked) private var edges: UnsafeMutablePointer<Edge>
    @exclusivity(unchecked) private var size: Int
    @exclusivity(unchecked) private var mask: Int
    @exclusivity(unchecked) private var edgeCount = 0
    /// Per node: its first and last entry in `entryList` (-1: none).
    @exclusivity(unchecked) private(set) var entryHead: [Int32] = [-1]
    @exclusivity(unchecked) private var entryTail: [Int32] = [-1]
    @exclusivity(unchecked) private(set) var entryList: [Entry] = []
    /// Per node: which first-token cases some entry accepts (1 lower case, 2 capitalised,
    /// 4 all capitals), and `hasChildren`; copied into the node's incoming edge.
    @exclusivity(unchecked) private var nodeFlags: [UInt8] = [0]
    /// Per node: its parent and the token hash of its incoming edge (to update that edge).
    @exclusivity(unchecked) private var parentOf: [Int32] = [-1]
    @exclusivity(unchecked) private var inHash: [UInt64] = [0]
    @exclusivity(unchecked) private var nodeCount: Int32 = 1
    /// `finish` was called: inserts update edge flags themselves.
    @exclusivity(unchecked) private var finished = false

    /// `capacity`: the number of edges expected (the table grows beyond it).
    init(capacity: Int = 256) {
        var size = 256
        while size < capacity * 2 { size <<= 1 }
        self.size = size
        mask = size - 1
        edges = .allocate(capacity: size)
        edges.initialize(repeating: Edge(hash: 0, node: -1, child: 0), count: size)
        // About one node an edge.
        entryHead.reserveCapacity(capacity + 1)
        entryTail.reserveCapacity(capacity + 1)
        nodeFlags.reserveCapacity(capacity + 1)
        parentOf.reserveCapacity(capacity + 1)
        inHash.reserveCapacity(capacity + 1)
    }

    deinit { edges.deallocate() }

    var isEmpty: Bool { edgeCount == 0 }

    @inline(__always) private static func slot(_ node: Int32, _ h: UInt64, _ mask: Int) -> Int {
        let x = (h ^ (UInt64(UInt32(bitPattern: node)) &* 0x9E3779B97F4A7C15))
        return Int(truncatingIfNeeded: x ^ (x >> 31)) & mask
    }

    @inline(__always) func child(_ node: Int32, _ h: UInt64) -> Int32 {
        let c = packedChild(node, h)
        return c < 0 ? -1 : c & FastTrie.idMask
    }

    /// The child with its flags in the high bits (see `Edge.child`), or -1.
    @inline(__always) func packedChild(_ node: Int32, _ h: UInt64) -> Int32 {
        let e = edges, m = mask
        var i = FastTrie.slot(node, h, m)
        // The first slot decides almost always: found or empty.
        let n0 = e[i].node
        let found = n0 == node && e[i].hash == h
        if _fastPath(found || n0 < 0) { return found ? e[i].child : -1 }
        i = (i + 1) & m
        while true {
            let n = e[i].node
            if n < 0 { return -1 }
            if n == node && e[i].hash == h { return e[i].child }
            i = (i + 1) & m
        }
    }

    /// A root child (`packedChild(0, h)`, found) in 13 bits: the id (below 512) and the flags
    /// above it; 0 for none. Nil when the trie has too many nodes for that.
    func rootCode(_ h: UInt64) -> UInt64? {
        guard nodeCount <= 512 else { return nil }
        let c = packedChild(0, h)
        guard c >= 0 else { return 0 }
        return UInt64(c & FastTrie.idMask) | UInt64(UInt8(truncatingIfNeeded: c >> 24)) << 9
    }

    /// `packedChild(0, h)` from `rootCode(h)` (a found child: code != 0).
    @inline(__always) static func rootChild(_ code: UInt64) -> Int32 {
        Int32(truncatingIfNeeded: code & 0x1FF) | Int32(truncatingIfNeeded: code >> 9) << 24
    }

    /// Copies a node's flags into its incoming edge.
    private func syncFlags(_ node: Int32) {
        let p = parentOf[Int(node)]
        guard p >= 0 else { return }
        let h = inHash[Int(node)]
        var i = FastTrie.slot(p, h, mask)
        while true {
            if edges[i].node == p && edges[i].hash == h {
                edges[i].child = node | Int32(nodeFlags[Int(node)]) << 24
                return
            }
            i = (i + 1) & mask
        }
    }

    private func addEdge(_ node: Int32, _ h: UInt64, _ child: Int32) {
        if (edgeCount + 1) * 2 > size { grow() }
        var i = FastTrie.slot(node, h, mask)
        while edges[i].node >= 0 { i = (i + 1) & mask }
        edges[i] = Edge(hash: h, node: node, child: child)
        edgeCount += 1
    }

    /// Ends the building: copies every node's flags into its incoming edge (inserts leave that
    /// to here), and rehashes the edges into the smallest table at most `maxLoad` full (a smaller
    /// table keeps more of itself in the caches). Insertions after this keep edges up to date
    /// one by one.
    func finish(maxLoad: Double = 0.7) {
        for i in 0..<size where edges[i].node >= 0 {
            let c = edges[i].child & FastTrie.idMask
            edges[i].child = c | Int32(nodeFlags[Int(c)]) << 24
        }
        finished = true
        compact(maxLoad: maxLoad)
    }

    private func compact(maxLoad: Double) {
        var newSize = 16
        while Double(edgeCount) > maxLoad * Double(newSize) { newSize <<= 1 }
        guard newSize < size else { return }
        let old = edges, oldSize = size
        size = newSize
        mask = size - 1
        edges = .allocate(capacity: size)
        edges.initialize(repeating: Edge(hash: 0, node: -1, child: 0), count: size)
        for i in 0..<oldSize where old[i].node >= 0 {
            var j = FastTrie.slot(old[i].node, old[i].hash, mask)
            while edges[j].node >= 0 { j = (j + 1) & mask }
            edges[j] = old[i]
        }
        old.deallocate()
    }

    private func grow() {
        let old = edges, oldSize = size
        size = oldSize * 2
        mask = size - 1
        edges = .allocate(capacity: size)
        edges.initialize(repeating: Edge(hash: 0, node: -1, child: 0), count: size)
        edgeCount = 0
        for i in 0..<oldSize where old[i].node >= 0 { addEdge(old[i].node, old[i].hash, old[i].child) }
        old.deallocate()
    }

    /// Adds a phrase as written in a data file; `?` prefix marks it ambiguous. A form whose first
    /// letter is a capital needs a capital in the text. Returns the hash of its first token.
    @discardableResult
    func insert(_ phrase: String, payload: Int32) -> UInt64 {
        var p = Substring(phrase)
        while p.first == " " || p.first == "\t" { p = p.dropFirst() }
        while p.last == " " || p.last == "\t" || p.last == "\r" { p = p.dropLast() }
        var ambiguous = false
        if p.hasPrefix("?") { ambiguous = true; p = p.dropFirst() }
        let a = TextAnalysis(String(p))
        return insert(tokens: a.tokens[...], payload: payload, ambiguous: ambiguous)
    }

    /// Adds a phrase already tokenized.
    @discardableResult
    func insert(tokens: ArraySlice<Token>, payload: Int32, ambiguous: Bool) -> UInt64 {
        guard let first = tokens.first else { return 0 }
        var node: Int32 = 0
        for t in tokens {
            let c = child(node, t.hash)
            if c >= 0 { node = c; continue }
            let id = nodeCount
            precondition(id < FastTrie.idMask, "trie too large")
            nodeCount += 1
            entryHead.append(-1)
            entryTail.append(-1)
            nodeFlags.append(0)
            parentOf.append(node)
            inHash.append(t.hash)
            addEdge(node, t.hash, id)
            if nodeFlags[Int(node)] & FastTrie.hasChildren == 0 {
                nodeFlags[Int(node)] |= FastTrie.hasChildren
                if finished { syncFlags(node) }
            }
            node = id
        }
        let needsCapital = first.isCapitalized
        var needsAllCaps = first.flags.contains(.allCaps)
        if needsAllCaps {
            for t in tokens where t.kind == .word && !t.flags.contains(.allCaps) { needsAllCaps = false; break }
        }
        let nd = Int(node)
        var k = entryHead[nd]
        while k >= 0 {
            if entryList[Int(k)].payload == payload { return first.hash }
            k = entryList[Int(k)].next
        }
        let idx = Int32(entryList.count)
        entryList.append(Entry(payload: payload, needsCapital: needsCapital, ambiguous: ambiguous, needsAllCaps: needsAllCaps))
        if entryTail[nd] >= 0 { entryList[Int(entryTail[nd])].next = idx } else { entryHead[nd] = idx }
        entryTail[nd] = idx
        nodeFlags[nd] |= needsAllCaps ? 4 : (needsCapital ? 6 : 7)
        if finished { syncFlags(node) }
        return first.hash
    }

    /// The longest phrase at token `i` with an entry that fits the text's case (and `accept`):
    /// its end (exclusive) and node, or nil.
    @inline(__always)
    func longest(_ a: TextAnalysis, _ i: Int, maxTokens: Int = 12) -> (end: Int, node: Int32)? {
        a.tokens.withUnsafeBufferPointer { toks in longest(toks, i, maxTokens: maxTokens) }
    }

    @inline(__always)
    func longest(_ toks: UnsafeBufferPointer<Token>, _ i: Int, maxTokens: Int = 12) -> (end: Int, node: Int32)? {
        guard i >= 0, i < toks.count else { return nil }
        let want = FastTrie.caseBit(toks[i])
        var node: Int32 = 0
        var j = i
        var bestEnd = -1
        var bestNode: Int32 = 0
        let limit = min(toks.count, i + maxTokens)
        while j < limit {
            if j > i && toks[j].flags.contains(.paragraphBefore) { break }
            let c = packedChild(node, toks[j].hash)
            if c < 0 { break }
            node = c & FastTrie.idMask
            let f = UInt8(truncatingIfNeeded: c >> 24)
            j += 1
            if f & want != 0 { bestEnd = j; bestNode = node }
            if f & FastTrie.hasChildren == 0 { break }
        }
        return bestEnd >= 0 ? (bestEnd, bestNode) : nil
    }

    /// `longest(toks, i)` when the first step, `packedChild(0, toks[i].hash)`, is already known
    /// (and found).
    @inline(__always)
    func longest(_ toks: UnsafeBufferPointer<Token>, _ i: Int, firstStep c0: Int32, maxTokens: Int = 12) -> (end: Int, node: Int32)? {
        guard i >= 0, i < toks.count, maxTokens > 0, c0 >= 0 else { return nil }
        let want = FastTrie.caseBit(toks[i])
        var node = c0 & FastTrie.idMask
        var f = UInt8(truncatingIfNeeded: c0 >> 24)
        var j = i + 1
        var bestEnd = -1
        var bestNode: Int32 = 0
        if f & want != 0 { bestEnd = j; bestNode = node }
        let limit = min(toks.count, i + maxTokens)
        while f & FastTrie.hasChildren != 0, j < limit {
            if toks[j].flags.contains(.paragraphBefore) { break }
            let c = packedChild(node, toks[j].hash)
            if c < 0 { break }
            node = c & FastTrie.idMask
            f = UInt8(truncatingIfNeeded: c >> 24)
            j += 1
            if f & want != 0 { bestEnd = j; bestNode = node }
        }
        return bestEnd >= 0 ? (bestEnd, bestNode) : nil
    }

    /// The case of a first token as a `nodeFlags` bit.
    @inline(__always) static func caseBit(_ t: Token) -> UInt8 {
        if t.kind != .word { return 2 }
        if t.flags.contains(.allCaps) { return 4 }
        return t.isCapitalized ? 2 : 1
    }

    @inline(__always) static func fits(_ e: Entry, _ t: Token) -> Bool {
        if e.needsAllCaps { return t.kind != .word || t.flags.contains(.allCaps) }
        return !e.needsCapital || t.isCapitalized || t.kind != .word
    }

    /// The longest phrase at `i` with an entry of `payload` that fits the text's case: its end.
    @inline(__always)
    func longest(_ a: TextAnalysis, _ i: Int, payload: Int32, maxTokens: Int = 12, firstStep: Int32 = Int32.min) -> Int? {
        let toks = a.tokens
        guard i >= 0, i < toks.count else { return nil }
        let first = toks[i]
        var node: Int32 = 0
        var j = i
        var best = -1
        let limit = min(toks.count, i + maxTokens)
        while j < limit {
            if j > i && toks[j].flags.contains(.paragraphBefore) { break }
            let c = j == i && firstStep != Int32.min ? firstStep : packedChild(node, toks[j].hash)
            if c < 0 { break }
            node = c & FastTrie.idMask
            let f = UInt8(truncatingIfNeeded: c >> 24)
            j += 1
            if f & 7 != 0 {
                var k = entryHead[Int(node)]
                while k >= 0 {
                    let e = entryList[Int(k)]
                    if e.payload == payload && FastTrie.fits(e, first) { best = j; break }
                    k = e.next
                }
            }
            if f & FastTrie.hasChildren == 0 { break }
        }
        return best >= 0 ? best : nil
    }

    /// The payload of the first entry of a node that fits the case of the first token.
    @inline(__always) func firstPayload(_ node: Int32, first: Token) -> Int32? {
        var k = entryHead[Int(node)]
        while k >= 0 {
            let e = entryList[Int(k)]
            if FastTrie.fits(e, first) { return e.payload }
            k = e.next
        }
        return nil
    }

    /// Calls `body` with every end of a phrase at `i` (shortest first) and its node.
    @inline(__always)
    func forEachMatch(_ a: TextAnalysis, _ i: Int, maxTokens: Int = 12, firstStep: Int32 = Int32.min, _ body: (Int, Int32) -> Void) {
        let toks = a.tokens
        guard i >= 0, i < toks.count else { return }
        let want = FastTrie.caseBit(toks[i])
        var node: Int32 = 0
        var j = i
        let limit = min(toks.count, i + maxTokens)
        while j < limit {
            if j > i && toks[j].flags.contains(.paragraphBefore) { break }
            let c = j == i && firstStep != Int32.min ? firstStep : packedChild(node, toks[j].hash)
            if c < 0 { break }
            node = c & FastTrie.idMask
            let f = UInt8(truncatingIfNeeded: c >> 24)
            j += 1
            if f & want != 0 { body(j, node) }
            if f & FastTrie.hasChildren == 0 { break }
        }
    }

    /// Every end of a phrase at `i`, longest first, with the node.
    func allMatches(_ a: TextAnalysis, _ i: Int, maxTokens: Int = 12) -> [(end: Int, node: Int32)] {
        var out: [(Int, Int32)] = []
        forEachMatch(a, i, maxTokens: maxTokens) { out.append(($0, $1)) }
        return out.reversed()
    }
}
