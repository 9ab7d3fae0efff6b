import DyadCore

/// One event told several times in an article becomes one event with every evidence span.
/// Two reports merge when type, parties and every attribute they both give agree.
enum EventMerger {
    /// Attributes whose values are collected rather than compared.
    static let additive: Set<String> = ["domains", "sectors", "parties", "place", "approx", "check", "growth_percent", "change", "mode"]

    static func merge(_ events: [Event], facts: ArticleFacts) -> [Event] {
        var out: [Event] = []
        // Indices of `out` by type: an event is compared only with events of its own type.
        var byType: [String: [Int]] = [:]
        for e in events {
            let same = byType[e.type] ?? []
            if e.isReference, let i = same.last(where: { !out[$0].isReference && (!e.ownParties || compatibleSides(out[$0], e)) }) {
                // A reference (`lors de la visite`) adds its evidence to the event it refers to.
                for r in e.evidence where !out[i].evidence.contains(r) { out[i].evidence.append(r) }
                if out[i].date == nil, let d = e.date { out[i].date = d }
                continue
            }
            if e.isReference && !e.ownParties { continue }
            if let i = same.last(where: { sameEvent(out[$0], e, facts) }) {
                if out[i].isReference && !e.isReference { out[i].status = e.status; out[i].isReference = false }
                Self.absorb(e, into: &out[i], facts: facts)
            } else {
                byType[e.type, default: []].append(out.count)
                out.append(e)
            }
        }
        return out
    }

    /// Folds a second report of an event into the first: evidence, and what the first lacks.
    static func absorb(_ e: Event, into m: inout Event, facts: ArticleFacts) {
        for r in e.evidence where !m.evidence.contains(r) { m.evidence.append(r) }
        if m.date == nil || isPrefix(m.date, of: e.date) || contains(e.date, m.date) { m.date = e.date }
        if m.subtype == nil || m.subtype == "unspecified" { m.subtype = e.subtype ?? m.subtype }
        if m.attributedTo == nil { m.attributedTo = e.attributedTo }
        for (k, v) in e.attributes where m.attribute(k) == nil { m.set(k, v) }
        if m.actor?.entity == nil || m.actor.flatMap({ $0.entity }).flatMap({ facts.entityKind[$0] }) == .country,
           let a = e.actor, a.country == m.actor?.country, a.entity != nil { m.actor = a }
    }

    /// Same sides, in the same direction for directed events.
    static func compatibleSides(_ a: Event, _ b: Event) -> Bool {
        if directed.contains(a.type) {
            if let x = a.actor?.country, let y = b.actor?.country, x != y { return false }
            if let x = a.target?.country, let y = b.target?.country, x != y { return false }
            return true
        }
        return a.partyCodes.isSuperset(of: b.partyCodes) || b.partyCodes.isSuperset(of: a.partyCodes)
    }

    static let directed: Set<String> = ["visit", "invitation", "investment", "aid", "praise", "criticism", "protest", "threat", "sanction", "expulsion"]
    /// Types whose later definite mention (`la visite du …`) is usually the same event.
    static let anaphoric: Set<String> = ["visit", "meeting", "phone_call", "agreement"]

    static func isDefinite(_ e: Event, _ facts: ArticleFacts) -> Bool {
        let t = e.triggerToken
        return t > 0 && facts.hasClass(facts.cls.definite, from: max(0, t - 2), to: t)
    }

    /// `1992` and `1992-06-29` name the same time at two precisions.
    static func isPrefix(_ a: EventDate?, of b: EventDate?) -> Bool {
        guard case let .point(x)? = a, case let .point(y)? = b else { return false }
        return y.count > x.count && y.hasPrefix(x)
    }

    /// `du 20 au 22 août` contains `20 août`.
    static func contains(_ a: EventDate?, _ b: EventDate?) -> Bool {
        guard case let .interval(s, e)? = a, case let .point(p)? = b else { return false }
        let pp = p.count >= s.count ? String(p.prefix(s.count)) : p
        return pp >= s && pp <= e
    }

    static func isPerson(_ id: String, _ facts: ArticleFacts) -> Bool {
        facts.entityKind[id] == .person
    }

    static func sameEvent(_ a: Event, _ b: Event, _ facts: ArticleFacts) -> Bool {
        guard a.type == b.type else { return false }
        // Direction matters for directed events: a visit to A is not a visit from A.
        if directed.contains(a.type), let x = a.actor?.country, let y = b.actor?.country, x != y { return false }
        // Two reports of different modality are two events, unless one only refers back.
        if a.status != b.status && !b.isReference && !(anaphoric.contains(a.type) && b.date == nil && a.date == nil && isDefinite(b, facts)) {
            return false
        }
        if let x = a.subtype, let y = b.subtype, x != y, x != "unspecified", y != "unspecified" { return false }
        // Sides must agree where both are known.
        if let x = a.actor?.country, let y = b.actor?.country, x != y {
            // Symmetric events may list their sides in either order.
            guard a.partyCodes == b.partyCodes else { return false }
        }
        if let x = a.target?.country, let y = b.target?.country, x != y, a.partyCodes != b.partyCodes { return false }
        // Different people on the same side make different events (one per person met).
        if let x = a.target?.entity, let y = b.target?.entity, x != y, isPerson(x, facts), isPerson(y, facts) { return false }
        if let x = a.actor?.entity, let y = b.actor?.entity, x != y, isPerson(x, facts), isPerson(y, facts) { return false }
        if b.isReference { return a.partyCodes.isSuperset(of: b.partyCodes) || b.partyCodes.isSuperset(of: a.partyCodes) || a.partyCodes.intersection(b.partyCodes).count >= 1 }
        switch (a.date, b.date) {
        case let (x?, y?): if x != y && !isPrefix(x, of: y) && !isPrefix(y, of: x) && !contains(x, y) && !contains(y, x) { return false }
        case (nil, _?), (_?, nil): if a.status != b.status { return false }
        default: break
        }
        for (k, v) in a.attributes where !additive.contains(k) {
            if let w = b.attribute(k), w != v { return false }
        }
        if a.type == "agreement" {
            // A later mention without topic (`la signature de cet accord`) refers back to the
            // agreement; one with a level or count of its own is another agreement.
            for k in ["level", "count", "stage"] where (a.attribute(k) == nil) != (b.attribute(k) == nil) { return false }
            if a.attribute("topic") == nil, b.attribute("topic") != nil { return false }
        }
        if a.type == "trade" || a.type == "investment" {
            if (a.attribute("value") == nil) != (b.attribute("value") == nil) { return a.attribute("value") == nil ? false : false }
        }
        return true
    }
}
