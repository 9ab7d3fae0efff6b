import DyadApp
import DyadCore
import Foundation
import Testing

/// The Recognizers-Text suites (read from ../shared/peer at run time) scored with the shared
/// scorer: value accuracy over date, number, ordinal, money and percent, per language.
@Suite(.serialized) struct PeerSuiteTests {
    @Test(arguments: ["fr", "en"])
    func valueAccuracy(lang: String) throws {
        let cases = sharedDir.appendingPathComponent("peer/recognizers/\(lang).jsonl")
        var out: [String] = []
        for line in try String(contentsOf: cases, encoding: .utf8).split(separator: "\n") {
            let c = try JSONParser.parse(String(line))
            guard let id = c["id"]?.stringValue, let text = c["text"]?.stringValue else { continue }
            let doc = Document(id: id, body: text, lang: lang, reference: c["reference"]?.stringValue)
            out.append(TagOutput.json(Pipeline.tag(doc, options: RunOptions(lang: lang))).serialized())
        }
        let pred = FileManager.default.temporaryDirectory.appendingPathComponent("dyad-peer-\(lang)-\(UUID().uuidString).jsonl")
        try out.joined(separator: "\n").write(to: pred, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: pred) }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", sharedDir.appendingPathComponent("tools/score_tags.py").path, "--cases", cases.path,
                       "--pred", pred.path, "--kinds", "date,number,ordinal,money,percent"]
        let pipe = Pipe()
        p.standardOutput = pipe
        try p.run()
        let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        let last = text.split(separator: "\n").last { $0.hasPrefix("value accuracy") } ?? ""
        let accuracy = Double(last.split(separator: " ")[2]) ?? 0
        #expect(accuracy >= 0.85, "\(lang): \(last)")
    }
}
