import DyadCore
import DyadTaggers
import DyadText

/// Options shared by `tag` and `extract`.
public struct RunOptions: Sendable {
    /// `auto` or a language code.
    public var lang: String = "auto"
    /// Overrides the article date (and so the reference) when set.
    public var date: String? = nil
    /// Overrides the reference date-time for relative expressions.
    public var reference: String? = nil
    public init(lang: String = "auto", date: String? = nil, reference: String? = nil) {
        self.lang = lang; self.date = date; self.reference = reference
    }
}

/// An article read and tagged: the shared front half of `tag` and `extract`.
public struct TaggedArticle: @unchecked Sendable {
    public var document: Document
    public var lang: String
    public var analysis: TextAnalysis
    public var sentences: [Sentence]
    public var reference: ReferenceDate?
    public var mentions: [Mention]
    public var pack: LanguagePack
    /// The context the taggers saw, with what they memoised for later stages.
    public var context: TagContext
}

public enum Pipeline {
    public static func tag(_ input: Document, options: RunOptions) -> TaggedArticle {
        var doc = input
        if let d = options.date { doc.date = d }
        let analysis = TextAnalysis(doc.body)
        var lang = options.lang == "auto" ? (doc.lang ?? "") : options.lang
        if !LanguagePack.supported.contains(lang) { lang = LanguagePack.detector.detect(analysis) }
        doc.lang = lang
        let pack = LanguagePack.pack(for: lang)
        let sentences = pack.splitter.split(analysis, captions: doc.captions)
        let refText = options.reference ?? doc.reference ?? doc.date
        let reference = refText.flatMap(ReferenceDate.init(iso:))
        let ctx = TagContext(analysis: analysis, pack: pack, reference: reference, sentences: sentences)
        var candidates: [Mention] = []
        for t in pack.taggers { t.tag(ctx, into: &candidates) }
        let mentions = MentionResolver.resolve(consume candidates)
        return TaggedArticle(document: doc, lang: lang, analysis: analysis, sentences: sentences, reference: reference,
                             mentions: mentions, pack: pack, context: ctx)
    }
}
