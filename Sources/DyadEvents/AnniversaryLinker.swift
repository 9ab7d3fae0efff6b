import DyadCore

/// Ties an anniversary to the event it celebrates (`le 33e anniversaire de l'établissement des
/// relations (1992-2025)`): `of`, `base_year`, `year`, the parties, and the earlier event's date.
/// The arithmetic is checked and a mismatch reported in `attributes.check`.
enum AnniversaryLinker {
    static func link(_ out: inout [Event], facts: ArticleFacts) {
        for i in out.indices where out[i].kind == .anniversary {
            var a = out[i]
            let sentence = facts.sentenceIndex(ofToken: a.triggerToken)
            let inner = out.indices.first { j in
                j != i && out[j].kind != .anniversary && out[j].triggerToken > a.triggerToken
                    && out[j].triggerToken <= a.triggerToken + 12 && facts.sentenceIndex(ofToken: out[j].triggerToken) == sentence
            }
            let ordinal = a.attribute("ordinal").flatMap { j -> Int? in if case let .int(n) = j { return n }; if case let .double(d) = j { return Int(d) }; return nil }
            var base: Int? = nil, year: Int? = nil
            if case let .interval(s, e)? = a.date { base = Int(s.prefix(4)); year = Int(e.prefix(4)) }
            if let j = inner, case let .interval(s, _)? = out[j].date { out[j].date = .point(String(s)) }
            let innerDate = inner.flatMap { out[$0].date }
            // One date claimed by both (`on Thursday celebrated the 60th anniversary of …`) is the celebration's.
            let shared = innerDate != nil && innerDate == a.date
            if base == nil, !shared, let y = innerDate?.year, y != a.date?.year { base = y }
            // The only date may be the celebrated event's (`…, en janvier 1992`): it is when adding the
            // ordinal lands near the article's year, as celebrations are news when they happen.
            if base == nil, year == nil, let n = ordinal, n >= 3, let y = a.date?.year, let doc = facts.documentYear,
               (doc - 1...doc + 2).contains(y + n) {
                base = y; year = y + n
            }
            if year == nil { year = a.date?.year ?? facts.documentYear }
            if base == nil, let y = year, let n = ordinal { base = y - n }
            if let j = inner {
                a.set("of", .string(out[j].type))
                if a.partyCodes.isEmpty || out[j].partyCodes.count >= 2 {
                    a.actor = out[j].actor; a.target = out[j].target
                    if let p = out[j].attribute("parties") { a.set("parties", p) }
                }
                // The celebrated event happened in the base year; a date of the celebration year
                // (`L'année 2025 marque…`) belongs to the anniversary, not to it.
                if let b = base, innerDate == nil || shared || innerDate?.year == year { out[j].date = .point(String(b)) }
                out[j].status = "occurred"
            }
            if inner == nil, let of = facts.lookups("of", from: a.triggerToken, to: a.triggerToken + 10).first?.value {
                a.set("of", .string(of))
            }
            if let b = base { a.set("base_year", .int(b)) }
            if let y = year { a.set("year", .int(y)) }
            if let b = base, let y = year, let n = ordinal, y - b != n {
                a.set("check", .string("mismatch: \(y) - \(b) = \(y - b), not \(n)"))
            }
            a.date = year.map { .point(String($0)) }
            out[i] = a
        }
        
    }
}
