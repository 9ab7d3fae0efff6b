import DyadCore
import DyadText

/// Type-specific attributes read around the trigger: agreement topic, level and count; trade and
/// investment amounts; domains; partnership levels; transport mode; places.
struct Attributes {
    let facts: ArticleFacts

    func fill(_ e: inout Event, rule: EventRule, trigger h: Hit, sentence s: Sentence, window: Range<Int>) {
        let lo = window.lowerBound, hi = window.upperBound
        func nearest(_ table: String, from a: Int = lo, to b: Int = hi) -> String? {
            facts.lookups(table, from: a, to: b).min { abs($0.hit.start - h.start) < abs($1.hit.start - h.start) }?.value
        }
        func all(_ table: String, from a: Int, to b: Int) -> [String] {
            var out: [String] = []
            for (v, _) in facts.lookups(table, from: a, to: b) where !out.contains(v) { out.append(v) }
            return out
        }
        for table in rule.lookups {
            switch table {
            case "topic":
                if let t = agreementTopic(trigger: h, lo: lo, hi: hi) { e.set("topic", .string(t)) }
            case "domains", "sectors":
                let d = all("domain", from: s.tokenStart, to: s.tokenEnd)
                if !d.isEmpty { e.set(table, .array(d.map(JSON.string))) }
            case "rank":
                let ranks = facts.lookups("rank", from: h.start, to: min(s.tokenEnd, hi + 6))
                var values: [String] = []
                for r in ranks where !values.contains(r.value) { values.append(r.value) }
                if values.count >= 2 { e.set("from_level", .string(values[0])); e.set("to_level", .string(values[1])) }
                else if let v = values.first { e.set("to_level", .string(v)) }
                if e.attribute("what") == nil {
                    if facts.hasClass(facts.cls.mechanism, from: lo, to: hi) { e.set("what", .string("mechanism")) }
                    else if values.contains(where: { $0.contains("partnership") }) { e.set("what", .string("partnership")) }
                }
            case "place":
                if let p = facts.mentions([.place], from: h.end, to: hi).first {
                    e.set("place", .string(facts.text(p.mention.start, p.mention.end)))
                } else if let p = facts.mentions([.place], from: lo, to: h.start).last {
                    e.set("place", .string(facts.text(p.mention.start, p.mention.end)))
                }
            case "money": money(&e, trigger: h, sentence: s, lo: lo, hi: hi)
            case "ordinal":
                if let n = ordinalBefore(h, lowerBound: s.tokenStart) { e.set("ordinal", .int(n)) }
            case "count":
                if let n = countBeforeAgreementNoun(lo: lo, hi: hi) { e.set("count", .number(n)) }
            default:
                if e.attribute(table) == nil, let v = nearest(table) {
                    if table == "subtype" { e.subtype = v } else { e.set(table, .string(v)) }
                }
            }
        }
        if e.kind == .trade, facts.hasClass(facts.cls.goal, from: lo, to: hi) || futureDeadline(lo, hi) {
            e.set("target", .bool(true))
            if e.status == "occurred" { e.status = "planned" }
        }
        if let d = e.date, e.kind == .trade || e.kind == .investment || e.kind == .aid, let y = d.year, e.attribute("year") == nil {
            e.set("year", .int(y))
        }
    }

    /// `by 2030`, `d'ici 2030`: a deadline after the article's date makes a figure a goal.
    func futureDeadline(_ lo: Int, _ hi: Int) -> Bool {
        facts.mentionIndices(.date, from: lo, to: hi).contains { m in
            guard let mod = facts.mentions[m.index].mod, mod.hasPrefix("before"), let d = facts.eventDate(ofMention: m.index) ?? DateClaims.eventDate(facts.mentions[m.index]) else { return false }
            return facts.isAfterArticle(d)
        }
    }

    /// Agreement noun phrases around a trigger, in order: each noun and where its phrase ends (the
    /// next noun or trigger, at most fourteen tokens on).
    func agreementPhrases(lo: Int, hi: Int, trigger h: Hit) -> [(start: Int, end: Int)] {
        let nouns = facts.classHits(facts.cls.agreementNoun, from: lo, to: hi)
        // Nested matches (`accord` inside `protocole d'accord`) are one noun.
        let outer = nouns.filter { n in !nouns.contains { o in o.start <= n.start && o.end >= n.end && (o.end - o.start) > (n.end - n.start) } }
        var out: [(Int, Int)] = []
        for (i, n) in outer.enumerated() {
            var end = min(hi, n.end + 14)
            if i + 1 < outer.count { end = min(end, outer[i + 1].start) }
            if n.start < h.start { end = min(end, h.start) }
            // Premodifiers belong to the phrase too (`the double taxation agreement`), back to a
            // comma or a conjunction (`on fisheries and a memorandum on …`: not `fisheries`).
            var start = n.start
            while start > max(lo, n.start - 3), !facts.analysis.token(start - 1, is: ","),
                  !facts.hasClass(facts.cls.conjunction, from: start - 1, to: start) { start -= 1 }
            if i > 0 { start = max(start, outer[i - 1].end) }
            if n.start >= h.end { start = max(start, h.end) }
            out.append((start, end))
        }
        return out
    }

    /// `agreements on energy storage, on border checks and on driving licences`: one noun with
    /// several complements, each introduced by a `topic_prep` word, is one phrase per complement.
    /// The last phrase may run on to the end of the clause for that.
    func coordinatedComplements(_ phrases: [(start: Int, end: Int)], clauseEnd: Int) -> [(start: Int, end: Int)] {
        guard facts.cls.topicPrep != 0 else { return phrases }
        var out: [(start: Int, end: Int)] = []
        for (i, p) in phrases.enumerated() {
            let reach = i + 1 < phrases.count ? phrases[i + 1].start : max(p.end, clauseEnd)
            let preps = facts.classHits(facts.cls.topicPrep, from: p.start, to: reach)
            guard preps.count >= 2 else { out.append(p); continue }
            for (k, prep) in preps.enumerated() {
                out.append((prep.start, k + 1 < preps.count ? preps[k + 1].start : min(reach, prep.end + 10)))
            }
        }
        return out
    }

    /// Splits an agreement trigger over several noun phrases (`un plan d'action …, et un accord
    /// sur l'exemption de visa`) or a trade trigger over several amounts, when each has its own
    /// topic, count or amount; otherwise returns the event as it is.
    func split(_ e: Event, rule: EventRule, trigger h: Hit, sentence s: Sentence, window: Range<Int>) -> [Event] {
        if rule.eachAgreement {
            // A coordinated subject may open the sentence well before the verb, and a list of the
            // documents signed runs on to the end of the clause.
            var end = s.tokenEnd
            if let b = (h.end..<s.tokenEnd).first(where: { facts.hasClass(facts.cls.clauseBreak, from: $0, to: $0 + 1) }) { end = b }
            let phrases = coordinatedComplements(agreementPhrases(lo: max(s.tokenStart, h.start - 30), hi: max(window.upperBound, end), trigger: h),
                                                 clauseEnd: max(window.upperBound, end))
            var out: [Event] = []
            for p in phrases {
                var x = e
                x.set("topic", .null)
                x.attributes.removeAll { $0.0 == "topic" || $0.0 == "count" }
                if let t = facts.lookups("topic", from: p.start, to: p.end).first { x.set("topic", .string(t.value)) }
                if let n = countBeforeAgreementNoun(lo: max(window.lowerBound, p.start - 3), hi: p.start + 4) { x.set("count", .number(n)) }
                if x.attribute("topic") != nil || x.attribute("count") != nil { out.append(x) }
            }
            return out.count > 1 ? out : [e]
        }
        if rule.eachMoney {
            let amounts = facts.mentions([.money], from: h.end, to: window.upperBound)
            guard amounts.count > 1 else { return [e] }
            // Every amount after the trigger whose nearest trade trigger is this one
            // (`171,9 milliards d'USD dont 61,2 milliards des exportations`: the second is the exports').
            let triggers = facts.triggers(from: s.tokenStart, to: s.tokenEnd).filter {
                if case let .trigger(r) = facts.rules.meanings[Int($0.payload)], facts.rules.rules[r].kind == .trade { return true }
                return false
            }
            func distance(_ t: Int, _ g: Hit) -> Double { t >= g.end ? Double(t - g.end) : Double(g.start - t) * 1.5 }
            var out: [Event] = []
            for a in amounts {
                let nearest = triggers.min { distance(a.token, $0) < distance(a.token, $1) }
                if let n = nearest, n.start != h.start, distance(a.token, n) < distance(a.token, h) { continue }
                var x = e
                x.date = nil
                x.attributes.removeAll { ["value", "currency", "approx", "year"].contains($0.0) }
                setAmount(&x, a.mention, sentence: s)
                // An amount with no year of its own keeps the sentence's date.
                if x.date == nil, let d = e.date {
                    x.date = d
                    if let y = d.year { x.set("year", .int(y)) }
                }
                out.append(x)
            }
            return out.count > 1 ? out : [e]
        }
        return [e]
    }

    /// The topic of the agreement noun nearest the trigger (`l'accord d'exemption de visa … est
    /// entré en vigueur, facilitant le tourisme` is about visas, not tourism).
    func agreementTopic(trigger h: Hit, lo: Int, hi: Int) -> String? {
        let nouns = facts.classHits(facts.cls.agreementNoun, from: lo, to: hi)
        // The nearest agreement phrase that names a topic (`un document sur la ratification de
        // l'accord sur le transfèrement…`: the document has none, the agreement has one).
        let phrases = agreementPhrases(lo: lo, hi: hi, trigger: h).sorted { abs($0.start - h.start) < abs($1.start - h.start) }
        for p in phrases {
            if let t = facts.lookups("topic", from: p.start, to: p.end).first { return t.value }
        }
        if !nouns.isEmpty { return nil }
        return facts.lookups("topic", from: lo, to: hi).min { abs($0.hit.start - h.start) < abs($1.hit.start - h.start) }?.value
    }

    /// Amount of a trade, investment or aid event: the nearest money after the trigger, else before.
    func money(_ e: inout Event, trigger h: Hit, sentence s: Sentence, lo: Int, hi: Int) {
        // The nearest amount, looking forward first: `exports reached X`; `dont X des importations`.
        let amounts = facts.mentions([.money], from: lo, to: hi) + facts.mentions([.number], from: lo, to: hi).filter { ($0.mention.value.numberValue ?? 0) >= 1_000_000 }
        func distance(_ t: Int) -> Double { t >= h.end ? Double(t - h.end) : Double(h.start - t) * 1.5 }
        var pick = amounts.min { distance($0.token) < distance($1.token) }?.mention
        var currency: String? = nil
        if case let .money(_, c)? = pick?.value { currency = c }
        if let p = pick, p.kind == .number {
            if case let .money(_, c)? = facts.mentions([.money], from: s.tokenStart, to: s.tokenEnd).first?.mention.value { currency = c }
            else if let c = previousCurrency(before: s.tokenStart) { currency = c }
        }
        if pick == nil {
            // `dont 67 milliards des importations`: a scaled number borrowing the sentence's currency.
            let numbers = facts.mentions([.number], from: lo, to: hi).filter { ($0.mention.value.numberValue ?? 0) >= 1_000_000 }
            pick = numbers.min { abs($0.token - h.start) < abs($1.token - h.start) }?.mention
            if case let .money(_, c)? = facts.mentions([.money], from: s.tokenStart, to: s.tokenEnd).first?.mention.value { currency = c }
            else if let c = previousCurrency(before: s.tokenStart) { currency = c }
        }
        guard let m = pick else { return }
        setAmount(&e, m, sentence: s, currency: currency)
        if let pct = facts.mentions([.percent], from: lo, to: hi).first, case let .number(p) = pct.mention.value {
            // `ont reculé de 5 %`, `fell 5%`: a fall is a negative growth.
            let falls = facts.hasClass(facts.cls.decrease, from: max(lo, pct.token - 4), to: pct.token)
            e.set("growth_percent", .number(falls && p > 0 ? -p : p))
        }
    }

    /// Value, currency, approximation and the year written next to an amount.
    func setAmount(_ e: inout Event, _ m: Mention, sentence s: Sentence, currency given: String? = nil) {
        guard let v = m.value.numberValue else { return }
        var currency = given
        if currency == nil, case let .money(_, c) = m.value { currency = c }
        e.set("value", .number(v))
        // The year of an amount is written next to it: `… de dollars en 2024`, `in 2022 ($31 billion)`.
        if e.date == nil {
            let mt = facts.tokenIndex(atOrAfter: m.start), me = facts.tokenIndex(atOrAfter: m.end)
            let near = facts.mentions([.date], from: me, to: min(s.tokenEnd, me + 3)).first
                ?? facts.mentions([.date], from: max(s.tokenStart, mt - 3), to: mt).last
            if let d = near, let ed = DateClaims.eventDate(d.mention), !d.mention.approx { e.date = ed }
        }
        if let c = currency { e.set("currency", .string(c)) }
        if m.approx { e.set("approx", .bool(true)) }
        if let d = e.date, let y = d.year, e.kind == .trade || e.kind == .investment { e.set("year", .int(y)) }
    }

    func previousCurrency(before t: Int) -> String? {
        for (mi, _) in facts.mentionIndices(.money, from: 0, to: t).reversed() {
            if case let .money(_, c) = facts.mentions[mi].value { return c }
        }
        return nil
    }

    /// `66e anniversaire`, `50th anniversary`, `31 years since`: the number just before the trigger.
    func ordinalBefore(_ h: Hit, lowerBound: Int) -> Int? {
        let near = facts.mentions([.ordinal, .number, .duration], from: max(lowerBound, h.start - 3), to: h.start)
        guard let m = near.last, let v = Self.count(m.mention), v >= 1, v < 1000 else { return nil }
        return v
    }

    /// A number, ordinal, or a duration in whole years (`31 years` since…).
    static func count(_ m: Mention) -> Int? {
        if let v = m.value.numberValue { return Int(v) }
        if m.kind == .duration, case let .text(iso) = m.value, iso.hasPrefix("P"), iso.hasSuffix("Y") {
            return Int(iso.dropFirst().dropLast())
        }
        return nil
    }

    /// `47 documents`, `plus de 10 accords`: a number standing just before an agreement noun.
    func countBeforeAgreementNoun(lo: Int, hi: Int) -> Double? {
        for n in facts.mentions([.number], from: lo, to: hi) {
            let next = facts.tokenIndex(atOrAfter: n.mention.end)
            if facts.hasClass(facts.cls.agreementNoun, from: next, to: min(hi, next + 2)), let v = n.mention.value.numberValue, v >= 2, v < 1000 {
                return v
            }
        }
        return nil
    }
}
