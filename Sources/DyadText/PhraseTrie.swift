/// A trie over token sequences: multi-word lexicon entries are found in one left-to-right walk.
/// Keys are token hashes, so a phrase in the data and the same words in an article meet after
/// folding and tokenization, whatever their case, accents or apostrophes.
public struct PhraseTrie: Sendable {
    public struct Entry: Sendable {
        public var payload: Int32
        /// The first token must be capitalised in the text (proper nouns).
        public var needsCapital: Bool
        /// Marked `?` in the data: accept only with supporting context.
        public var ambiguous: Bool
        /// Written in capitals in the data (`US`, `EAU`): the text must use capitals too.
        public var needsAllCaps: Bool = false
    }

    /// Edges (node, token hash) → child in one open-addressing table, each slot holding hash,
    /// node and child together: a probe costs a multiply and one cache line, where a Dictionary
    /// would hash with SipHash.
    private struct Edge {
        var hash: UInt64
        var node: Int32
        var child: Int32
    }
    private var edges: [Edge] = Array(repeating: Edge(hash: 0, node: -1, child: 0), count: 64)
    private var edgeCount = 0
    private var nodeCount = 1
    private var entries: [[Entry]] = [[]]
    /// One bit per (high bits of) a first token's hash: most tokens start no phrase, and this
    /// small table answers that without touching the larger edge table.
    private var rootFilter: [UInt64] = Array(repeating: 0, count: PhraseTrie.filterWords)
    private static let filterWords = 1024

    /// Every node's entry payloads in one flat list (`flatStart[node]..<flatStart[node + 1]`),
    /// built by `freeze()`: a walk then reads payloads without copying a list per match.
    private var flatPayloads: [Int32] = []
    private var flatStart: [Int32] = []

    public init() {}

    /// Builds the flat payload table once every phrase is in.
    public mutating func freeze() {
        flatStart = [Int32](repeating: 0, count: nodeCount + 1)
        flatPayloads = []
        for node in 0..<nodeCount {
            flatStart[node] = Int32(flatPayloads.count)
            for e in entries[node] { flatPayloads.append(e.payload) }
        }
        flatStart[nodeCount] = Int32(flatPayloads.count)
    }

    /// Calls `body` with (end token, payload) for every entry of every match starting at token `i`,
    /// shortest first, with no capital filtering: the rule scanner's walk. Needs `freeze()`.
    @inline(__always)
    public func forEachPayload(in a: TextAnalysis, at i: Int, maxTokens: Int = 16, _ body: (_ end: Int, _ payload: Int32) -> Void) {
        let toks = a.tokens
        guard i < toks.count, mayBeRoot(toks[i].hash), flatStart.count == nodeCount + 1 else { return }
        flatPayloads.withUnsafeBufferPointer { payloads in
            flatStart.withUnsafeBufferPointer { starts in
                var node: Int32 = 0
                var j = i
                while j < toks.count, j - i < maxTokens {
                    if j > i && toks[j].flags.contains(.paragraphBefore) { break }
                    guard let next = child(node, toks[j].hash) else { break }
                    node = next
                    j += 1
                    let lo = Int(starts[Int(node)]), hi = Int(starts[Int(node) + 1])
                    var k = lo
                    while k < hi { body(j, payloads[k]); k += 1 }
                }
            }
        }
    }

    public var isEmpty: Bool { edgeCount == 0 }

    @inline(__always)
    private static func slot(_ node: Int32, _ hash: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: ((hash ^ (UInt64(UInt32(bitPattern: node)) &* 0x9E3779B97F4A7C15)) &* 0xff51afd7ed558ccd) >> 20) & mask
    }

    /// Bit of `rootFilter` for a token hash: 16 bits from the top (the slot uses other bits).
    @inline(__always)
    private static func filterBit(_ hash: UInt64) -> (word: Int, bit: UInt64) {
        let b = Int(truncatingIfNeeded: hash >> 48)
        return (b >> 6, 1 << UInt64(b & 63))
    }

    @inline(__always)
    private func mayBeRoot(_ hash: UInt64) -> Bool {
        let (w, bit) = PhraseTrie.filterBit(hash)
        return rootFilter[w] & bit != 0
    }

    @inline(__always)
    private func child(_ node: Int32, _ hash: UInt64) -> Int32? {
        edges.withUnsafeBufferPointer { e in
            let mask = e.count - 1
            var i = PhraseTrie.slot(node, hash, mask)
            while true {
                let n = e[i].node
                if n == -1 { return nil }
                if n == node && e[i].hash == hash { return e[i].child }
                i = (i + 1) & mask
            }
        }
    }

    private mutating func addEdge(_ node: Int32, _ hash: UInt64, _ child: Int32) {
        if (edgeCount + 1) * 2 > edges.count {
            let old = edges
            edges = Array(repeating: Edge(hash: 0, node: -1, child: 0), count: old.count * 2)
            edgeCount = 0
            for e in old where e.node != -1 { addEdge(e.node, e.hash, e.child) }
        }
        if node == 0 {
            let (w, bit) = PhraseTrie.filterBit(hash)
            rootFilter[w] |= bit
        }
        let mask = edges.count - 1
        var i = PhraseTrie.slot(node, hash, mask)
        while edges[i].node != -1 { i = (i + 1) & mask }
        edges[i] = Edge(hash: hash, node: node, child: child)
        edgeCount += 1
    }

    /// Adds a phrase as written in a data file; `?` prefix marks it ambiguous.
    public mutating func insert(_ phrase: String, payload: Int32, caseSensitive: Bool = true) {
        var p = Substring(phrase.trimmingSpaces)
        var ambiguous = false
        if p.hasPrefix("?") { ambiguous = true; p = p.dropFirst() }
        let analysis = TextAnalysis(String(p))
        guard !analysis.tokens.isEmpty else { return }
        var node: Int32 = 0
        for t in analysis.tokens {
            if let next = child(node, t.hash) { node = next }
            else {
                let id = Int32(nodeCount)
                nodeCount += 1
                entries.append([])
                addEdge(node, t.hash, id)
                node = id
            }
        }
        let needsCapital = caseSensitive && analysis.tokens[0].isCapitalized
        let needsAllCaps = caseSensitive && analysis.tokens[0].flags.contains(.allCaps)
        if !entries[Int(node)].contains(where: { $0.payload == payload }) {
            entries[Int(node)].append(Entry(payload: payload, needsCapital: needsCapital, ambiguous: ambiguous, needsAllCaps: needsAllCaps))
        }
    }

    /// Whether some phrase starts with this token (a cheap test before `matches`).
    @inline(__always)
    public func mayStart(with t: Token) -> Bool { mayBeRoot(t.hash) && child(0, t.hash) != nil }

    /// Every match starting at token `i`, longest first, keeping only entries whose capital
    /// requirements the text meets: (end token index exclusive, entries).
    public func matches(in a: TextAnalysis, at i: Int, maxTokens: Int = 16) -> [(end: Int, entries: [Entry])] {
        var out: [(Int, [Entry])] = []
        let first = a.tokens[i]
        forEachMatch(in: a, at: i, maxTokens: maxTokens) { end, entries in
            let ok = entries.filter {
                first.kind != .word || ((!$0.needsCapital || first.isCapitalized) && (!$0.needsAllCaps || first.flags.contains(.allCaps)))
            }
            if !ok.isEmpty { out.append((end, ok)) }
        }
        return out.reversed()
    }

    /// Calls `body` for every match starting at token `i` (shortest first), without filtering on
    /// capitals and without building arrays: the hot path of the rule scanner.
    @inline(__always)
    public func forEachMatch(in a: TextAnalysis, at i: Int, maxTokens: Int = 16, _ body: (_ end: Int, _ entries: [Entry]) -> Void) {
        var node: Int32 = 0
        var j = i
        let toks = a.tokens
        while j < toks.count, j - i < maxTokens {
            if j > i && toks[j].flags.contains(.paragraphBefore) { break }
            guard let next = child(node, toks[j].hash) else { break }
            node = next
            j += 1
            let e = entries[Int(node)]
            if !e.isEmpty { body(j, e) }
        }
    }

    /// The longest match at token `i`, if any; for a word, the longest whose entries the
    /// text's capitals allow, with only those entries (what `matches(in:at:).first` gives,
    /// without building the list).
    @inline(__always)
    public func longest(in a: TextAnalysis, at i: Int) -> (end: Int, entries: [Entry])? {
        let first = a.tokens[i]
        // Fast reject: most tokens start no phrase.
        guard mayBeRoot(first.hash), child(0, first.hash) != nil else { return nil }
        if first.kind != .word {
            var best: (Int, [Entry])? = nil
            forEachMatch(in: a, at: i) { end, entries in best = (end, entries) }
            return best
        }
        let cap = first.isCapitalized, allCaps = first.flags.contains(.allCaps)
        @inline(__always) func allowed(_ e: Entry) -> Bool { (!e.needsCapital || cap) && (!e.needsAllCaps || allCaps) }
        var best: (Int, [Entry])? = nil
        forEachMatch(in: a, at: i) { end, entries in
            if entries.contains(where: allowed) { best = (end, entries) }
        }
        guard let (end, entries) = best else { return nil }
        // Share the stored list when nothing is filtered out.
        return entries.allSatisfy(allowed) ? (end, entries) : (end, entries.filter(allowed))
    }
}

extension String {
    var trimmingSpaces: String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" || l == "\r" { s.removeLast() }
        return String(s)
    }
}
