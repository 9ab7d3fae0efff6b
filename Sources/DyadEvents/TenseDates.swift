import DyadTaggers

/// A month or weekday written without its year (`in February`, `jeudi`) is resolved by the date
/// tagger without knowing the tense. The event's status knows it: what has happened lies before
/// the article, what is planned after it.
extension ArticleFacts {
    func tenseAdjusted(_ date: EventDate, mention i: Int, status: String) -> EventDate {
        let inferred = mentions[i].inferred
        guard inferred != .none, let doc = documentDate, case let .point(p) = date, let day = ArticleFacts.dayNumber(p) else { return date }
        // Compare at the coarser precision of the two: `2024-09` is not after an article of
        // 2024-09-10, nor `le 28 avril` after an article dated 2022-04.
        let precision = min(p.utf8.count, documentPrecision)
        let docAtPrecision = ArticleFacts.truncate(doc, toLength: precision)
        let dayAtPrecision = ArticleFacts.truncate(day, toLength: precision)
        let step: Int
        if status == "occurred", dayAtPrecision > docAtPrecision { step = -1 }
        else if status == "planned" || status == "expected", dayAtPrecision < docAtPrecision { step = 1 }
        else { return date }
        if inferred == .week { return .point(ArticleFacts.iso(day + 7 * step, length: p.utf8.count)) }
        let c = Cal.civil(day)
        let d = c.m == 2 && c.d == 29 ? 28 : c.d
        return .point(ArticleFacts.iso(Cal.day(c.y + step, c.m, d), length: p.utf8.count))
    }

    /// Whether a date starts after the article's date, compared at the coarser precision of the two.
    func isAfterArticle(_ date: EventDate) -> Bool {
        let p: String
        switch date { case let .point(x): p = x; case let .interval(x, _): p = x }
        guard let doc = documentDate, let day = ArticleFacts.dayNumber(p) else { return false }
        let precision = min(p.utf8.count, documentPrecision)
        return ArticleFacts.truncate(day, toLength: precision) > ArticleFacts.truncate(doc, toLength: precision)
    }

    /// Day number of an ISO date of 4, 7 or 10 characters (first day of the month or year),
    /// read from its bytes: it runs for every dated event.
    static func dayNumber(_ s: String) -> Int? {
        var fields = (0, 1, 1), index = 0, digits = 0, value = 0
        for b in s.utf8 {
            if b >= 0x30 && b <= 0x39 { value = value * 10 + Int(b - 0x30); digits += 1; continue }
            guard b == 0x2D, index < 2, digits > 0 else { break }
            switch index { case 0: fields.0 = value; case 1: fields.1 = value; default: break }
            if index == 0 && digits != 4 { return nil }
            index += 1; value = 0; digits = 0
        }
        guard digits > 0 else { return nil }
        switch index {
        case 0: guard digits == 4 else { return nil }; fields.0 = value
        case 1: fields.1 = value
        default: fields.2 = value
        }
        guard (1...12).contains(fields.1), (1...31).contains(fields.2) else { return nil }
        return Cal.day(fields.0, fields.1, fields.2)
    }

    /// The first day of the year or month holding `day`, for a date written to `length` characters.
    static func truncate(_ day: Int, toLength length: Int) -> Int {
        let c = Cal.civil(day)
        switch length {
        case 4: return Cal.day(c.y, 1, 1)
        case 7: return Cal.day(c.y, c.m, 1)
        default: return day
        }
    }

    static func iso(_ day: Int, length: Int) -> String {
        let c = Cal.civil(day)
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        let full = "\(c.y)-\(two(c.m))-\(two(c.d))"
        return String(full.prefix(length))
    }
}
