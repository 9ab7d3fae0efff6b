import DyadCore
import DyadText

/// Numbers, ordinals, percents and money. (Being written: see NumberTagger in issue 2.)
public struct NumberTagger: MentionTagger {
    public let lang: String
    public init(lang: String) { self.lang = lang }

    public func tag(_ ctx: TagContext, into mentions: inout [Mention]) {
        let a = ctx.analysis
        for (i, t) in a.tokens.enumerated() where t.kind == .number {
            if let v = a.digitValue(i) { mentions.append(Mention(kind: .number, start: t.start, end: t.end, value: .number(Double(v)), source: "digits")) }
        }
    }

    /// A number written with digits or words starting at token `i`: its value and the token after it.
    public func parseNumber(_ a: TextAnalysis, at i: Int) -> (value: Double, end: Int)? {
        guard let v = a.digitValue(i) else { return nil }
        return (Double(v), i + 1)
    }

    /// An ordinal (`66e`, `1er`, `troisième`, `21st`, `third`) starting at token `i`.
    public func parseOrdinal(_ a: TextAnalysis, at i: Int) -> (value: Int, end: Int)? { nil }
}
