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

    /// Edges (node, token hash) → child in one open-addressing table: a probe costs a multiply
    /// and a compare, where a Dictionary would hash with SipHash.
    private var edgeNode: [Int32] = Array(repeating: -1, count: 64)
    private var edgeHash: [UInt64] = Array(repeating: 0, count: 64)
    private var edgeChild: [Int32] = Array(repeating: 0, count: 64)
    private var edgeCount = 0
    private var nodeCount = 1
    private var entries: [[Entry]] = [[]]

    public init() {}

    public var isEmpty: Bool { edgeCount == 0 }

    @inline(__always)
    private static func slot(_ node: Int32, _ hash: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: ((hash ^ (UInt64(UInt32(bitPattern: node)) &* 0x9E3779B97F4A7C15)) &* 0xff51afd7ed558ccd) >> 20) & mask
    }

    @inline(__always)
    private func child(_ node: Int32, _ hash: UInt64) -> Int32? {
        let mask = edgeNode.count - 1
        var i = PhraseTrie.slot(node, hash, mask)
        while true {
            let n = edgeNode[i]
            if n == -1 { return nil }
            if n == node && edgeHash[i] == hash { return edgeChild[i] }
            i = (i + 1) & mask
        }
    }

    private mutating func addEdge(_ node: Int32, _ hash: UInt64, _ child: Int32) {
        if (edgeCount + 1) * 2 > edgeNode.count {
            let oldN = edgeNode, oldH = edgeHash, oldC = edgeChild
            let cap = edgeNode.count * 2
            edgeNode = Array(repeating: -1, count: cap); edgeHash = Array(repeating: 0, count: cap); edgeChild = Array(repeating: 0, count: cap)
            edgeCount = 0
            for k in oldN.indices where oldN[k] != -1 { addEdge(oldN[k], oldH[k], oldC[k]) }
        }
        let mask = edgeNode.count - 1
        var i = PhraseTrie.slot(node, hash, mask)
        while edgeNode[i] != -1 { i = (i + 1) & mask }
        edgeNode[i] = node; edgeHash[i] = hash; edgeChild[i] = child
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
    public func mayStart(with t: Token) -> Bool { child(0, t.hash) != nil }

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

    /// The longest match at token `i`, if any.
    @inline(__always)
    public func longest(in a: TextAnalysis, at i: Int) -> (end: Int, entries: [Entry])? {
        // Fast reject: most tokens start no phrase.
        guard child(0, a.tokens[i].hash) != nil else { return nil }
        if a.tokens[i].kind != .word {
            var best: (Int, [Entry])? = nil
            forEachMatch(in: a, at: i) { end, entries in best = (end, entries) }
            return best
        }
        return matches(in: a, at: i).first
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
