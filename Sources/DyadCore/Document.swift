/// An article after reading: metadata and body. Offsets everywhere are into `body`.
public struct Document: Sendable {
    public var id: String
    public var body: String
    public var lang: String?
    /// ISO partial date of the article (`2025-05`), if known.
    public var date: String?
    /// Reference date-time for relative expressions; defaults to `date`.
    public var reference: String?
    public var source: String?
    public var title: String?
    public var url: String?
    public var metadata: [(String, String)]
    /// Scalar ranges of the body that are photo captions (wire header shape).
    public var captions: [Range<Int>]
    public var warnings: [String]

    public init(id: String, body: String, lang: String? = nil, date: String? = nil, reference: String? = nil,
                source: String? = nil, title: String? = nil, url: String? = nil,
                metadata: [(String, String)] = [], captions: [Range<Int>] = [], warnings: [String] = []) {
        self.id = id; self.body = body; self.lang = lang; self.date = date; self.reference = reference
        self.source = source; self.title = title; self.url = url; self.metadata = metadata
        self.captions = captions; self.warnings = warnings
    }
}
