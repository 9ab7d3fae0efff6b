import DyadCore
import DyadEvents
import DyadTaggers
import DyadText

/// An article's dyad/1 record: document, entities and events.
public struct ArticleRecord: @unchecked Sendable {
    public var tagged: TaggedArticle
    public var entities: [Entity]
    public var events: [Event]
}

extension Pipeline {
    public static func extract(_ input: Document, options: RunOptions) -> ArticleRecord {
        extract(from: tag(input, options: options))
    }

    /// The back half: entities and events from an article already tagged.
    public static func extract(from tagged: TaggedArticle, clock: StageClock? = nil) -> ArticleRecord {
        let entities = tagged.pack.entities.link(tagged.context, mentions: tagged.mentions)
        clock?.lap("link")
        let year = tagged.document.date.flatMap { Int($0.prefix(4)) }
        let facts = ArticleFacts(analysis: tagged.analysis, sentences: tagged.sentences, mentions: tagged.mentions,
                                 entities: entities, rules: RuleSet.rules(for: tagged.lang), title: tagged.document.title,
                                 documentYear: year, documentDate: tagged.document.date)
        clock?.lap("facts")
        let events = EventExtractor(facts: facts).extract()
        clock?.lap("events")
        return ArticleRecord(tagged: tagged, entities: entities, events: events)
    }
}

/// The `dyad/1` object of FORMAT.md.
public enum RecordOutput {
    public static func json(_ r: ArticleRecord) -> JSON {
        let d = r.tagged.document
        let a = r.tagged.analysis
        func str(_ s: String?) -> JSON { s.map(JSON.string) ?? .null }
        let document: JSON = .object([
            ("id", .string(d.id)), ("lang", .string(r.tagged.lang)), ("date", str(d.date)), ("source", str(d.source)),
            ("title", str(d.title)), ("url", str(d.url)), ("chars", .int(a.scalars.count)),
        ])
        let entities: [JSON] = r.entities.map { e in
            var o: [(String, JSON)] = [("id", .string(e.id)), ("kind", .string(e.kind.rawValue)), ("name", .string(e.name))]
            if let c = e.code { o.append(("code", .string(c))) }
            if e.kind != .country { o.append(("country", str(e.country))) }
            if let role = e.role { o.append(("role", .string(role))) }
            if let t = e.title { o.append(("title", .string(t))) }
            if let p = e.postedTo { o.append(("posted_to", .string(p))) }
            o.append(("mentions", .array(e.mentions.map { .object([("start", .int($0.lowerBound)), ("end", .int($0.upperBound))]) })))
            return .object(o)
        }
        let events: [JSON] = r.events.map { e in
            func party(_ p: Party?) -> JSON {
                guard let p else { return .null }
                return .object([("entity", str(p.entity)), ("country", str(p.country))])
            }
            func span(_ range: Range<Int>) -> JSON {
                .object([("start", .int(range.lowerBound)), ("end", .int(range.upperBound)), ("text", .string(a.text(range.lowerBound, range.upperBound)))])
            }
            var o: [(String, JSON)] = [("id", .string(e.id)), ("type", .string(e.type))]
            if let s = e.subtype { o.append(("subtype", .string(s))) }
            o.append(("status", .string(e.status)))
            o.append(("actor", party(e.actor)))
            o.append(("target", party(e.target)))
            o.append(("date", e.date?.json ?? .null))
            o.append(("attributes", .object(e.attributes)))
            o.append(("attributed_to", str(e.attributedTo)))
            o.append(("cameo", str(e.cameo)))
            o.append(("evidence", e.evidence.first.map(span) ?? .null))
            if e.evidence.count > 1 { o.append(("evidence_all", .array(e.evidence.map(span)))) }
            o.append(("rule", .string(e.rule)))
            return .object(o)
        }
        var obj: [(String, JSON)] = [("format", .string("dyad/1")), ("document", document), ("entities", .array(entities)), ("events", .array(events))]
        if !d.warnings.isEmpty { obj.append(("warnings", .array(d.warnings.map(JSON.string)))) }
        return .object(obj)
    }
}
