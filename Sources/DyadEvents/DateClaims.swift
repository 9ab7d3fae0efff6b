import DyadCore
import DyadText

/// Which date of a sentence belongs to which trigger: a date right after a trigger is its own
/// (`signé en 2023`), a date that opens the sentence covers the others (`En 2024, …`).
struct DateClaims {
    let facts: ArticleFacts
    var attached: [Int: (token: Int, mention: Mention)] = [:]
    var fronted: Mention? = nil
    var free: [(token: Int, mention: Mention)] = []
    /// The sentence's one date, which every event of the sentence without its own shares.
    var only: Mention? = nil

    init(facts: ArticleFacts, sentence s: Sentence, triggers: [Hit]) {
        self.facts = facts
        // Deictic `now` (`actuellement`) and unresolved dates name no time of their own.
        let dates = facts.mentions([.date, .time], from: max(s.tokenStart, facts.datelineEnd), to: s.tokenEnd).filter {
            !$0.mention.approx && DateClaims.eventDate($0.mention) != nil
        }
        var claimed = Set<Int>()
        for h in triggers {
            // A date within three tokens after the trigger, or a parenthesised interval closing its noun phrase.
            if let d = dates.first(where: { $0.token >= h.end && $0.token <= h.end + 3 && !claimed.contains($0.token) }) {
                // `dimanche après-midi 20 août`: a time of day followed at once by a date gives the date.
                if d.mention.kind == .time, let next = dates.first(where: { $0.token > d.token && $0.mention.kind == .date
                    && $0.token <= facts.endToken(ofMention: d.index) + 1 }) {
                    attached[h.start] = (next.token, next.mention); claimed.insert(d.token); claimed.insert(next.token); continue
                }
                attached[h.start] = (d.token, d.mention); claimed.insert(d.token); continue
            }
            if let d = dates.first(where: { $0.token > h.end && $0.token <= h.end + 14 && !claimed.contains($0.token)
                && $0.token > 0 && facts.analysis.token($0.token - 1, is: "(") }) {
                attached[h.start] = (d.token, d.mention); claimed.insert(d.token)
            }
        }
        // `En 2024, …`, `Last year, …`: an opening adverbial, set off by a comma or a time preposition;
        // not a date that is the subject (`L'année 2025 marque …`).
        if let first = dates.first, first.token <= s.tokenStart + 3, !claimed.contains(first.token) {
            let after = facts.analysis.tokenIndex(atOrAfter: first.mention.end)
            let comma = after < s.tokenEnd && facts.analysis.token(after, is: ",")
            if comma || facts.hasClass(facts.cls.timePrep, from: s.tokenStart, to: first.token + 1) {
                fronted = first.mention; claimed.insert(first.token)
            }
        }
        free = dates.filter { !claimed.contains($0.token) }.map { ($0.token, $0.mention) }
        if dates.count == 1 { only = dates[0].mention }
    }

    func date(for h: Hit) -> EventDate? {
        if let a = attached[h.start] { return Self.eventDate(a.mention) }
        if let f = fronted { return Self.eventDate(f) }
        // The nearest remaining date in the sentence, not too far.
        let near = free.min { abs($0.token - h.start) < abs($1.token - h.start) }
        if let n = near, abs(n.token - h.start) <= 10 { return Self.eventDate(n.mention) }
        if let o = only { return Self.eventDate(o) }
        return nil
    }

    /// `2024-05-25T10:00` → `2024-05-25`.
    static func datePart(_ s: String) -> String {
        guard let t = s.utf8.firstIndex(of: UInt8(ascii: "T")) else { return s }
        return String(s[..<t])
    }

    static func eventDate(_ m: Mention) -> EventDate? {
        switch m.value {
        case let .text(s):
            if s.hasPrefix("T") || s.hasPrefix("P") { return nil }
            let datePart = datePart(s)
            return datePart.isEmpty ? nil : .point(datePart)
        case let .interval(a, b):
            let x = datePart(a), y = datePart(b)
            return x == y ? .point(x) : .interval(x, y)
        default: return nil
        }
    }
}
