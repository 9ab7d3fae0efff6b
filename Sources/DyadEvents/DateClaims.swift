import DyadCore
import DyadText

/// Which date of a sentence belongs to which trigger: a date right after a trigger is its own
/// (`signé en 2023`), a date that opens the sentence covers the others (`En 2024, …`).
struct DateClaims {
    /// A date of the sentence: the mention, its first token and its event date.
    typealias Claim = (mention: Int, token: Int, date: EventDate)
    /// Per trigger start token, the date attached to it.
    var attached: [(trigger: Int, claim: Claim)] = []
    var fronted: Claim? = nil
    var free: [Claim] = []
    /// The sentence's one date, which every event of the sentence without its own shares.
    var only: Claim? = nil

    init(facts: ArticleFacts, sentence s: Sentence, triggers: [Hit]) {
        // Deictic `now` (`actuellement`) and unresolved dates name no time of their own.
        var dates: [(index: Int, token: Int, date: EventDate, isTime: Bool)] = []
        for (mi, t) in facts.mentionIndices(.date.union(.time), from: max(s.tokenStart, facts.datelineEnd), to: s.tokenEnd) {
            if let d = facts.eventDate(ofMention: mi) { dates.append((mi, t, d, facts.mentions[mi].kind == .time)) }
        }
        guard !dates.isEmpty else { return }
        var claimed: [Int] = []
        for h in triggers {
            // A date within three tokens after the trigger, or a parenthesised interval closing its noun phrase.
            if let d = dates.first(where: { $0.token >= h.end && $0.token <= h.end + 3 && !claimed.contains($0.token) }) {
                // `dimanche après-midi 20 août`: a time of day followed at once by a date gives the date.
                if d.isTime, let next = dates.first(where: { $0.token > d.token && !$0.isTime
                    && $0.token <= facts.endToken(ofMention: d.index) + 1 }) {
                    attached.append((h.start, (next.index, next.token, next.date))); claimed.append(d.token); claimed.append(next.token); continue
                }
                attached.append((h.start, (d.index, d.token, d.date))); claimed.append(d.token); continue
            }
            if let d = dates.first(where: { $0.token > h.end && $0.token <= h.end + 14 && !claimed.contains($0.token)
                && $0.token > 0 && facts.analysis.token($0.token - 1, is: "(") }) {
                attached.append((h.start, (d.index, d.token, d.date))); claimed.append(d.token)
            }
        }
        // `En 2024, …`, `Last year, …`: an opening adverbial, set off by a comma or a time preposition;
        // not a date that is the subject (`L'année 2025 marque …`).
        let first = dates[0]
        if first.token <= s.tokenStart + 3, !claimed.contains(first.token) {
            let after = facts.endToken(ofMention: first.index)
            let comma = after < s.tokenEnd && facts.analysis.token(after, is: ",")
            if comma || facts.hasClass(facts.cls.timePrep, from: s.tokenStart, to: first.token + 1) {
                fronted = (first.index, first.token, first.date); claimed.append(first.token)
            }
        }
        free = dates.filter { !claimed.contains($0.token) }.map { ($0.index, $0.token, $0.date) }
        if dates.count == 1 { only = (dates[0].index, dates[0].token, dates[0].date) }
    }

    /// The date of the trigger and the mention it comes from.
    func claim(for h: Hit) -> Claim? {
        // Two triggers may share a start: the later attachment wins.
        if let a = attached.last(where: { $0.trigger == h.start }) { return a.claim }
        if let f = fronted { return f }
        // The nearest remaining date in the sentence, not too far.
        let near = free.min { abs($0.token - h.start) < abs($1.token - h.start) }
        if let n = near, abs(n.token - h.start) <= 10 { return n }
        return only
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
