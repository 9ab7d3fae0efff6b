/// A sentence as a token range of a `TextAnalysis`.
public struct Sentence: Sendable, Equatable {
    public var tokenStart: Int
    public var tokenEnd: Int
    public var start: Int
    public var end: Int
    public var isCaption: Bool
    public init(tokenStart: Int, tokenEnd: Int, start: Int, end: Int, isCaption: Bool = false) {
        self.tokenStart = tokenStart; self.tokenEnd = tokenEnd; self.start = start; self.end = end; self.isCaption = isCaption
    }
}

/// Splits tokens into sentences. Survives wire text: abbreviations (`M.`, `Dr`, `St.`), initials
/// (`U.S.`, `J. Smith`), decimals (`30,4`, `1.5`), guillemets, and sentences glued without a
/// space (`années.La visite`).
public struct SentenceSplitter: Sendable {
    /// Folded hashes of words that end with a period without ending the sentence.
    let abbreviations: Set<UInt64>

    public init(abbreviations: [String]) {
        var set = Set<UInt64>()
        for a in abbreviations {
            let f = FoldTable.shared.fold(a).trimmingSpaces
            var w = Substring(f)
            while w.hasSuffix(".") { w = w.dropLast() }
            if !w.isEmpty { set.insert(fnv1a(Array(w.utf8))) }
        }
        self.abbreviations = set
    }

    public func split(_ a: TextAnalysis, captions: [Range<Int>] = []) -> [Sentence] {
        let toks = a.tokens
        var out: [Sentence] = []
        guard !toks.isEmpty else { return out }
        var start = 0
        func emit(_ end: Int) {
            guard end > start else { return }
            let s = toks[start].start, e = toks[end - 1].end
            let cap = captions.contains { $0.contains(s) }
            out.append(Sentence(tokenStart: start, tokenEnd: end, start: s, end: e, isCaption: cap))
            start = end
        }
        var i = 0
        while i < toks.count {
            let t = toks[i]
            if i > start, t.flags.contains(.paragraphBefore) { emit(i); continue }
            if i > start, t.flags.contains(.newlineBefore), softBreakEnds(a, i) { emit(i); continue }
            if t.kind == .punct, isTerminal(a, i) {
                var end = i + 1
                // Closing quotes and brackets stay with their sentence.
                while end < toks.count, toks[end].kind == .punct, !toks[end].flags.contains(.newlineBefore) {
                    let u = a.scalars[toks[end].start]
                    // A closing guillemet may stand after a space (`fini. »`); other closers are glued.
                    let closing = u == "\u{00BB}" || u == "\u{201D}" || u == "\u{203A}"
                        || (!toks[end].spaceBefore && (u == "\"" || u == ")" || u == "'" || u == "]" || u == "\u{2019}"))
                    guard closing else { break }
                    end += 1
                }
                if end >= toks.count { i = end; break }
                if startsSentence(a, end, afterStop: i) { emit(end); i = end; continue }
            }
            i += 1
        }
        emit(toks.count)
        return out
    }

    private func isTerminal(_ a: TextAnalysis, _ i: Int) -> Bool {
        a.token(i, is: ".") || a.token(i, is: "!") || a.token(i, is: "?") || a.token(i, is: "...")
    }

    /// A line break ends a sentence unless the line was wrapped mid-sentence.
    private func softBreakEnds(_ a: TextAnalysis, _ i: Int) -> Bool {
        let prev = a.tokens[i - 1], next = a.tokens[i]
        if prev.kind == .punct && (a.token(i - 1, is: ",") || a.token(i - 1, is: "-")) { return false }
        if next.kind == .word && !next.isCapitalized { return false }
        return true
    }

    private func startsSentence(_ a: TextAnalysis, _ next: Int, afterStop stop: Int) -> Bool {
        let toks = a.tokens
        let n = toks[next]
        var first = next
        // Opening quote or dash before the first word.
        while first < toks.count, toks[first].kind == .punct, a.token(first, is: "\"") || a.token(first, is: "-") || a.token(first, is: "(") { first += 1 }
        guard first < toks.count else { return true }
        let f = toks[first]
        let startsLikeSentence = (f.kind == .word && f.isCapitalized) || f.kind == .number
        guard startsLikeSentence else { return false }
        guard a.token(stop, is: ".") else { return true }
        guard stop > 0 else { return true }
        let p = toks[stop - 1]
        if n.spaceBefore || n.flags.contains(.newlineBefore) {
            if p.kind == .word {
                if abbreviations.contains(p.hash) { return false }
                // An initial: one capital letter after a space or another period (J. Smith, U.S.).
                if p.end - p.start == 1 && p.isCapitalized { return false }
            }
            if p.kind == .number && f.kind == .number { return false }
            return true
        }
        // Glued: "années.La" is a boundary; "30.4", "U.S" and "www.x" are not.
        guard p.kind == .word, f.kind == .word, p.end - p.start >= 2, !p.flags.contains(.allCaps) else { return false }
        return !abbreviations.contains(p.hash) && f.end - f.start >= 2
    }
}
