import DyadCore
import DyadTaggers
import DyadText

/// Turns an article's facts into events: each trigger of the rule data builds one event (or one
/// per person met), whose parties, date, status, attribution and attributes are read from the
/// trigger's sentence. Events told twice are merged afterwards.
public struct EventExtractor {
    let facts: ArticleFacts

    public init(facts: ArticleFacts) { self.facts = facts }

    public func extract() -> [Event] {
        var events: [Event] = []
        for (si, s) in facts.sentences.enumerated() {
            // A phrase may run on past a sentence break without punctuation (a title's line end):
            // its sentence ends it, so every window below stays inside the sentence.
            var triggers = facts.triggers(from: s.tokenStart, to: s.tokenEnd).map { h in
                Hit(start: h.start, end: min(h.end, s.tokenEnd), payload: h.payload)
            }
            if triggers.isEmpty { continue }
            triggers = Self.dropShadowed(triggers, facts.rules)
            let claimedDates = DateClaims(facts: facts, sentence: s, triggers: triggers)
            // What every trigger of the sentence shares, computed once.
            let shared = SentenceShared(parties: Array(facts.parties(from: s.tokenStart, to: s.tokenEnd)),
                                        speaker: Attribution(facts: facts).speaker(sentence: s))
            let before = events.count
            var alone: Event? = nil
            for h in triggers {
                guard case let .trigger(ri) = facts.rules.meanings[Int(h.payload)] else { continue }
                let rule = facts.rules.rules[ri]
                if rule.standsAlone {
                    if alone == nil { alone = build(rule, h, sentenceIndex: si, dates: claimedDates, shared: shared).first }
                } else {
                    events.append(contentsOf: build(rule, h, sentenceIndex: si, dates: claimedDates, shared: shared))
                }
            }
            // A statement stands only where the sentence reports no other event.
            if events.count == before, let a = alone { events.append(a) }
        }
        // In place, so no pass copies the list.
        Self.dateFromStory(&events)
        Self.inheritTradeYears(&events, facts: facts)
        Self.inheritAgreementTopics(&events, facts: facts)
        AnniversaryLinker.link(&events, facts: facts)
        var merged = EventMerger.merge(events, facts: facts)
        for i in merged.indices {
            merged[i].id = "v\(i + 1)"
            merged[i].cameo = Cameo.code(for: merged[i])
        }
        return merged
    }

    /// `In 2011, X visited Y. A year later, Z paid a state visit`: a date counted from the story is
    /// counted from the last date told before it — in whole years when the offset is about a year
    /// or more, in months when about a month or more, else in days. With no date before, none.
    static func dateFromStory(_ out: inout [Event]) {
        var last: EventDate? = nil
        for i in out.indices {
            guard let days = out[i].narrativeDays else {
                if let d = out[i].date { last = d }
                continue
            }
            guard let base = last else { continue }
            let p: String
            switch base { case let .point(x): p = x; case let .interval(x, _): p = x }
            guard let day = ArticleFacts.dayNumber(p) else { continue }
            let c = Cal.civil(day)
            if abs(days) >= 300 {
                out[i].date = .point(String(c.y + Int((Double(days) / 365.25).rounded())))
            } else if abs(days) >= 28, p.utf8.count >= 7 {
                let months = c.m - 1 + Int((Double(days) / 30.44).rounded())
                let y = c.y + (months >= 0 ? months / 12 : (months - 11) / 12)
                let m = ((months % 12) + 12) % 12 + 1
                out[i].date = .point(ArticleFacts.iso(Cal.day(y, m, 1), length: 7))
            } else if p.utf8.count == 10 {
                out[i].date = .point(ArticleFacts.iso(day + days, length: 10))
            }
        }
    }

    /// `Last year trade reached X. Exports were Y, imports Z.`: a figure without a date takes the
    /// date of the trade figure just before it (same or previous sentence).
    static func inheritTradeYears(_ out: inout [Event], facts: ArticleFacts) {
        var last: (sentence: Int, date: EventDate)? = nil
        for i in out.indices where out[i].kind == .trade {
            let si = facts.sentenceIndex(ofToken: out[i].triggerToken)
            if let d = out[i].date { last = (si, d); continue }
            if let l = last, si - l.sentence <= 1, out[i].attribute("target") == nil {
                out[i].date = l.date
                if let y = l.date.year { out[i].set("year", .int(y)) }
            }
        }
        
    }

    /// `Selon l'article 16 de l'accord, il entrera en vigueur …`: an agreement named without its
    /// topic, level or count refers back to the agreement just before it.
    static func inheritAgreementTopics(_ out: inout [Event], facts: ArticleFacts) {
        var last: (sentence: Int, topic: JSON)? = nil
        for i in out.indices where out[i].kind == .agreement {
            let si = facts.sentenceIndex(ofToken: out[i].triggerToken)
            let bare = out[i].attribute("topic") == nil && out[i].attribute("level") == nil && out[i].attribute("count") == nil
            if bare, let l = last, si > l.sentence, si - l.sentence <= 3 { out[i].set("topic", l.topic) }
            if let t = out[i].attribute("topic") { last = (si, t) }
        }
        
    }

    /// Where two triggers overlap, the longer phrase wins; identical spans keep every rule.
    /// Two rules of one type on the same words make one trigger (accent folding makes `visité`
    /// and `visite` one word), the first rule of the file winning.
    static func dropShadowed(_ hits: [Hit], _ rules: RuleSet) -> [Hit] {
        func type(_ h: Hit) -> String {
            if case let .trigger(r) = rules.meanings[Int(h.payload)] { return rules.rules[r].type }
            return ""
        }
        var kept: [Hit] = []
        for h in hits where !hits.contains(where: { o in (o.start <= h.start && o.end >= h.end) && (o.end - o.start > h.end - h.start) }) {
            if kept.contains(where: { $0.start == h.start && $0.end == h.end && type($0) == type(h) }) { continue }
            kept.append(h)
        }
        return kept
    }

    struct SentenceShared {
        var parties: [PartyMention]
        var speaker: String?
    }

    func build(_ rule: EventRule, _ h: Hit, sentenceIndex si: Int, dates: DateClaims, shared: SentenceShared) -> [Event] {
        let s = facts.sentences[si]
        let lo = max(s.tokenStart, h.start - rule.window), hi = min(s.tokenEnd, h.end + rule.window)
        // Requirements.
        for need in rule.needChecks {
            switch need {
            case .money:
                if !facts.hasMention(.money, from: lo, to: hi) && moneyLikeNumber(lo, hi) == nil { return [] }
            case .ordinal:
                if !facts.mentions([.ordinal, .number, .duration], from: lo, to: hi).contains(where: { Attributes.count($0.mention) != nil }) { return [] }
            case .date: if !facts.hasMention(.date, from: lo, to: hi) { return [] }
            case .destination:
                let hasDest = facts.parties(from: h.end, to: hi).contains {
                    facts.prepositionSlot(before: $0.tokenStart, lowerBound: h.end) == facts.destSlot }
                if !hasDest { return [] }
            case .rank:
                if !facts.hasLookup("rank", from: lo, to: hi) { return [] }
            case .partyAfter:
                if facts.parties(from: h.end, to: min(hi, h.end + 4)).isEmpty { return [] }
            case .domain:
                if !facts.hasLookup("domain", from: s.tokenStart, to: s.tokenEnd) { return [] }
            case .party:
                if facts.parties(from: s.tokenStart, to: s.tokenEnd).isEmpty { return [] }
            case let .wordClass(mask):
                if !facts.hasClass(mask, from: lo, to: hi) { return [] }
            }
        }
        for (ni, reach) in rule.notReach.enumerated() {
            // `@class/N`: the class within N tokens before the trigger.
            if facts.hasClass(rule.notMasks[ni], from: max(s.tokenStart, h.start - reach), to: h.start) { return [] }
        }
        for mask in rule.excludeMasks where facts.hasClass(mask, from: lo, to: hi) { return [] }

        var e = Event(type: rule.type, kind: rule.kind, status: "occurred", evidence: [s.start..<s.end], rule: rule.qualifiedID, triggerToken: h.start)
        e.subtype = rule.fixedSubtype
        e.attributes = rule.fixedAttributes
        e.status = rule.fixedStatus ?? StatusReader(facts: facts).status(trigger: h, sentence: s)
        let before = max(s.tokenStart, h.start - 4)
        let finder = PartyFinder(facts: facts, sentence: s, trigger: h, inSentence: shared.parties)
        if rule.isReference || facts.hasClass(facts.cls.frame, from: before, to: h.start)
            || facts.hasClass(facts.cls.anaphor, from: max(s.tokenStart, h.start - 2), to: h.start)
            || (Self.isReferable(rule.kind) && finder.isNounTrigger() && !finder.hasOwnParty()
                && facts.hasClass(facts.cls.definite, from: max(s.tokenStart, h.start - 2), to: h.start)) {
            e.isReference = true
            e.ownParties = finder.hasOwnParty()
        }
        if e.kind == .visit, e.subtype == nil {
            e.subtype = facts.lookups("subtype", from: max(s.tokenStart, h.start - 2), to: min(s.tokenEnd, h.end + 3)).first?.value ?? "unspecified"
        }
        if let c = dates.claim(for: h), let days = facts.narrativeOffset[c.mention] {
            // Dated from the story: counted from the last date told (see `dateFromStory`).
            e.narrativeDays = days
        } else if let c = dates.claim(for: h) {
            e.date = facts.tenseAdjusted(c.date, mention: c.mention, status: e.status)
            // What the text dates after the article has not happened yet (`invited X to visit next year`);
            // what it dates in an earlier year is over (`a entamé en 2019 une visite`).
            if e.status == "occurred", rule.fixedStatus == nil, let d = e.date, facts.isAfterArticle(d) { e.status = "planned" }
            if e.status == "ongoing", rule.fixedStatus == nil, let y = e.date?.year, let doc = facts.documentYear, y < doc { e.status = "occurred" }
        }
        Attributes(facts: facts).fill(&e, rule: rule, trigger: h, sentence: s, window: lo..<hi)
        e.attributedTo = shared.speaker

        if rule.eachPerson {
            let actor = finder.actor()
            let met = finder.peopleAfter(excludingCountry: actor?.country)
            if met.count >= 2 {
                return met.map { p in
                    var ev = e
                    ev.actor = actor.map { Party(entity: $0.entity.id, country: $0.country) }
                    ev.target = Party(entity: p.entity.id, country: p.country)
                    finder.completeSymmetric(&ev)
                    return ev
                }
            }
        }
        // A signing still to come is the agreement's planned stage.
        if e.kind == .agreement, e.attribute("stage")?.stringValue == "signed", e.status == "planned" || e.status == "expected" {
            e.set("stage", .string("planned"))
        }
        if rule.eachAgreement || rule.eachMoney {
            let split = Attributes(facts: facts).split(e, rule: rule, trigger: h, sentence: s, window: lo..<hi)
            if split.count > 1 {
                return split.map { var x = $0; finder.symmetric(&x); return x }
            }
        }
        switch rule.partyShape {
        case .symmetric: finder.symmetric(&e)
        case .invite: finder.invite(&e)
        case .passive:
            finder.directed(&e)
            finder.passive(&e)
        case .speaker:
            finder.speaker(&e)
        default:
            finder.directed(&e)
            // `l'ambassadeur a été convoqué`: the grammatical subject is the one acted upon.
            if facts.hasClass(facts.cls.passive, from: max(s.tokenStart, h.start - 2), to: h.start) { finder.passive(&e) }
        }
        if rule.eachDestination, let target = e.target,
           let first = shared.parties.first(where: { $0.tokenStart >= h.end && $0.entity.id == target.entity && $0.country == target.country }) {
            let list = finder.destinations(listedFrom: first, excluding: e.actor?.country)
            if list.count > 1 {
                return list.map { p in
                    var x = e
                    x.target = finder.party(p)
                    // A symmetric event lists its two sides: this destination's, not the first's.
                    if x.attribute("parties") != nil { x.set("parties", .array([x.actor?.country, p.country].compactMap { $0.map(JSON.string) })) }
                    return x
                }
            }
        }
        return [e]
    }

    /// A bare amount with a scale (`67 milliards`) in a sentence that names a currency elsewhere.
    func moneyLikeNumber(_ lo: Int, _ hi: Int) -> Mention? {
        facts.mentions([.number], from: lo, to: hi).first { $0.mention.value.numberValue.map { $0 >= 1_000_000 } ?? false }?.mention
    }

    /// Types whose bare definite mention (`la visite`, `the talks`) refers to one already told.
    static func isReferable(_ kind: EventKind) -> Bool {
        switch kind {
        case .visit, .meeting, .phoneCall, .protest, .invitation: return true
        default: return false
        }
    }

    static func defaultShape(_ kind: EventKind) -> EventRule.PartyShape {
        switch kind {
        case .meeting, .phoneCall, .agreement, .relationsEstablished, .relationsUpgraded, .relationsReduced,
             .anniversary, .trade, .transportLink, .cooperation: return .symmetric
        case .invitation: return .invite
        default: return .directed
        }
    }
}

extension MentionValue {
    var numberValue: Double? {
        switch self {
        case let .number(d): return d
        case let .money(d, _): return d
        default: return nil
        }
    }
}
