/// What a mention is: the kinds of FORMAT.md's `dyad tag` output.
public enum MentionKind: String, Sendable, CaseIterable {
    case date, time, duration, number, ordinal, money, percent
    case country, person, organization, place
}

/// The normalised value of a mention.
public enum MentionValue: Sendable, Equatable {
    case none
    case number(Double)
    /// ISO partial date, date-time or duration string.
    case text(String)
    /// An interval of ISO partial dates, both ends inclusive.
    case interval(String, String)
    case money(Double, currency: String?)
}

/// What a date tagger had to choose itself for a date written without it.
public enum DateInference: UInt8, Sendable {
    case none
    /// `in February`, `le 28 avril`: the year.
    case year
    /// `on Thursday`: the week.
    case week
}

/// One span of the body with its kind and value. Offsets are Unicode scalar offsets, end exclusive.
public struct Mention: Sendable, Equatable {
    public var kind: MentionKind
    public var start: Int
    public var end: Int
    public var value: MentionValue
    /// Country code for country, person, organisation and place mentions.
    public var code: String?
    public var approx: Bool
    /// Modifier such as before/after/since/until for dates, more/less for numbers.
    public var mod: String?
    /// Name of the rule or lexicon that produced it, for debugging and priority.
    public var source: String
    /// Among overlapping candidates, higher priority wins before length.
    public var priority: Int
    /// For a date written without its year or week (`in February`, `jeudi`): the tagger chose the
    /// one nearest the reference, which the event rules may revise by the tense.
    public var inferred: DateInference = .none

    public init(kind: MentionKind, start: Int, end: Int, value: MentionValue = .none, code: String? = nil,
                approx: Bool = false, mod: String? = nil, source: String = "", priority: Int = 0) {
        self.kind = kind; self.start = start; self.end = end; self.value = value; self.code = code
        self.approx = approx; self.mod = mod; self.source = source; self.priority = priority
    }

    public var length: Int { end - start }
    public func overlaps(_ o: Mention) -> Bool { start < o.end && o.start < end }
}
