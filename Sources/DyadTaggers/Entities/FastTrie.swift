import DyadText

/// A phrase trie over token hashes like `PhraseTrie`, made for the per-token hot loop: edges
/// live in one open-addressing table keyed by (node, token hash), so a look-up is a couple of
/// multiplications and probes, and matching allocates nothing.
final class FastTrie: @unchecked Sendable {
    struct Entry: Sendable {
        var payload: Int32
        /// The first token must be capitalised in the text (the form starts with a capital).
        var needsCapital: Bool
        /// Marked `?` in the data.
        var ambiguous: Bool
        /// Written in capitals in the data (`PCV`, `ESA`): the text must write it in capitals too.
        var needsAllCaps: Bool = false
    }

    @exclusivity(unchecked) private var edgeNode: [Int32]
    @exclusivity(unchecked) private var edgeHash: [UInt64]
    @exclusivity(unchecked) private var edgeChild: [Int32]
    @exclusivity(unchecked) private var mask: Int
    @exclusivity(unchecked) private var edgeCount = 0
    @exclusivity(unchecked) private(set) var nodeEntries: [[Entry]] = [[]]
    /// Per node: which first-token cases some entry accepts (1 lower case, 2 capitalised,
    /// 4 all capitals).
    @exclusivity(unchecked) private var nodeFlags: [UInt8] = [0]
    @exclusivity(unchecked) private var nodeCount: Int32 = 1

    /// `capacity`: the number of edges expected (the table grows beyond it).
    init(capacity: Int = 256) {
        var size = 1024
        while size < capacity * 2 { size <<= 1 }
        edgeNode = Array(repeating: -1, count: size)
        edgeHash = Array(repeating: 0, count: size)
        edgeChild = Array(repeating: 0, count: size)
        mask = size - 1
    }

    var isEmpty: Bool { edgeCount == 0 }

    @inline(__always) private static func slot(_ node: Int32, _ h: UInt64, _ mask: Int) -> Int {
        let x = (h ^ (UInt64(UInt32(bitPattern: node)) &* 0x9E3779B97F4A7C15))
        return Int(truncatingIfNeeded: x ^ (x >> 31)) & mask
    }

    @inline(__always) func child(_ node: Int32, _ h: UInt64) -> Int32 {
        var i = FastTrie.slot(node, h, mask)
        while true {
            let n = edgeNode[i]
            if n < 0 { return -1 }
            if n == node && edgeHash[i] == h { return edgeChild[i] }
            i = (i + 1) & mask
        }
    }

    private func addEdge(_ node: Int32, _ h: UInt64, _ child: Int32) {
        if (edgeCount + 1) * 2 > edgeNode.count { grow() }
        var i = FastTrie.slot(node, h, mask)
        while edgeNode[i] >= 0 { i = (i + 1) & mask }
        edgeNode[i] = node; edgeHash[i] = h; edgeChild[i] = child
        edgeCount += 1
    }

    private func grow() {
        let n = edgeNode, h = edgeHash, c = edgeChild
        let size = n.count * 2
        edgeNode = Array(repeating: -1, count: size)
        edgeHash = Array(repeating: 0, count: size)
        edgeChild = Array(repeating: 0, count: size)
        mask = size - 1
        edgeCount = 0
        for i in 0..<n.count where n[i] >= 0 { addEdge(n[i], h[i], c[i]) }
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
            nodeCount += 1
            nodeEntries.append([])
            nodeFlags.append(0)
            addEdge(node, t.hash, id)
            node = id
        }
        let needsCapital = first.isCapitalized
        let needsAllCaps = first.flags.contains(.allCaps) && tokens.allSatisfy { $0.kind != .word || $0.flags.contains(.allCaps) }
        if !nodeEntries[Int(node)].contains(where: { $0.payload == payload }) {
            nodeEntries[Int(node)].append(Entry(payload: payload, needsCapital: needsCapital, ambiguous: ambiguous, needsAllCaps: needsAllCaps))
            nodeFlags[Int(node)] |= needsAllCaps ? 4 : (needsCapital ? 6 : 7)
        }
        return first.hash
    }

    /// The longest phrase at token `i` with an entry that fits the text's case (and `accept`):
    /// its end (exclusive) and node, or nil.
    @inline(__always)
    func longest(_ a: TextAnalysis, _ i: Int, maxTokens: Int = 12) -> (end: Int, node: Int32)? {
        let toks = a.tokens
        guard i >= 0, i < toks.count else { return nil }
        let want = FastTrie.caseBit(toks[i])
        var node: Int32 = 0
        var j = i
        var best: (Int, Int32)? = nil
        while j < toks.count, j - i < maxTokens {
            if j > i && toks[j].flags.contains(.paragraphBefore) { break }
            let c = child(node, toks[j].hash)
            if c < 0 { break }
            node = c
            j += 1
            if nodeFlags[Int(node)] & want != 0 { best = (j, node) }
        }
        return best
    }

    /// The longest phrase at `i` with an entry of `payload` that fits the text's case: its end.
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

    @inline(__always)
    func longest(_ a: TextAnalysis, _ i: Int, payload: Int32, maxTokens: Int = 12) -> Int? {
        let toks = a.tokens
        guard i >= 0, i < toks.count else { return nil }
        let first = toks[i]
        var node: Int32 = 0
        var j = i
        var best: Int? = nil
        while j < toks.count, j - i < maxTokens {
            if j > i && toks[j].flags.contains(.paragraphBefore) { break }
            let c = child(node, toks[j].hash)
            if c < 0 { break }
            node = c
            j += 1
            if nodeFlags[Int(node)] != 0 {
                for e in nodeEntries[Int(node)] where e.payload == payload && FastTrie.fits(e, first) { best = j; break }
            }
        }
        return best
    }

    /// The payload of the first entry of a node that fits the case of the first token.
    @inline(__always) func firstPayload(_ node: Int32, first: Token) -> Int32? {
        for e in nodeEntries[Int(node)] where FastTrie.fits(e, first) { return e.payload }
        return nil
    }

    /// The entries of a node that fit the case of the first token.
    func entries(_ node: Int32, first: Token) -> [Entry] {
        nodeEntries[Int(node)].filter { FastTrie.fits($0, first) }
    }

    /// Calls `body` with every end of a phrase at `i` (shortest first) and its node.
    @inline(__always)
    func forEachMatch(_ a: TextAnalysis, _ i: Int, maxTokens: Int = 12, _ body: (Int, Int32) -> Void) {
        let toks = a.tokens
        guard i >= 0, i < toks.count else { return }
        let want = FastTrie.caseBit(toks[i])
        var node: Int32 = 0
        var j = i
        while j < toks.count, j - i < maxTokens {
            if j > i && toks[j].flags.contains(.paragraphBefore) { break }
            let c = child(node, toks[j].hash)
            if c < 0 { break }
            node = c
            j += 1
            if nodeFlags[Int(node)] & want != 0 { body(j, node) }
        }
    }

    /// Every end of a phrase at `i`, longest first, with the node.
    func allMatches(_ a: TextAnalysis, _ i: Int, maxTokens: Int = 12) -> [(end: Int, node: Int32)] {
        var out: [(Int, Int32)] = []
        forEachMatch(a, i, maxTokens: maxTokens) { out.append(($0, $1)) }
        return out.reversed()
    }
}
