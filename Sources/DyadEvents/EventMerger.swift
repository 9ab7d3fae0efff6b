import DyadCore

/// One event told several times in an article becomes one event with every evidence span.
/// Two reports merge when type, parties and every attribute they both give agree.
enum EventMerger {
    /// Attributes whose values are collected rather than compared.
    static func isAdditive(_ key: String) -> Bool {
        switch key {
        case "domains", "sectors", "parties", "place", "approx", "check", "growth_percent", "change", "mode": return true
        default: return false
        }
    }

    static func merge(_ events: consuming [Event], facts: ArticleFacts) -> [Event] {
        var out: [Event] = []
        out.reserveCapacity(events.count)
        // Party codes of each kept event, computed only when a comparison needs them.
        var outCodes: [Codes?] = []
        // Each event is moved out of the list, not copied (a copy retains every field).
        var pending = events
        let placeholder = Event(type: "", kind: .other, status: "", evidence: [], rule: "", triggerToken: 0)
        for k in pending.indices {
            let e = pending.withUnsafeMutableBufferPointer { buf -> Event in
                let moved = (buf.baseAddress! + k).move()
                (buf.baseAddress! + k).initialize(to: placeholder)
                return moved
            }
            var codes: Codes? = nil
            // Compared only with earlier events of its own type, the latest first.
            if e.isReference {
                var j = out.count - 1
                while j >= 0 {
                    if out[j].kind == e.kind, out[j].type == e.type, !out[j].isReference,
                       !e.ownParties || compatibleSides(out[j], e, Codes.of(out[j], &outCodes[j]), Codes.of(e, &codes)) { break }
                    j -= 1
                }
                if j >= 0 {
                    // A reference (`lors de la visite`) adds its evidence to the event it refers to.
                    for r in e.evidence where !out[j].evidence.contains(r) { out[j].evidence.append(r) }
                    if out[j].date == nil, let d = e.date { out[j].date = d }
                    continue
                }
                if !e.ownParties { continue }
            }
            var j = out.count - 1
            while j >= 0 {
                if out[j].kind == e.kind, out[j].type == e.type, sameEvent(out[j], e, facts, &outCodes[j], &codes) { break }
                j -= 1
            }
            if j >= 0 {
                if out[j].isReference && !e.isReference { out[j].status = e.status; out[j].isReference = false }
                Self.absorb(e, into: &out[j], facts: facts)
                outCodes[j] = nil
            } else {
                out.append(e)
                outCodes.append(codes)
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
    static func compatibleSides(_ a: Event, _ b: Event, _ ac: Codes, _ bc: Codes) -> Bool {
        if isDirected(a.kind) {
            if let x = a.actor?.country, let y = b.actor?.country, x != y { return false }
            if let x = a.target?.country, let y = b.target?.country, x != y { return false }
            return true
        }
        return ac.isSuperset(of: bc) || bc.isSuperset(of: ac)
    }

    static func isDirected(_ kind: EventKind) -> Bool {
        switch kind {
        case .visit, .invitation, .investment, .aid, .praise, .criticism, .protest, .threat, .sanction, .expulsion: return true
        default: return false
        }
    }

    /// Types whose later definite mention (`la visite du …`) is usually the same event.
    static func isAnaphoric(_ kind: EventKind) -> Bool {
        switch kind {
        case .visit, .meeting, .phoneCall, .agreement: return true
        default: return false
        }
    }

    /// An event's party codes (`Event.partyCodes`) as a small sorted list: events have two or three.
    struct Codes: Equatable {
        var sorted: [String]
        /// The cached codes of `e`, computed on first use.
        static func of(_ e: Event, _ cache: inout Codes?) -> Codes {
            if let c = cache { return c }
            let c = Codes(e)
            cache = c
            return c
        }

        init(_ e: Event) {
            var list: [String] = []
            func add(_ c: String) { if !list.contains(c) { list.append(c) } }
            if let c = e.actor?.country { add(c) }
            if let c = e.target?.country { add(c) }
            if case let .array(items)? = e.attribute("parties") { for i in items { if let c = i.stringValue { add(c) } } }
            sorted = list.count > 1 ? list.sorted() : list
        }
        func isSuperset(of o: Codes) -> Bool { o.sorted.allSatisfy { sorted.contains($0) } }
        func intersects(_ o: Codes) -> Bool { o.sorted.contains { sorted.contains($0) } }
    }

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

    static func sameEvent(_ a: Event, _ b: Event, _ facts: ArticleFacts, _ aCache: inout Codes?, _ bCache: inout Codes?) -> Bool {
        guard a.kind == b.kind, a.type == b.type else { return false }
        // Direction matters for directed events: a visit to A is not a visit from A.
        if isDirected(a.kind), let x = a.actor?.country, let y = b.actor?.country, x != y { return false }
        // Two reports of different modality are two events, unless one only refers back.
        if a.status != b.status && !b.isReference && !(isAnaphoric(a.kind) && b.date == nil && a.date == nil && isDefinite(b, facts)) {
            return false
        }
        if let x = a.subtype, let y = b.subtype, x != y, x != "unspecified", y != "unspecified" { return false }
        // Sides must agree where both are known.
        if let x = a.actor?.country, let y = b.actor?.country, x != y {
            // Symmetric events may list their sides in either order.
            guard Codes.of(a, &aCache) == Codes.of(b, &bCache) else { return false }
        }
        if let x = a.target?.country, let y = b.target?.country, x != y, Codes.of(a, &aCache) != Codes.of(b, &bCache) { return false }
        // Different people on the same side make different events (one per person met).
        if let x = a.target?.entity, let y = b.target?.entity, x != y, isPerson(x, facts), isPerson(y, facts) { return false }
        if let x = a.actor?.entity, let y = b.actor?.entity, x != y, isPerson(x, facts), isPerson(y, facts) { return false }
        if b.isReference {
            let ac = Codes.of(a, &aCache), bc = Codes.of(b, &bCache)
            return ac.isSuperset(of: bc) || bc.isSuperset(of: ac) || ac.intersects(bc)
        }
        switch (a.date, b.date) {
        case let (x?, y?): if x != y && !isPrefix(x, of: y) && !isPrefix(y, of: x) && !contains(x, y) && !contains(y, x) { return false }
        case (nil, _?), (_?, nil): if a.status != b.status { return false }
        default: break
        }
        for (k, v) in a.attributes where !isAdditive(k) {
            if let w = b.attribute(k), w != v { return false }
        }
        if a.kind == .agreement {
            // A later mention without topic (`la signature de cet accord`) refers back to the
            // agreement; one with a level or count of its own is another agreement.
            for k in ["level", "count", "stage"] where (a.attribute(k) == nil) != (b.attribute(k) == nil) { return false }
            if a.attribute("topic") == nil, b.attribute("topic") != nil { return false }
        }
        if a.kind == .trade || a.kind == .investment {
            if (a.attribute("value") == nil) != (b.attribute("value") == nil) { return a.attribute("value") == nil ? false : false }
        }
        return true
    }
}
