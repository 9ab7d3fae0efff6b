import DyadText

/// Reads modality from the words around a trigger: tense endings, modal verbs, hedges, negation.
struct StatusReader {
    let facts: ArticleFacts
    static func rank(_ s: String) -> Int {
        switch s {
        case "negated": return 5
        case "expected": return 4
        case "planned": return 3
        case "ongoing": return 2
        default: return 1
        }
    }

    /// Whether a negation ending at `cueEnd` reaches the trigger: at most two words between them,
    /// none of them a determiner.
    func negates(cueEnd: Int, trigger h: Hit) -> Bool {
        let gap = h.start - cueEnd
        if gap <= 0 { return true }
        return gap <= 2 && !facts.hasClass(facts.cls.determiner, from: cueEnd, to: h.start)
    }

    func status(trigger h: Hit, sentence s: Sentence) -> String {
        let lo = max(s.tokenStart, h.start - 9), hi = min(s.tokenEnd, h.end + 7)
        var best = "occurred"
        func consider(_ st: String) { if Self.rank(st) > Self.rank(best) { best = st } }
        // A trigger inside a relative clause (`The two countries, which established relations in
        // 1956, are expected to …`): what follows the clause's closing comma is the main clause's.
        let relative = (max(s.tokenStart, h.start - 6)..<h.start).contains { t in
            facts.hasClass(facts.cls.clauseBreak, from: t, to: t + 1) && t > s.tokenStart && facts.analysis.token(t - 1, is: ",")
        }
        let closing = relative ? (h.end..<hi).first { facts.analysis.token($0, is: ",") } : nil
        // After the trigger, the window ends where another clause opens (`a signé un accord qui
        // entrera en vigueur`) or where the relative clause holding the trigger closes.
        var end = hi
        if let b = (h.end..<hi).first(where: { facts.clauseBreak(from: $0, to: $0 + 1) }) { end = b + 1 }
        if let c = closing { end = min(end, c + 1) }
        let cues = facts.statuses(from: max(0, lo - 3), to: hi)
        // `Le président, qui séjourne au Chili depuis lundi, a rencontré …`: a cue in a relative
        // clause closed before the trigger is that clause's.
        var relativeBefore = -1
        if let q = (lo..<h.start).last(where: { facts.hasClass(facts.cls.clauseBreak, from: $0, to: $0 + 1) }),
           let k = (q..<h.start).last(where: { facts.analysis.token($0, is: ",") }) {
            relativeBefore = k
        }
        for hit in cues where hit.start >= lo {
            if hit.start < relativeBefore { continue }
            // A cue inside a longer one is part of it (`not` in `did not rule out`).
            if cues.contains(where: { $0.start <= hit.start && $0.end >= hit.end && $0.end - $0.start > hit.end - hit.start }) { continue }
            if hit.start >= end { continue }
            // A cue inside a date (`May` in `January-May`, `prochain` in `mardi prochain`) is the date's.
            if facts.inTemporal[hit.start] { continue }
            // A negation inside the trigger (`no longer welcome`) is its meaning, not its modality.
            if hit.start >= h.start && hit.start < h.end, case .status("negated") = facts.rules.meanings[Int(hit.payload)] { continue }
            // Negation stands right before what it negates (`n'a pas signé`, `did not yet sign`);
            // after the trigger it belongs to the next clause (`… and no other meetings are planned`),
            // and past another verb and its article it negates that verb (`n'a pas levé l'embargo`).
            if case let .status(st) = facts.rules.meanings[Int(hit.payload)] {
                // `la visite … n'aura pas lieu`: a cancellation negates the event it follows.
                if st == "cancelled" { consider("negated"); continue }
                if st == "negated" && (hit.start >= h.start || !negates(cueEnd: hit.end, trigger: h)) { continue }
                consider(st)
            }
        }
        for t in max(lo, relativeBefore)..<end { if let st = facts.suffixStatus(t) { consider(st) } }
        // A cancellation may come after an apposition (`la visite …, prévue en mai, n'aura pas
        // lieu`): it reaches further, within the clause.
        if end == hi, hi < s.tokenEnd {
            let far = min(s.tokenEnd, h.end + 16)
            for hit in facts.statuses(from: hi, to: far) {
                guard case .status("cancelled") = facts.rules.meanings[Int(hit.payload)] else { continue }
                if !facts.clauseBreak(from: h.end, to: hit.start) { consider("negated") }
                break
            }
        }
        return best
    }
}

/// Who reports the events of a sentence: `selon l'ambassadeur`, `a souligné X`, `X said`.
struct Attribution {
    let facts: ArticleFacts

    func speaker(sentence s: Sentence) -> String? {
        for hit in facts.attributions(from: s.tokenStart, to: s.tokenEnd) {
            // The nearest person or organisation after the cue, else before it.
            let after = facts.parties(from: hit.end, to: min(s.tokenEnd, hit.end + 8)).first { $0.entity.kind != .country && $0.entity.kind != .place }
            if let p = after { return p.entity.id }
            let before = facts.parties(from: max(s.tokenStart, hit.start - 8), to: hit.start).last { $0.tokenEnd <= hit.start && $0.entity.kind != .country && $0.entity.kind != .place }
            if let p = before { return p.entity.id }
            if facts.hasClass(facts.cls.pronoun, from: hit.start, to: min(s.tokenEnd, hit.end + 3))
                || facts.hasClass(facts.cls.pronoun, from: max(s.tokenStart, hit.start - 3), to: hit.start) {
                return facts.parties(from: 0, to: s.tokenStart).last { $0.tokenEnd <= s.tokenStart && $0.isPerson }?.entity.id
            }
        }
        return nil
    }
}
