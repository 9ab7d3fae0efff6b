import DyadCore
import DyadData
import DyadText

/// Countries by name and by demonym, from `<lang>/countries.tsv` and `<lang>/demonyms.tsv`.
public struct CountryTagger: MentionTagger {
    public let codes: [String]
    let trie: PhraseTrie
    /// Canonical name per code in this language (first form of countries.tsv).
    public let names: [String: String]
    /// Demonym payloads are offset by this much, to tell them from names.
    static let demonymFlag: Int32 = 1 << 20

    public init(lang: String) {
        var codes: [String] = []
        var index: [String: Int32] = [:]
        var names: [String: String] = [:]
        var trie = PhraseTrie()
        func id(_ code: String) -> Int32 {
            if let i = index[code] { return i }
            let i = Int32(codes.count); codes.append(code); index[code] = i; return i
        }
        for row in DataFiles.rows("\(lang)/countries.tsv") where row.count >= 2 {
            let code = String(row[0])
            let forms = row[1].split(separator: "|")
            if names[code] == nil, let f = forms.first { names[code] = String(f.hasPrefix("?") ? f.dropFirst() : f) }
            for f in forms { trie.insert(String(f), payload: id(code)) }
        }
        for row in DataFiles.rows("\(lang)/demonyms.tsv") where row.count >= 2 {
            let code = String(row[0])
            for f in row[1].split(separator: "|") { trie.insert(String(f), payload: id(code) | CountryTagger.demonymFlag) }
        }
        self.codes = codes
        self.trie = trie
        self.names = names
    }

    public func tag(_ ctx: TagContext, into mentions: inout [Mention]) {
        let a = ctx.analysis
        let toks = a.tokens
        var i = 0
        while i < toks.count {
            guard toks[i].kind == .word, let m = trie.longest(in: a, at: i) else { i += 1; continue }
            let entry = m.entries[0]
            if entry.ambiguous && !ambiguousFormHolds(a, i, m.end, lowerCaseForm: !entry.needsCapital) { i += 1; continue }
            let isDemonym = entry.payload & CountryTagger.demonymFlag != 0
            let code = codes[Int(entry.payload & ~CountryTagger.demonymFlag)]
            mentions.append(Mention(kind: .country, start: toks[i].start, end: toks[m.end - 1].end, code: code,
                                    source: isDemonym ? "demonym" : "country", priority: 1))
            i = m.end
        }
    }

    /// An ambiguous name (`Chad`, `Jordan`, `Georgia`) counts only when capitalised and not part
    /// of a longer proper name (`Michael Jordan`, `Chad Smith`, `Atlanta, Georgia`).
    func ambiguousFormHolds(_ a: TextAnalysis, _ i: Int, _ end: Int, lowerCaseForm: Bool) -> Bool {
        let toks = a.tokens
        // A lower-case adjective (`indien`) is the demonym; capitalised inside a name (`océan Indien`) it is not.
        if lowerCaseForm { return !toks[i].isCapitalized || i == 0 || a.tokens[i - 1].kind != .word }
        guard toks[i].isCapitalized else { return false }
        if end < toks.count, toks[end].kind == .word, toks[end].isCapitalized, toks[end].spaceBefore,
           !toks[end].flags.contains(.newlineBefore) { return false }
        if i > 0, toks[i - 1].kind == .word, toks[i - 1].isCapitalized, !isSentenceStart(a, i - 1) { return false }
        if i > 1, a.token(i - 1, is: ","), toks[i - 2].kind == .word, toks[i - 2].isCapitalized { return false }
        return true
    }

    func isSentenceStart(_ a: TextAnalysis, _ i: Int) -> Bool {
        i == 0 || a.tokens[i].flags.contains(.newlineBefore) || a.token(i - 1, is: ".")
    }
}
