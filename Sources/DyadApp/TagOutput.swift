import DyadCore
import DyadTaggers

/// The `dyad-tags/1` object of FORMAT.md.
public enum TagOutput {
    public static func json(_ t: TaggedArticle) -> JSON {
        var obj: [(String, JSON)] = [("format", .string("dyad-tags/1")), ("id", .string(t.document.id)), ("lang", .string(t.lang))]
        obj.append(("reference", t.reference.map { .string($0.iso) } ?? .null))
        obj.append(("mentions", .array(t.mentions.map { mention($0, t) })))
        if !t.document.warnings.isEmpty { obj.append(("warnings", .array(t.document.warnings.map(JSON.string)))) }
        return .object(obj)
    }

    public static func mention(_ m: Mention, _ t: TaggedArticle) -> JSON {
        var o: [(String, JSON)] = [("kind", .string(m.kind.rawValue)), ("start", .int(m.start)), ("end", .int(m.end)),
                                   ("text", .string(t.analysis.text(m.start, m.end)))]
        switch m.value {
        case .none: break
        case let .number(v): o.append(("value", .number(v)))
        case let .text(s): o.append(("value", .string(s)))
        case let .interval(a, b): o.append(("value", .object([("start", .string(a)), ("end", .string(b))])))
        case let .money(v, cur):
            o.append(("value", .number(v)))
            o.append(("currency", cur.map(JSON.string) ?? .null))
        }
        if m.kind == .money || m.approx { o.append(("approx", .bool(m.approx))) }
        if let c = m.code { o.append((m.kind == .country ? "code" : "country", .string(c))) }
        if let mod = m.mod { o.append(("mod", .string(mod))) }
        return .object(o)
    }
}
