import DyadCore
import DyadText

/// Finds an event's sides in its sentence: the visitor or speaker before the trigger (or after
/// it, introduced by `de`/`of`), the host or object after it (introduced by `au`/`to`), and
/// falls back on the article's main pair for what the sentence leaves implicit.
struct PartyFinder {
    let facts: ArticleFacts
    let sentence: Sentence
    let trigger: Hit
    let inSentence: [PartyMention]

    init(facts: ArticleFacts, sentence: Sentence, trigger: Hit, inSentence: [PartyMention]? = nil) {
        self.facts = facts; self.sentence = sentence; self.trigger = trigger
        self.inSentence = inSentence ?? Array(facts.parties(from: sentence.tokenStart, to: sentence.tokenEnd))
    }

    func party(_ p: PartyMention) -> Party {
        // `l'ambassadeur ukrainien`: the demonym written in the span outranks the country the
        // title was linked to.
        if p.isPerson, let inner = inSentence.first(where: { $0.entity.kind == .country && $0.tokenStart >= p.tokenStart
            && $0.tokenEnd <= p.tokenEnd && $0.country != p.country }) {
            return Party(entity: inner.entity.id, country: inner.country)
        }
        return Party(entity: p.entity.id, country: p.country)
    }

    func countryParty(_ code: String) -> Party {
        Party(entity: facts.entity(ofCountry: code), country: code)
    }

    func complement(of code: String?) -> String? {
        let pair = facts.mainPair
        guard let code else { return pair.first }
        if pair.contains(code) { return pair.first { $0 != code } }
        return pair.first
    }

    func actor() -> PartyMention? {
        // `une délégation … conduite par X`, `a delegation led by X`.
        for h in facts.classHits(facts.cls.ledBy, from: trigger.end, to: min(sentence.tokenEnd, trigger.end + 14)) {
            if let p = inSentence.first(where: { $0.isPerson && $0.tokenStart >= h.end && $0.tokenStart <= h.end + 6 }) { return p }
        }
        // A noun trigger (`la visite du président`, `the visit of`) names its actor after it.
        if isNounTrigger() {
            let genitive = facts.genitiveSlot
            for p in inSentence where p.tokenStart >= trigger.end && p.tokenStart < trigger.end + 10 {
                if facts.prepositionSlot(before: p.tokenStart, lowerBound: trigger.end) == genitive { return person(near: p) }
            }
        }
        // `où il effectuera une visite`: a pronoun subject stands for the last person named.
        if facts.hasClass(facts.cls.pronoun, from: max(sentence.tokenStart, trigger.start - 3), to: trigger.start) {
            let p = max(sentence.tokenStart, trigger.start - 3)
            if let last = facts.parties(from: 0, to: p).last(where: { $0.tokenEnd <= p && $0.isPerson }) { return last }
        }
        // `The United States, a treaty ally of the Philippines, condemned …`: the subject stands
        // before an apposition set off by commas.
        if let open = appositionBeforeTrigger(),
           let subject = inSentence.last(where: { $0.tokenEnd <= open && $0.tokenEnd >= open - 1 }) {
            return subject.isPerson ? subject : person(near: subject)
        }
        // Possessive right before the trigger: `Tokayev's visit`, `Kazakh President's visit`.
        if let last = inSentence.last(where: { $0.tokenEnd <= trigger.start }), last.tokenEnd >= trigger.start - 3,
           last.tokenEnd < facts.analysis.tokens.count, facts.hasClass(facts.cls.possessive, from: last.tokenEnd, to: trigger.start) { return last }
        // The nearest side before the trigger is its subject (`que le Kazakhstan n'ait pas
        // expulsé`); a person of that country named earlier in the sentence speaks for it.
        let dest = facts.destSlot
        func subjectLike(_ p: PartyMention) -> Bool {
            p.tokenEnd <= trigger.start && facts.prepositionSlot(before: p.tokenStart, lowerBound: sentence.tokenStart) != dest
        }
        if let nearest = inSentence.last(where: subjectLike) {
            if nearest.isPerson { return nearest }
            if let p = inSentence.last(where: { subjectLike($0) && $0.isPerson && $0.country == nearest.country }) { return p }
            return self.person(near: nearest)
        }
        if facts.hasClass(facts.cls.pronoun, from: sentence.tokenStart, to: trigger.start) {
            return facts.parties(from: 0, to: sentence.tokenStart).last { $0.tokenEnd <= sentence.tokenStart && $0.isPerson }
        }
        return nil
    }

    /// The opening comma of `, … ,` ending right before the trigger (at most 12 tokens long), if any.
    func appositionBeforeTrigger() -> Int? {
        let close = trigger.start - 1
        guard close > sentence.tokenStart, facts.analysis.token(close, is: ",") else { return nil }
        var t = close - 1
        while t > max(sentence.tokenStart, close - 13) {
            if facts.analysis.token(t, is: ",") { return t }
            t -= 1
        }
        return nil
    }

    /// `of Kazakh President Kassym-Jomart Tokayev`: the person a demonym introduces stands for the side.
    func person(near p: PartyMention) -> PartyMention {
        guard !p.isPerson else { return p }
        return inSentence.first { $0.isPerson && $0.country == p.country && $0.tokenStart >= p.tokenStart && $0.tokenStart <= p.tokenEnd + 4 } ?? p
    }

    /// Whether the trigger's own noun phrase names a side (`la visite du président X au Y`,
    /// `Tokayev's visit`); a bare `la visite` only refers back.
    func hasOwnParty() -> Bool {
        if inSentence.contains(where: { $0.tokenStart >= trigger.end && $0.tokenStart <= trigger.end + 10
            && [facts.genitiveSlot, facts.destSlot].contains(facts.prepositionSlot(before: $0.tokenStart, lowerBound: trigger.end)) }) { return true }
        if let last = inSentence.last(where: { $0.tokenEnd <= trigger.start }), last.tokenEnd >= trigger.start - 3,
           facts.hasClass(facts.cls.possessive, from: last.tokenEnd, to: trigger.start) { return true }
        return inSentence.contains { $0.tokenEnd == trigger.start || $0.tokenEnd == trigger.start - 1 && $0.entity.kind == .country }
    }

    /// `la visite`, `the state visit`: a determiner before the trigger, at most one lower-case word between.
    func isNounTrigger() -> Bool {
        let t = trigger.start
        guard t > sentence.tokenStart else { return false }
        if facts.hasClass(facts.cls.determiner, from: t - 1, to: t) { return true }
        let between = facts.analysis.tokens[t - 1]
        return t - 2 >= sentence.tokenStart && between.kind == .word && !between.isCapitalized
            && facts.hasClass(facts.cls.determiner, from: t - 2, to: t - 1)
    }

    func target(excluding code: String?, destination: Bool = true) -> PartyMention? {
        func after(_ p: PartyMention) -> Bool { p.tokenStart >= trigger.end && p.country != code }
        if destination {
            let dest = facts.destSlot
            if let d = inSentence.first(where: { after($0) && facts.prepositionSlot(before: $0.tokenStart, lowerBound: trigger.end) == dest }) { return d }
        }
        let genitive = facts.genitiveSlot
        if let a = inSentence.first(where: { after($0) && (code != nil || facts.prepositionSlot(before: $0.tokenStart, lowerBound: trigger.end) != genitive) }) { return a }
        return inSentence.last { $0.tokenEnd <= trigger.start && $0.country != code }
    }

    /// Types whose target is where the actor goes (`au Kazakhstan`); for the others the object
    /// comes first (`a expulsé l'ambassadeur ukrainien à Astana`).
    static func isDestinationType(_ kind: EventKind) -> Bool {
        kind == .visit || kind == .investment || kind == .aid || kind == .invitation
    }

    /// The quotation holding the trigger, or closing just before it (`« … », a dénoncé X`):
    /// token indices of its two marks (every quote mark folds to `"`; marks pair in order).
    func quotation() -> (open: Int, close: Int)? {
        var marks: [Int] = []
        for t in sentence.tokenStart..<sentence.tokenEnd where facts.analysis.tokens[t].kind == .punct && facts.analysis.token(t, is: "\"") {
            marks.append(t)
        }
        var k = 0
        while k + 1 < marks.count {
            let open = marks[k], close = marks[k + 1]
            if open < trigger.start && trigger.end <= close { return (open, close) }
            if close < trigger.start && trigger.start - close <= 2 { return (open, close) }
            k += 2
        }
        return nil
    }

    /// Who speaks a quotation: a person or organisation just after it (`», a dénoncé X`, `," X said`),
    /// else just before it (`X said: "…"`), else a side named just after it.
    func speaker(of q: (open: Int, close: Int)) -> PartyMention? {
        func speaks(_ p: PartyMention) -> Bool { p.entity.kind == .person || p.entity.kind == .organization }
        return inSentence.first { speaks($0) && $0.tokenStart > q.close && $0.tokenStart <= q.close + 10 }
            ?? inSentence.last { speaks($0) && $0.tokenEnd <= q.open && $0.tokenEnd >= q.open - 10 }
            // `», a dénoncé le ministre brésilien`: a title whose country is all that is named.
            ?? inSentence.first { $0.tokenStart > q.close && $0.tokenStart <= q.close + 6 }
    }

    func directed(_ e: inout Event) {
        // Reported speech: the speaker is the actor; the other side is named in the quotation or after it.
        if let q = quotation(), let sp = speaker(of: q) {
            let speaker = party(sp)
            e.actor = speaker
            let other = inSentence.first { $0.tokenStart > q.open && $0.tokenStart < q.close && $0.country != speaker.country }
                ?? inSentence.first { $0.tokenStart > sp.tokenEnd && $0.country != speaker.country }
            if let o = other { e.target = party(o) }
            else if let c = complement(of: speaker.country), c != speaker.country { e.target = countryParty(c) }
            return
        }
        let a = actor()
        let t = target(excluding: a?.country, destination: PartyFinder.isDestinationType(e.kind))
        e.actor = a.map(party)
        e.target = t.map(party)
        if e.actor == nil, let tc = t?.country, let c = complement(of: tc), c != tc { e.actor = countryParty(c) }
        if e.target == nil, let ac = a?.country, let c = complement(of: ac), c != ac { e.target = countryParty(c) }
        if e.actor == nil && e.target == nil, facts.mainPair.count == 2 {
            e.actor = countryParty(facts.mainPair[0]); e.target = countryParty(facts.mainPair[1])
        }
    }

    /// `l'ambassadeur russe a été convoqué (par X)`: the subject is acted upon.
    func passive(_ e: inout Event) {
        let subject = inSentence.last { $0.tokenEnd <= trigger.start }
        // The agent (`par X`), or where the subject was summoned (`au ministère des Affaires étrangères`).
        let agent = inSentence.first { p in
            p.tokenStart >= trigger.end && p.tokenStart < trigger.end + 6
                && [facts.genitiveSlot, facts.destSlot].contains(facts.prepositionSlot(before: p.tokenStart, lowerBound: trigger.end))
        }
        guard let s = subject else { return }
        e.target = party(person(near: s))
        if let a = agent, a.country != s.country { e.actor = party(a) }
        else if let c = complement(of: s.country), c != s.country { e.actor = countryParty(c) }
        else { e.actor = nil }
    }

    /// A statement: the speaker (the nearest person or organisation to the speech verb), and the
    /// country the words are about — the other side of the main pair.
    func speaker(_ e: inout Event) {
        let near = inSentence.filter { $0.entity.kind == .person || $0.entity.kind == .organization }
            .min { abs($0.tokenStart - trigger.start) < abs($1.tokenStart - trigger.start) }
        let who = near ?? (facts.hasClass(facts.cls.pronoun, from: max(sentence.tokenStart, trigger.start - 3), to: trigger.start)
            ? facts.parties(from: 0, to: sentence.tokenStart).last { $0.tokenEnd <= sentence.tokenStart && $0.isPerson } : nil)
            ?? inSentence.last { $0.tokenEnd <= trigger.start }
        guard let s = who else { return }
        e.actor = party(s)
        let other = inSentence.first { $0.country != s.country && $0.tokenStart > trigger.start }
        if let o = other { e.target = party(o) } else if let c = complement(of: s.country), c != s.country { e.target = countryParty(c) }
        e.attributedTo = s.entity.id
    }

    func invite(_ e: inout Event) {
        let after = inSentence.filter { $0.tokenStart >= trigger.end && $0.tokenStart < trigger.end + 8 }
        let host = after.first(where: { $0.isPerson }) ?? after.first
        e.actor = host.map(party)
        let afterStarts = Set(after.map(\.tokenStart))
        let guest = inSentence.first { $0.country != host?.country && !afterStarts.contains($0.tokenStart) }
            ?? inSentence.first { $0.country != host?.country }
        if let g = guest { e.target = party(g) }
        else if let c = complement(of: host?.country), c != host?.country { e.target = countryParty(c) }
        if e.actor == nil, let tc = e.target?.country, let c = complement(of: tc), c != tc { e.actor = countryParty(c) }
    }

    func symmetric(_ e: inout Event) {
        // The two countries nearest the trigger (by their nearest mention), in one pass.
        var nearest: [(code: String, distance: Int)] = []
        for p in inSentence {
            let d = abs(p.tokenStart - trigger.start)
            if let k = nearest.firstIndex(where: { $0.code == p.country }) { if d < nearest[k].distance { nearest[k].distance = d } }
            else { nearest.append((p.country, d)) }
        }
        nearest.sort { $0.distance < $1.distance }
        var codes = nearest.prefix(2).map(\.code)
        if codes.count == 1, let c = complement(of: codes[0]), c != codes[0] { codes.append(c) }
        if codes.isEmpty { codes = facts.mainPair }
        codes.sort { a, b in (facts.mainPair.firstIndex(of: a) ?? 9) < (facts.mainPair.firstIndex(of: b) ?? 9) }
        if let first = codes.first { e.actor = countryParty(first) }
        if codes.count > 1 { e.target = countryParty(codes[1]) }
        e.set("parties", .array(codes.map(JSON.string)))
    }

    func completeSymmetric(_ e: inout Event) {
        var codes: [String] = []
        for c in [e.actor?.country, e.target?.country] { if let c, !codes.contains(c) { codes.append(c) } }
        if codes.count == 1, let c = complement(of: codes[0]), c != codes[0] { codes.append(c); if e.actor == nil { e.actor = countryParty(c) } }
        if codes.isEmpty { codes = facts.mainPair }
        e.set("parties", .array(codes.map(JSON.string)))
    }

    /// `se rendra au Sénégal, au Mali et en Guinée`, `will travel on to Chile, Peru and Bolivia`:
    /// the first destination and those listed after it (joined by commas, conjunctions, articles and
    /// destination prepositions only), one per country.
    func destinations(listedFrom first: PartyMention, excluding code: String?) -> [PartyMention] {
        var out = [first]
        var last = first
        let glue = facts.cls.conjunction | facts.cls.determiner
        for p in inSentence where p.tokenStart >= last.tokenEnd {
            guard p.tokenStart - last.tokenEnd <= 4 else { break }
            var joined = p.tokenStart > last.tokenEnd
            for t in last.tokenEnd..<p.tokenStart where !(facts.analysis.token(t, is: ",") || facts.hasClass(glue, from: t, to: t + 1)
                                                        || facts.prepositionSlot(before: t + 1, lowerBound: t) == facts.destSlot) {
                joined = false
                break
            }
            guard joined else { break }
            if p.country != code, !out.contains(where: { $0.country == p.country }) { out.append(p) }
            last = p
        }
        return out
    }

    /// People named after the trigger (`a rencontré X, Y et Z`), one per entity.
    func peopleAfter(excludingCountry code: String?) -> [PartyMention] {
        var seen = Set<String>()
        var out: [PartyMention] = []
        for p in inSentence where p.tokenStart >= trigger.end && p.isPerson && p.country != code {
            if seen.insert(p.entity.id).inserted { out.append(p) }
        }
        return out
    }
}
