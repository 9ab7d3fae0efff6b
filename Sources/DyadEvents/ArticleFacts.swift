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

/// A set of mention kinds; `[.money, .number]` reads as before.
public struct MentionKinds: OptionSet, Sendable {
    public let rawValue: UInt16
    public init(rawValue: UInt16) { self.rawValue = rawValue }
    public init(_ kind: MentionKind) {
        let bit: UInt16
        switch kind {
        case .date: bit = 0
        case .time: bit = 1
        case .duration: bit = 2
        case .number: bit = 3
        case .ordinal: bit = 4
        case .money: bit = 5
        case .percent: bit = 6
        case .country: bit = 7
        case .person: bit = 8
        case .organization: bit = 9
        case .place: bit = 10
        }
        rawValue = 1 << bit
    }
    public static let date = MentionKinds(.date), time = MentionKinds(.time), duration = MentionKinds(.duration)
    public static let number = MentionKinds(.number), ordinal = MentionKinds(.ordinal), money = MentionKinds(.money)
    public static let percent = MentionKinds(.percent), country = MentionKinds(.country), person = MentionKinds(.person)
    public static let organization = MentionKinds(.organization), place = MentionKinds(.place)
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
    /// The kind of each mention as a set bit, so kind filters compare integers.
    let kindBit: [MentionKinds]
    public let documentYear: Int?
    /// The article's date as a day number (its first day when only the month is known).
    let documentDate: Int?
    /// Characters of the article's date as written (4, 7 or 10).
    let documentPrecision: Int
    /// Per token: the word classes whose phrases start there (bit per class), the preposition
    /// kind starting there, and for each mention the token after it.
    let classMask: [UInt64]
    /// The hits split by what they mean, so each question scans only its own kind.
    public let triggerHits: [Hit]
    let statusHits: [Hit]
    let attributionHits: [Hit]
    let lookupHits: [Hit]
    let wordClassHits: [Hit]
    /// Per token, the cue its ending matches (-1 none, -2 not read yet): memoised, as triggers of
    /// one sentence share tokens. A raw buffer, so reads need no exclusivity checks.
    private let suffixMemo: UnsafeMutableBufferPointer<Int16>
    /// Index into `rules.prepositionKinds` of the preposition starting at each token, or -1.
    let prepositionAt: [Int8]
    /// Slots of the preposition kinds the engine reads.
    let destSlot: Int8, genitiveSlot: Int8
    let mentionEndToken: [Int32]
    /// Per mention, `DateClaims.eventDate` of an exact date or time (nil otherwise).
    let eventDates: [EventDate?]
    /// Per mention, for a date counted from the story (`un an plus tard`), its offset in days.
    let narrativeOffset: [Int?]
    /// Tokens inside a date, time or duration mention.
    let inTemporal: [Bool]
    /// Masks of the classes the engine itself consults, resolved once per article.
    public struct Classes {
        public var pronoun: UInt64 = 0, definite: UInt64 = 0, determiner: UInt64 = 0, frame: UInt64 = 0, goal: UInt64 = 0
        public var mechanism: UInt64 = 0, passive: UInt64 = 0, possessive: UInt64 = 0, timePrep: UInt64 = 0, anaphor: UInt64 = 0
        public var agreementNoun: UInt64 = 0, ledBy: UInt64 = 0, clauseBreak: UInt64 = 0, decrease: UInt64 = 0
        public var conjunction: UInt64 = 0, topicPrep: UInt64 = 0, narrative: UInt64 = 0
    }
    public let cls: Classes
    /// The kind of each entity id.
    public let entityKind: [String: MentionKind]
    /// The country entity of each code, as a list: an article names a handful of countries,
    /// compared faster than hashed.
    let countryEntities: [(code: String, entity: String)]
    func entity(ofCountry code: String) -> String? { countryEntities.first { $0.code == code }?.entity }
    /// First token after a dateline such as `Prague, 5 mai (VNA) -` or `ASTANA —` (0 when none).
    public let datelineEnd: Int

    public init(analysis: TextAnalysis, sentences: [Sentence], mentions: [Mention], entities: [Entity], rules: RuleSet,
                title: String?, documentYear: Int?, documentDate: String? = nil) {
        self.analysis = analysis
        self.sentences = sentences
        self.mentions = mentions
        self.entities = entities
        self.rules = rules
        self.documentYear = documentYear
        self.documentDate = documentDate.flatMap(ArticleFacts.dayNumber)
        documentPrecision = min(10, documentDate?.utf8.count ?? 10)
        let tokens = analysis.tokens
        var starting = [Int32](repeating: -1, count: tokens.count)
        // Mentions come sorted by start, so their tokens are found walking forward; a mention's
        // end token lies a few tokens after its start token.
        var startToken = [Int32](repeating: 0, count: mentions.count)
        var ends = [Int32](repeating: 0, count: mentions.count)
        var cursor = TokenCursor(tokens)
        for i in mentions.indices {
            let start = mentions[i].start
            let t = cursor.first(endingAfter: start)
            startToken[i] = Int32(t)
            var e = t
            while e < tokens.count, Int(tokens[e].sEnd) <= mentions[i].end { e += 1 }
            ends[i] = Int32(e)
            if t < starting.count, tokens[t].start == start { starting[t] = Int32(i) }
        }
        mentionStartingAt = starting
        var bits = [MentionKinds](repeating: [], count: mentions.count)
        for i in mentions.indices { bits[i] = MentionKinds(mentions[i].kind) }
        kindBit = bits
        var parties: [PartyMention] = []
        for e in entities {
            guard let c = e.kind == .country ? e.code : e.country else { continue }
            var cursor = TokenCursor(tokens)
            for r in e.mentions {
                let ts = cursor.first(endingAfter: r.lowerBound)
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
        var triggers: [Hit] = [], statuses: [Hit] = [], attributions: [Hit] = [], lookups: [Hit] = [], classes: [Hit] = []
        for h in hits {
            let p = Int(h.payload)
            let slot = Int(rules.meaningSlot[p])
            switch rules.meaningKind[p] {
            case RuleSet.kindClass:
                if slot >= 0 { masks[h.start] |= 1 << UInt64(slot) }
                classes.append(h)
            case RuleSet.kindLookup: lookups.append(h)
            case RuleSet.kindPreposition: if preps[h.start] < 0 || h.end - h.start > 1 { preps[h.start] = Int8(slot) }
            case RuleSet.kindTrigger: triggers.append(h)
            case RuleSet.kindStatus: statuses.append(h)
            case RuleSet.kindAttribution: attributions.append(h)
            default: break
            }
        }
        triggerHits = triggers; statusHits = statuses; attributionHits = attributions; lookupHits = lookups; wordClassHits = classes
        suffixMemo = .allocate(capacity: analysis.tokens.count)
        suffixMemo.initialize(repeating: -2)

        classMask = masks
        func m(_ n: String) -> UInt64 { rules.classBit[n].map { 1 << UInt64($0) } ?? 0 }
        cls = Classes(pronoun: m("pronoun"), definite: m("definite"), determiner: m("determiner"), frame: m("frame"), goal: m("goal"),
                      mechanism: m("mechanism"), passive: m("passive"), possessive: m("possessive"), timePrep: m("time_prep"), anaphor: m("anaphor"),
                      agreementNoun: m("agreement_noun"), ledBy: m("led_by"), clauseBreak: m("clause_break"),
                      decrease: m("decrease"), conjunction: m("conjunction"),
                      topicPrep: m("topic_prep"), narrative: m("narrative"))
        prepositionAt = preps
        destSlot = ArticleFacts.slot(of: "dest", in: rules); genitiveSlot = ArticleFacts.slot(of: "genitive", in: rules)
        var dates = [EventDate?](repeating: nil, count: mentions.count)
        // `au-delà de 2030`, `after 2030` bound what is told, they do not date it.
        for i in mentions.indices where kindBit[i].intersection([.date, .time]) != [] && !mentions[i].approx && mentions[i].mod != "after" {
            dates[i] = DateClaims.eventDate(mentions[i])
        }
        eventDates = dates
        // `A year later`, `l'année suivante`: the tagger counts from the article's date; the story
        // counts from the date told before. Keep the offset, in days, to count it from there.
        var narrative = [Int?](repeating: nil, count: mentions.count)
        let narrativeMask = cls.narrative
        if let doc = documentDate.flatMap(ArticleFacts.dayNumber), narrativeMask != 0 {
            for i in mentions.indices where dates[i] != nil {
                let a = Int(startToken[i]), b = max(a, Int(ends[i]))
                guard (a..<b).contains(where: { masks[$0] & narrativeMask != 0 }) else { continue }
                if case let .point(p)? = dates[i], let day = ArticleFacts.dayNumber(p) { narrative[i] = day - doc }
            }
        }
        narrativeOffset = narrative
        mentionEndToken = ends
        var temporal = [Bool](repeating: false, count: analysis.tokens.count + 1)
        for i in mentions.indices where kindBit[i].intersection([.date, .time, .duration]) != [] {
            let a = Int(startToken[i])
            for t in a..<max(a, Int(mentionEndToken[i])) { temporal[t] = true }
        }
        inTemporal = temporal
        var ce: [(code: String, entity: String)] = []
        for e in entities where e.kind == .country { if let c = e.code, !ce.contains(where: { $0.code == c }) { ce.append((c, e.id)) } }
        countryEntities = ce
        var kinds: [String: MentionKind] = Dictionary(minimumCapacity: entities.count)
        for e in entities { kinds[e.id] = e.kind }
        entityKind = kinds
        datelineEnd = ArticleFacts.dateline(analysis)
        mainPair = ArticleFacts.mainPair(parties: parties, entities: entities, sentences: sentences, title: title, rules: rules)
    }

    deinit { suffixMemo.deallocate() }

    /// The two countries the article is about: mentions weighted towards the title and lead.
    static func mainPair(parties: [PartyMention], entities: [Entity], sentences: [Sentence], title: String?, rules: RuleSet) -> [String] {
        // An article names a handful of countries: lists beat hashing here, and keep ties in
        // order of first mention.
        var codes: [String] = [], score: [Double] = [], first: [Int] = []
        func slot(_ c: String) -> Int {
            if let i = codes.firstIndex(of: c) { return i }
            codes.append(c); score.append(0); first.append(Int.max)
            return codes.count - 1
        }
        let leadEnd = sentences.first(where: { !$0.isCaption })?.tokenEnd ?? 0
        for p in parties {
            // Blocs and organisations' codes are not countries.
            guard p.country.utf8.count == 3, p.country.utf8.allSatisfy({ !($0 >= 0x61 && $0 <= 0x7A) }) else { continue }
            let i = slot(p.country)
            score[i] += p.tokenStart < leadEnd ? 3.0 : 1.0
            if first[i] == Int.max { first[i] = p.tokenStart }
        }
        if let title {
            let t = TextAnalysis(title)
            var ms: [Mention] = []
            let pack = LanguagePack.pack(for: rules.lang)
            pack.countries.tag(TagContext(analysis: t, pack: pack, reference: nil, sentences: []), into: &ms)
            for m in ms { if let c = m.code { score[slot(c)] += 4 } }
        }
        let ranked = codes.indices.sorted { (score[$0], -first[$0]) > (score[$1], -first[$1]) }.map { codes[$0] }
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

    /// The first token whose range ends after scalar `offset` (as `TextAnalysis.tokenIndex`), by
    /// binary search: a few hundred lookups per article do not pay for a per-scalar map.
    static func firstToken(endingAfter offset: Int, in tokens: [Token], from lower: Int = 0) -> Int {
        var lo = lower, hi = tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if Int(tokens[mid].sEnd) <= offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// `firstToken(endingAfter:)` for rising offsets: steps forward from the last answer, and
    /// searches (from there on) when the answer is far or the offset goes back.
    struct TokenCursor {
        let tokens: [Token]
        var token = 0, offset = 0
        init(_ tokens: [Token]) { self.tokens = tokens }
        mutating func first(endingAfter o: Int) -> Int {
            if o < offset { token = ArticleFacts.firstToken(endingAfter: o, in: tokens, from: 0) }
            else {
                var steps = 0
                while token < tokens.count, Int(tokens[token].sEnd) <= o {
                    token += 1; steps += 1
                    if steps == 8 { token = ArticleFacts.firstToken(endingAfter: o, in: tokens, from: token); break }
                }
            }
            offset = o
            return token
        }
    }

    public func tokenIndex(atOrAfter offset: Int) -> Int { ArticleFacts.firstToken(endingAfter: offset, in: analysis.tokens) }

    /// The sentence holding token `t`.
    public func sentenceIndex(ofToken t: Int) -> Int {
        var lo = 0, hi = sentences.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if sentences[mid].tokenStart <= t { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }

    /// The status a word's ending signals (`entrera` → planned, `pourrait` → expected), if any.
    func suffixStatus(_ t: Int) -> String? {
        let known = suffixMemo[t]
        if known != -2 { return known < 0 ? nil : rules.suffixCues[Int(known)].status }
        let cue = suffixCue(t)
        suffixMemo[t] = Int16(cue ?? -1)
        return cue.map { rules.suffixCues[$0].status }
    }

    /// Index of the suffix cue that token `t` ends with, if any.
    private func suffixCue(_ t: Int) -> Int? {
        let tok = analysis.tokens[t]
        let len = Int(tok.fEnd - tok.fStart)
        // Names are not verbs (`Herrera`, `Vera`).
        guard tok.kind == .word, len >= 5, !tok.isCapitalized else { return nil }
        for ci in rules.suffixCuesByLastByte[Int(analysis.folded[Int(tok.fEnd) - 1])] where rules.suffixCues[ci].suffix.count < len {
            let suffix = rules.suffixCues[ci].suffix
            let base = Int(tok.fEnd) - suffix.count
            var ok = true
            for k in 0..<suffix.count where analysis.folded[base + k] != suffix[k] { ok = false; break }
            if ok { return rules.suffixExceptions.contains(tok.hash) ? nil : ci }
        }
        return nil
    }

    /// The token after mention `i`.
    public func endToken(ofMention i: Int) -> Int { Int(mentionEndToken[i]) }

    /// Mentions of the kinds starting at a token of [a, b), with that token.
    public func mentions(_ kinds: MentionKinds, from a: Int, to b: Int) -> [(index: Int, token: Int, mention: Mention)] {
        var out: [(index: Int, token: Int, mention: Mention)] = []
        guard a < b else { return out }
        for t in max(0, a)..<min(b, mentionStartingAt.count) {
            let mi = mentionStartingAt[t]
            if mi >= 0, kinds.contains(kindBit[Int(mi)]) { out.append((Int(mi), t, mentions[Int(mi)])) }
        }
        return out
    }

    /// Index and first token of the mentions of the kinds starting in [a, b), without copying them.
    func mentionIndices(_ kinds: MentionKinds, from a: Int, to b: Int) -> [(index: Int, token: Int)] {
        var out: [(index: Int, token: Int)] = []
        guard a < b else { return out }
        for t in max(0, a)..<min(b, mentionStartingAt.count) {
            let mi = mentionStartingAt[t]
            if mi >= 0, kinds.contains(kindBit[Int(mi)]) { out.append((Int(mi), t)) }
        }
        return out
    }

    /// The event date a date or time mention gives, read once per article; nil for approximate
    /// dates and for times or durations without a day.
    func eventDate(ofMention i: Int) -> EventDate? { eventDates[i] }

    /// Whether a mention of the kinds starts in [a, b), without collecting them.
    public func hasMention(_ kinds: MentionKinds, from a: Int, to b: Int) -> Bool {
        guard a < b else { return false }
        for t in max(0, a)..<min(b, mentionStartingAt.count) {
            let mi = mentionStartingAt[t]
            if mi >= 0, kinds.contains(kindBit[Int(mi)]) { return true }
        }
        return false
    }

    /// Party mentions starting inside [a, b) (binary search over the sorted list).
    public func parties(from a: Int, to b: Int) -> ArraySlice<PartyMention> {
        var lo = 0, hi = parties.count
        while lo < hi { let mid = (lo + hi) / 2; if parties[mid].tokenStart < a { lo = mid + 1 } else { hi = mid } }
        var end = lo
        while end < parties.count, parties[end].tokenStart < b { end += 1 }
        return parties[lo..<end]
    }

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
    /// Phrases of the class of `mask` (one class) starting in [a, b).
    func classHits(_ mask: UInt64, from a: Int, to b: Int) -> [Hit] {
        var out: [Hit] = []
        guard mask != 0 else { return out }
        let bit = Int32(mask.trailingZeroBitCount)
        for h in ArticleFacts.slice(wordClassHits, from: a, to: b) where rules.meaningSlot[Int(h.payload)] == bit { out.append(h) }
        return out
    }

    /// Whether a phrase of the classes in `mask` starts in [a, b).
    public func hasClass(_ mask: UInt64, from a: Int, to b: Int) -> Bool {
        guard mask != 0, a < b else { return false }
        for t in max(0, a)..<min(b, classMask.count) where classMask[t] & mask != 0 { return true }
        return false
    }

    /// Entries of a lookup table found in [a, b); an entry inside a longer one of the same table
    /// (`ministre` inside `vice-ministre`) does not count.
    public func hasLookup(_ table: String, from a: Int, to b: Int) -> Bool { !lookups(table, from: a, to: b).isEmpty }

    /// Entries of a lookup table found in [a, b); an entry inside a longer one of the same table
    /// (`ministre` inside `vice-ministre`) does not count.
    public func lookups(_ table: String, from a: Int, to b: Int) -> [(value: String, hit: Hit)] {
        var found: [(value: String, hit: Hit)] = []
        guard let slot = rules.tableSlot(table) else { return found }
        // From a few tokens earlier, so a longer entry starting before `a` can still hide one inside it.
        for h in ArticleFacts.slice(lookupHits, from: max(0, a - 4), to: b) where rules.meaningSlot[Int(h.payload)] == slot {
            if case let .lookup(_, v) = rules.meanings[Int(h.payload)] { found.append((v, h)) }
        }
        if found.count == 1 { if found[0].hit.start < a { found.removeAll() }; return found }
        return found.filter { x in
            x.hit.start >= a && !found.contains { y in y.hit.start <= x.hit.start && y.hit.end >= x.hit.end && (y.hit.end - y.hit.start) > (x.hit.end - x.hit.start) }
        }
    }

    /// Whether another clause opens in [a, b): a clause word (`qui`, `which`) or `;` `:`.
    func clauseBreak(from a: Int, to b: Int) -> Bool {
        guard a < b else { return false }
        if hasClass(cls.clauseBreak, from: a, to: b) { return true }
        for t in a..<min(b, analysis.tokens.count) where analysis.tokens[t].kind == .punct {
            if analysis.token(t, is: ";") || analysis.token(t, is: ":") { return true }
        }
        return false
    }

    /// Slot of a preposition kind (-2 when the language has none).
    static func slot(of kind: String, in rules: RuleSet) -> Int8 { rules.prepositionKinds.firstIndex(of: kind).map { Int8($0) } ?? -2 }

    /// The kind of preposition before token `t` (at most three tokens back, not before `lowerBound`,
    /// as an article may stand between: `au`, `à l'`), as a slot of `rules.prepositionKinds`
    /// (-1 when none), compared as an integer.
    func prepositionSlot(before t: Int, lowerBound: Int) -> Int8 {
        var k = t - 1
        var steps = 0
        while k >= max(0, lowerBound), steps < 3 {
            let kind = prepositionAt[k]
            if kind >= 0 { return kind }
            k -= 1; steps += 1
        }
        return -1
    }
}
