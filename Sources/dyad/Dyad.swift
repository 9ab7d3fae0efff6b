import ArgumentParser
import DyadApp
import DyadCore
import DyadText
import Foundation

@main
struct Dyad: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dyad",
        abstract: "Reads diplomatic news and records the relations between countries it reports.",
        discussion: """
        Articles may be plain text, a wire story with a `date YYYY-MM` header, front matter \
        (`key: value` lines then `---`), HTML, or JSON Lines (one {"text": …} object a line). \
        The shape is detected from the content; `-` reads standard input.
        """,
        subcommands: [Extract.self, Tag.self, Bench.self]
    )
}

struct CommonOptions: ParsableArguments {
    @Option(help: "Language of the articles: auto, fr, en, vi, ru or es.")
    var lang: String = "auto"

    @Option(help: "Output: json (one pretty object per article) or jsonl (one line per article).")
    var format: OutputFormat = .json

    @Argument(help: "Article files, or - for standard input.")
    var files: [String] = ["-"]

    func validateLang() throws {
        guard lang == "auto" || ["fr", "en", "vi", "ru", "es"].contains(lang) else {
            throw ValidationError(DyadError.unknownLanguage(lang).description)
        }
    }
}

enum OutputFormat: String, ExpressibleByArgument { case json, jsonl }

func checkedDate(_ s: String?) throws -> String? {
    guard let s else { return nil }
    guard let d = DateText.normalize(s) else { throw ValidationError(DyadError.badDate(s).description) }
    return d
}

struct Tag: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Prints the mention layer: dates, times, durations, numbers, ordinals, percents, money, countries, people, organisations and places.",
        discussion: """
        Output is `dyad-tags/1` (see spec/FORMAT.md): every mention with its kind, Unicode-scalar \
        offsets into the article body (end exclusive), exact text and normalised value. Relative \
        dates resolve against --reference, else the article's date, as far as its precision allows.
        """
    )
    @OptionGroup var common: CommonOptions
    @Option(help: "Reference date-time for relative expressions (YYYY-MM-DD or YYYY-MM-DDTHH:MM).")
    var reference: String?
    @Option(help: "The article date, when the input does not give one (YYYY, YYYY-MM or YYYY-MM-DD).")
    var date: String?

    func run() throws {
        try common.validateLang()
        let options = RunOptions(lang: common.lang, date: try checkedDate(date), reference: reference)
        let ok = CommandRunner.run(files: common.files, pretty: common.format == .json) { doc in
            TagOutput.json(Pipeline.tag(doc, options: options))
        }
        if !ok { throw ExitCode(1) }
    }
}

struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Extracts the events between countries that each article reports, as dyad/1 records.",
        discussion: """
        Each record (see spec/FORMAT.md) lists the article's entities (countries, people with \
        roles, organisations, places) and its events (spec/EVENTS.md): type, parties, date, \
        status (occurred, ongoing, planned, expected, negated), who said it, the exact evidence \
        sentence with offsets, the rule that fired and the nearest CAMEO code.
        """
    )
    @OptionGroup var common: CommonOptions
    @Option(help: "The article date, when the input does not give one (YYYY, YYYY-MM or YYYY-MM-DD).")
    var date: String?

    func run() throws {
        try common.validateLang()
        let options = RunOptions(lang: common.lang, date: try checkedDate(date))
        let ok = CommandRunner.run(files: common.files, pretty: common.format == .json) { doc in
            RecordOutput.json(Pipeline.extract(doc, options: options))
        }
        if !ok { throw ExitCode(1) }
    }
}

struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measures throughput of tag (and extract) on files, printing MB/s and articles/s.",
        discussion: "Runs single-threaded so the figure is per core. Output of the taggers is discarded."
    )
    @Option(help: "What to measure: tag or extract.")
    var stage: String = "tag"
    @Option(help: "Repeat the input this many times.")
    var repeatCount: Int = 5
    @Option(help: "Language: auto, fr, en, …")
    var lang: String = "auto"
    @Argument(help: "Article files (JSON Lines batches welcome).")
    var files: [String]

    func run() throws {
        let report = try Benchmark.run(files: files, stage: stage, repeatCount: repeatCount, options: RunOptions(lang: lang))
        print(report)
    }
}
