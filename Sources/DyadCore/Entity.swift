/// A country, person, organisation or place of one article, with every span that refers to it.
public struct Entity: Sendable, Equatable {
    public var id: String
    public var kind: MentionKind
    public var name: String
    /// ISO alpha-3 code for a country entity (or bloc code such as EU).
    public var code: String?
    /// The country a person, organisation or place belongs to or represents.
    public var country: String?
    /// Person role from EVENTS.md (head_of_state, ambassador, …).
    public var role: String?
    /// The title as written (`secrétaire général du CC du PCV`).
    public var title: String?
    /// For ambassadors: the country they are posted to.
    public var postedTo: String?
    /// Every span (scalar offsets) that refers to this entity: names, surnames, titles, abbreviations.
    public var mentions: [Range<Int>]

    public init(id: String, kind: MentionKind, name: String, code: String? = nil, country: String? = nil,
                role: String? = nil, title: String? = nil, postedTo: String? = nil, mentions: [Range<Int>] = []) {
        self.id = id; self.kind = kind; self.name = name; self.code = code; self.country = country
        self.role = role; self.title = title; self.postedTo = postedTo; self.mentions = mentions
    }
}
