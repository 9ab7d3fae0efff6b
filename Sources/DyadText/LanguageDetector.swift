/// Guesses the language of a body: script first (Cyrillic → ru; Vietnamese letters → vi),
/// then function-word counts for the Latin-script languages.
public struct LanguageDetector: Sendable {
    /// Folded function words per language; a word may count for several.
    let stopwords: [String: Set<UInt64>]
    /// How many languages list each word: a word shared by two (`la`, `en`) says less than one of
    /// their own (`le`, `el`), so it counts for a half in each.
    let sharing: [UInt64: Int]

    public init(stopwords: [String: [String]]) {
        var m: [String: Set<UInt64>] = [:]
        for (lang, words) in stopwords {
            m[lang] = Set(words.map { fnv1a(Array(FoldTable.shared.fold($0).utf8)) })
        }
        self.stopwords = m
        var sharing: [UInt64: Int] = [:]
        for set in m.values { for h in set { sharing[h, default: 0] += 1 } }
        self.sharing = sharing
    }

    public func detect(_ a: TextAnalysis) -> String {
        var cyrillic = 0, latin = 0, vietnamese = 0
        for u in a.scalars.prefix(20000) {
            let v = u.value
            if v >= 0x400 && v <= 0x4FF { cyrillic += 1 }
            else if (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) || (v >= 0xC0 && v <= 0x24F) { latin += 1 }
            // Letters that only Vietnamese uses: ơ ư ă đ and the dot-below/hook-above vowels.
            if v == 0x1A1 || v == 0x1A0 || v == 0x1B0 || v == 0x1AF || v == 0x103 || v == 0x102 || v == 0x111 || v == 0x110
                || (v >= 0x1EA0 && v <= 0x1EF9) { vietnamese += 1 }
            if v >= 0x1EA0 && v <= 0x1EF9 { latin += 1 }
        }
        if cyrillic > latin { return "ru" }
        if latin > 0 && vietnamese * 12 > latin { return "vi" }
        var best = "en", bestScore = -1.0
        for lang in stopwords.keys.sorted() {
            guard let set = stopwords[lang] else { continue }
            var score = 0.0
            for t in a.tokens.prefix(3000) where t.kind == .word && set.contains(t.hash) { score += 1 / Double(sharing[t.hash] ?? 1) }
            if score > bestScore { best = lang; bestScore = score }
        }
        return bestScore <= 0 ? "en" : best
    }
}
