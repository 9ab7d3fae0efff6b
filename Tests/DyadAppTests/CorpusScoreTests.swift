import DyadApp
import DyadCore
import DyadText
import Foundation
import Testing

/// End to end: extract the seed and the development corpus (read from ../shared at run time)
/// and score them with the shared scorer. The figures must not fall below what Dyad reached.
@Suite(.serialized) struct CorpusScoreTests {
    struct Scores: Decodable {
        var event_f1: Double
        var entity_f1: Double
        var roles_right: Int
        var roles_total: Int
    }

    func articles(_ filter: (String) -> Bool) throws -> [URL] {
        let dir = sharedDir.appendingPathComponent("corpus/articles")
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".txt") && filter($0) }.sorted()
        return names.map { dir.appendingPathComponent($0) }
    }

    func score(_ files: [URL], gold: [URL]) throws -> Scores {
        var lines: [String] = []
        for f in files {
            let doc = try ArticleReader.read(bytes: Array(try Data(contentsOf: f)), name: f.path)
            lines.append(RecordOutput.json(Pipeline.extract(doc, options: RunOptions())).serialized())
        }
        let pred = FileManager.default.temporaryDirectory.appendingPathComponent("dyad-pred-\(UUID().uuidString).jsonl")
        try lines.joined(separator: "\n").write(to: pred, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: pred) }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", sharedDir.appendingPathComponent("tools/score.py").path, "--json", "--pred", pred.path, "--gold"] + gold.map(\.path)
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        let jsonLine = text.split(separator: "\n").first { $0.hasPrefix("{") } ?? ""
        return try JSONDecoder().decode(Scores.self, from: Data(jsonLine.utf8))
    }

    @Test func seedArticle() throws {
        let seed = sharedDir.appendingPathComponent("seeds/000_af19470726213f97.txt")
        let s = try score([seed], gold: [sharedDir.appendingPathComponent("corpus/gold/000_af19470726213f97.json")])
        #expect(s.event_f1 >= 0.9, "seed event F1 \(s.event_f1)")
        #expect(s.entity_f1 >= 0.95, "seed entity F1 \(s.entity_f1)")
        #expect(s.roles_right == s.roles_total, "seed roles \(s.roles_right)/\(s.roles_total)")
    }

    @Test func frenchAndEnglishCorpus() throws {
        let files = try articles { $0.hasPrefix("fr-") || $0.hasPrefix("en-") }
        let gold = files.map { sharedDir.appendingPathComponent("corpus/gold/\($0.deletingPathExtension().lastPathComponent).json") }
        let s = try score(files, gold: gold)
        #expect(s.event_f1 >= 0.75, "corpus event F1 \(s.event_f1)")
        #expect(s.entity_f1 >= 0.8, "corpus entity F1 \(s.entity_f1)")
        #expect(Double(s.roles_right) >= 0.85 * Double(s.roles_total), "roles \(s.roles_right)/\(s.roles_total)")
    }
}
