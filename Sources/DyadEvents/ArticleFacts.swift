import DyadCore
import DyadTaggers
import DyadText

/// A span of the article that stands for a party: a country name or demonym, a person, an
/// organisation or place with a country, or a title linked to a person.
public struct PartyMention: Sendable {
    /// Id and kind of the entity: small values, so party lists copy without reference counting.
    public struct EntityRef: Sendable {
        public var id: String
        public var kind: MentionKind
    }
    public var tokenStart: Int
    public var tokenEnd: Int
    public var entity: EntityRef
    public var country: String
    public var isPerson: Bool { entity.kind == .person }
}

/// What the event rules read about one article: tokens, sentences, mentions, entities,
/// rule-phrase hits and the article's main pair of countries.
public final class ArticleFacts {
    public let analysis: TextAnalysis
    public let sentences: [Sentence]
    public let mentions: [Mention]
    public let entities: [Entity]
    public let parties: [PartyMention]
    public let hits: [Hit]
    public let rules: RuleSet
    public let mainPair: [String]
    /// Mention index by token index (-1 when none starts there).
    public let mentionStartingAt: [Int32]
    public let documentYear: Int?
    /// Per token: the word classes whose phrases start there (bit per class), the preposition
    /// kind starting there, and for each mention the token after it.
    let classMask: [UInt64]
    /// The hits split by what they mean, so each question scans only its own kind.
    public let triggerHits: [Hit]
    let statusHits: [Hit]
    let attributionHits: [Hit]
    /// Index into `rules.prepositionKinds` of the preposition starting at each token, or -1.
    let prepositionAt: [Int8]
    let mentionEndToken: [Int32]
    /// Tokens inside a date, time or duration mention.
    let inTemporal: [Bool]
    /// Masks of the classes the engine itself consults, resolved once per article.
    public struct Classes {
        public var pronoun: UInt64 = 0, definite: UInt64 = 0, determiner: UInt64 = 0, frame: UInt64 = 0, goal: UInt64 = 0
        public var mechanism: UInt64 = 0, passive: UInt64 = 0, possessive: UInt64 = 0, timePrep: UInt64 = 0, anaphor: UInt64 = 0
    }
    public let cls: Classes
    /// The kind of each entity id.
    public let entityKind: [String: MentionKind]
    /// The country entity of each code.
    public let countryEntity: [String: String]
    /// First token after a dateline such as `Prague, 5 mai (VNA) -` or `ASTANA —` (0 when none).
    public let datelineEnd: Int

    public init(analysis: TextAnalysis, sentences: [Sentence], mentions: [Mention], entities: [Entity], rules: RuleSet,
                title: String?, documentYear: Int?) {
        self.analysis = analysis
        self.sentences = sentences
        self.mentions = mentions
        self.entities = entities
        self.rules = rules
        self.documentYear = documentYear
        var starting = [Int32](repeating: -1, count: analysis.tokens.count)
        for (i, m) in mentions.enumerated() {
            let t = analysis.tokenIndex(atOrAfter: m.start)
            if t < starting.count, analysis.tokens[t].start == m.start { starting[t] = Int32(i) }
        }
        mentionStartingAt = starting
        var parties: [PartyMention] = []
        for e in entities {
            guard let c = e.kind == .country ? e.code : e.country else { continue }
            for r in e.mentions {
                let ts = analysis.tokenIndex(atOrAfter: r.lowerBound)
                var te = ts
                while te < analysis.tokens.count, analysis.tokens[te].start < r.upperBound { te += 1 }
                guard te > ts else { continue }
                parties.append(PartyMention(tokenStart: ts, tokenEnd: te, entity: .init(id: e.id, kind: e.kind), country: c))
            }
        }
        // Longer spans first at the same start, so a person's title span wins over the demonym inside it.
        parties.sort { $0.tokenStart != $1.tokenStart ? $0.tokenStart < $1.tokenStart : $0.tokenEnd > $1.tokenEnd }
        self.parties = parties
        hits = rules.scan(analysis)
        var masks = [UInt64](repeating: 0, count: analysis.tokens.count + 1)
        var preps = [Int8](repeating: -1, count: analysis.tokens.count + 1)
        var triggers: [Hit] = [], statuses: [Hit] = [], attributions: [Hit] = []
        for h in hits {
            let p = Int(h.payload)
            let slot = Int(rules.meaningSlot[p])
            switch rules.meaningKind[p] {
            case RuleSet.kindClass:
                if slot >= 0 { masks[h.start] |= 1 << UInt64(slot) }
            case RuleSet.kindPreposition: if preps[h.start] < 0 || h.end - h.start > 1 { preps[h.start] = Int8(slot) }
            case RuleSet.kindTrigger: triggers.append(h)
            case RuleSet.kindStatus: statuses.append(h)
            case RuleSet.kindAttribution: attributions.append(h)
            default: break
            }
        }
        triggerHits = triggers; statusHits = statuses; attributionHits = attributions

        classMask = masks
        func m(_ n: String) -> UInt64 { rules.classBit[n].map { 1 << UInt64($0) } ?? 0 }
        cls = Classes(pronoun: m("pronoun"), definite: m("definite"), determiner: m("determiner"), frame: m("frame"), goal: m("goal"),
                      mechanism: m("mechanism"), passive: m("passive"), possessive: m("possessive"), timePrep: m("time_prep"), anaphor: m("anaphor"))
        prepositionAt = preps
        mentionEndToken = mentions.map { Int32(analysis.tokenIndex(atOrAfter: $0.end)) }
        var temporal = [Bool](repeating: false, count: analysis.tokens.count + 1)
        for (i, m) in mentions.enumerated() where m.kind == .date || m.kind == .time || m.kind == .duration {
            let a = analysis.tokenIndex(atOrAfter: m.start)
            for t in a..<max(a, Int(mentionEndToken[i])) { temporal[t] = true }
        }
        inTemporal = temporal
        var ce: [String: String] = [:]
        for e in entities where e.kind == .country { if let c = e.code, ce[c] == nil { ce[c] = e.id } }
        countryEntity = ce
        var kinds: [String: MentionKind] = [:]
        for e in entities { kinds[e.id] = e.kind }
        entityKind = kinds
        datelineEnd = ArticleFacts.dateline(analysis)
        mainPair = ArticleFacts.mainPair(parties: parties, entities: entities, sentences: sentences, title: title, rules: rules)
    }

    /// The two countries the article is about: mentions weighted towards the title and lead.
    static func mainPair(parties: [PartyMention], entities: [Entity], sentences: [Sentence], title: String?, rules: RuleSet) -> [String] {
        var score: [String: Double] = [:]
        var first: [String: Int] = [:]
        let leadEnd = sentences.first(where: { !$0.isCaption })?.tokenEnd ?? 0
        for p in parties {
            // Blocs and organisations' codes are not countries.
            guard p.country.count == 3, p.country.uppercased() == p.country else { continue }
            let w = p.tokenStart < leadEnd ? 3.0 : 1.0
            score[p.country, default: 0] += w
            if first[p.country] == nil { first[p.country] = p.tokenStart }
        }
        if let title {
            let t = TextAnalysis(title)
            var ms: [Mention] = []
            let pack = LanguagePack.pack(for: rules.lang)
            pack.countries.tag(TagContext(analysis: t, pack: pack, reference: nil, sentences: []), into: &ms)
            for m in ms { if let c = m.code { score[c, default: 0] += 4 } }
        }
        let ranked = score.keys.sorted { (score[$0]!, -(first[$0] ?? Int.max)) > (score[$1]!, -(first[$1] ?? Int.max)) }
        return Array(ranked.prefix(2))
    }

    /// A dateline opens the body: a few tokens, an agency in capitals or brackets, then a dash.
    static func dateline(_ a: TextAnalysis) -> Int {
        let toks = a.tokens
        var i = 0
        while i < min(toks.count, 14) {
            if a.token(i, is: "-") && i > 0 {
                let p = toks[i - 1]
                let agencyBefore = a.token(i - 1, is: ")") || (p.kind == .word && p.flags.contains(.allCaps))
                if agencyBefore && i + 1 < toks.count && toks[i + 1].isCapitalized { return i + 1 }
            }
            if a.token(i, is: ".") { break }
            i += 1
        }
        return 0
    }

    public func text(_ s: Int, _ e: Int) -> String { analysis.text(s, e) }

    /// The sentence holding token `t`.
    public func sentenceIndex(ofToken t: Int) -> Int {
        var lo = 0, hi = sentences.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if sentences[mid].tokenStart <= t { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }

    /// Mentions of a kind whose tokens lie in [a, b).
    /// The status a word's ending signals (`entrera` → planned, `pourrait` → expected), if any.
    func suffixStatus(_ t: Int) -> String? {
        let tok = analysis.tokens[t]
        let len = Int(tok.fEnd - tok.fStart)
        guard tok.kind == .word, len >= 5 else { return nil }
        for (suffix, st) in rules.suffixCues where suffix.count < len {
            let base = Int(tok.fEnd) - suffix.count
            var ok = true
            for k in 0..<suffix.count where analysis.folded[base + k] != suffix[k] { ok = false; break }
            if ok { return rules.suffixExceptions.contains(tok.hash) ? nil : st }
        }
        return nil
    }

    /// The token after mention `i`.
    public func endToken(ofMention i: Int) -> Int { Int(mentionEndToken[i]) }

    public func mentions(_ kinds: [MentionKind], from a: Int, to b: Int) -> [(index: Int, token: Int, mention: Mention)] {
        var out: [(Int, Int, Mention)] = []
        guard a < b else { return out }
        for t in max(0, a)..<min(b, mentionStartingAt.count) {
            let mi = mentionStartingAt[t]
            if mi >= 0, kinds.contains(mentions[Int(mi)].kind) { out.append((Int(mi), t, mentions[Int(mi)])) }
        }
        return out
    }

    /// Party mentions starting inside [a, b) (binary search over the sorted list).
    public func parties(from a: Int, to b: Int) -> ArraySlice<PartyMention> {
        var lo = 0, hi = parties.count
        while lo < hi { let mid = (lo + hi) / 2; if parties[mid].tokenStart < a { lo = mid + 1 } else { hi = mid } }
        var end = lo
        while end < parties.count, parties[end].tokenStart < b { end += 1 }
        return parties[lo..<end]
    }

    /// Rule-phrase hits inside [a, b).
    public func hits(from a: Int, to b: Int) -> ArraySlice<Hit> { ArticleFacts.slice(hits, from: a, to: b) }

    /// The hits of a sorted list that start inside [a, b).
    static func slice(_ list: [Hit], from a: Int, to b: Int) -> ArraySlice<Hit> {
        var lo = 0, hi = list.count
        while lo < hi { let mid = (lo + hi) / 2; if list[mid].start < a { lo = mid + 1 } else { hi = mid } }
        var end = lo
        while end < list.count, list[end].start < b { end += 1 }
        return list[lo..<end]
    }

    public func triggers(from a: Int, to b: Int) -> ArraySlice<Hit> { ArticleFacts.slice(triggerHits, from: a, to: b) }
    func statuses(from a: Int, to b: Int) -> ArraySlice<Hit> { ArticleFacts.slice(statusHits, from: a, to: b) }
    func attributions(from a: Int, to b: Int) -> ArraySlice<Hit> { ArticleFacts.slice(attributionHits, from: a, to: b) }
    func classHits(_ name: String, from a: Int, to b: Int) -> ArraySlice<Hit> {
        guard let bit = rules.classBit[name] else { return [] }
        return hits(from: a, to: b).filter { rules.meaningKind[Int($0.payload)] == RuleSet.kindClass && rules.meaningSlot[Int($0.payload)] == Int32(bit) }[...]
    }

    public func hasClass(_ name: String, from a: Int, to b: Int) -> Bool {
        guard let bit = rules.classBit[name] else { return false }
        return hasClass(1 << UInt64(bit), from: a, to: b)
    }

    /// Whether a phrase of the classes in `mask` starts in [a, b).
    public func hasClass(_ mask: UInt64, from a: Int, to b: Int) -> Bool {
        guard mask != 0, a < b else { return false }
        for t in max(0, a)..<min(b, classMask.count) where classMask[t] & mask != 0 { return true }
        return false
    }

    /// Entries of a lookup table found in [a, b); an entry inside a longer one of the same table
    /// (`ministre` inside `vice-ministre`) does not count.
    public func lookups(_ table: String, from a: Int, to b: Int) -> [(value: String, hit: Hit)] {
        var found: [(String, Hit)] = []
        guard let ti = rules.tableIndex[table] else { return [] }
        for h in hits(from: max(0, a - 4), to: b) where rules.meaningKind[Int(h.payload)] == RuleSet.kindLookup && rules.meaningSlot[Int(h.payload)] == Int32(ti) {
            if case let .lookup(_, v) = rules.meanings[Int(h.payload)] { found.append((v, h)) }
        }
        return found.filter { x in
            x.1.start >= a && !found.contains { y in y.1.start <= x.1.start && y.1.end >= x.1.end && (y.1.end - y.1.start) > (x.1.end - x.1.start) }
        }
    }

    public func prepositionBefore(_ t: Int, lowerBound: Int) -> String? {
        // The preposition may be separated from the name by an article or an elided article.
        var k = t - 1
        var steps = 0
        while k >= max(0, lowerBound), steps < 3 {
            let kind = prepositionAt[k]
            if kind >= 0 { return rules.prepositionKinds[Int(kind)] }
            k -= 1; steps += 1
        }
        return nil
    }
}
