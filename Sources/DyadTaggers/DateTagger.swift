import DyadCore
import DyadText

/// Dates, times and durations. (Being written.)
public struct DateTagger: MentionTagger {
    public let lang: String
    let numbers: NumberTagger
    public init(lang: String, numbers: NumberTagger) { self.lang = lang; self.numbers = numbers }

    public func tag(_ ctx: TagContext, into mentions: inout [Mention]) {
        let a = ctx.analysis
        for (i, t) in a.tokens.enumerated() where t.kind == .number && a.digitCount(i) == 4 {
            if let v = a.digitValue(i), (1000...2100).contains(v) {
                mentions.append(Mention(kind: .date, start: t.start, end: t.end, value: .text(String(v)), source: "year", priority: 1))
            }
        }
    }
}
