import DyadCore
import DyadText

/// Dates, times and durations (kinds `date`, `time`, `duration`).
///
/// Values follow FORMAT.md: ISO partial dates at the precision the text gives (`2024`,
/// `2024-05`, `2024-05-25`), inclusive intervals for ranges (`1959`–`2025`, `du 11 au 13 mai`),
/// `YYYY-MM-DDTHH:MM` or `THH:MM` for times, ISO 8601 durations (`P3Y`, `PT1.5H`).
/// Relative expressions (`hier`, `l'an dernier`, `next Monday`, `il y a deux ans`) resolve against
/// the reference date, and never finer than it is known: with a reference of `2025-05`,
/// `hier` is `2025-05` (marked approx). A month or day without a year takes the occurrence
/// nearest the reference.
///
/// The engine (Dates/*.swift) knows only roles (month 5, unit `year`, marker `next`, connector
/// `between`); every word of every language is data (`data/<lang>/dates/*.tsv`, docs/DATA.md).
/// A language with no date data (vi, ru, es for now) still gets numeric dates and years.
public struct DateTagger: MentionTagger {
    public let lang: String
    let numbers: NumberTagger
    let lexicon: DateLexicon

    public init(lang: String, numbers: NumberTagger) {
        self.lang = lang
        self.numbers = numbers
        self.lexicon = DateLexicon(lang: lang)
    }

    public func tag(_ ctx: TagContext, into mentions: inout [Mention]) {
        let ref = ctx.reference.map(RefPoint.init)
        let scanner = DateScanner(ctx.analysis, lex: lexicon, numbers: numbers, ref: ref)
        scanner.scan(into: &mentions)
    }
}
