import DyadApp
import DyadCore
import Foundation
import Testing

@Suite struct BatchTests {
    func run(_ files: [String]) -> (ok: Bool, out: [String], err: [String]) {
        var out: [String] = [], err: [String] = []
        let ok = CommandRunner.run(files: files, pretty: false, output: { out.append($0) }, errors: { err.append($0) }) { doc in
            TagOutput.json(Pipeline.tag(doc, options: RunOptions()))
        }
        return (ok, out, err)
    }

    func temp(_ name: String, _ bytes: [UInt8]) -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dyad-tests-\(ProcessInfo.processInfo.processIdentifier)")
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let url = dir.appendingPathComponent(name)
        FileManager.default.createFile(atPath: url.path, contents: Data(bytes))
        return url.path
    }

    @Test func missingFileIsNamedAndOthersGoThrough() {
        let good = temp("good.txt", Array("La France et le Japon.".utf8))
        let r = run(["/nonexistent/missing.txt", good])
        #expect(!r.ok)
        #expect(r.err.count == 1)
        #expect(r.err[0].contains("/nonexistent/missing.txt"))
        #expect(r.out.count == 1)
    }

    @Test func badJSONLineIsReportedWithItsNumber() throws {
        let lines = """
        {"id": "a", "text": "Le Japon."}
        {"id": "b", "text": oops}
        {"id": "c"}
        {"id": "d", "text": "The United States."}
        """
        let r = run([temp("batch.jsonl", Array(lines.utf8))])
        #expect(!r.ok)
        #expect(r.out.count == 2)
        #expect(r.err.contains { $0.contains(":2:") && $0.contains("line 2") })
        #expect(r.err.contains { $0.contains(":3:") && $0.contains("text") })
        let first = try JSONParser.parse(r.out[0])
        #expect(first["id"]?.stringValue == "a")
        let last = try JSONParser.parse(r.out[1])
        #expect(last["id"]?.stringValue == "d")
    }

    @Test func binaryFileIsAnError() {
        let r = run([temp("image.bin", [0x00, 0x01, 0x02, 0xFF, 0x00])])
        #expect(!r.ok)
        #expect(r.err.first?.contains("binary") == true)
        #expect(r.out.isEmpty)
    }

    @Test func emptyArticleGivesEmptyResult() throws {
        let r = run([temp("empty.txt", [])])
        #expect(r.ok)
        let obj = try JSONParser.parse(r.out[0])
        #expect(obj["mentions"] == .array([]))
    }

    @Test func nonUTF8IsDecodedWithWarning() throws {
        let r = run([temp("latin.txt", Array("La C".utf8) + [0xF4] + Array("te d'Ivoire.".utf8))])
        #expect(r.ok)
        #expect(r.err.contains { $0.contains("warning") && $0.contains("Windows-1252") })
        let obj = try JSONParser.parse(r.out[0])
        guard case let .array(ms)? = obj["mentions"] else { Issue.record("no mentions"); return }
        #expect(ms.contains { $0["code"]?.stringValue == "CIV" })
    }

    @Test func deepJSONIsAnErrorNotACrash() {
        let deep = "{\"text\": \"x\", \"a\": " + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000) + "}"
        let r = run([temp("deep.jsonl", Array(deep.utf8))])
        #expect(!r.ok)
        #expect(r.err.first?.contains("nested too deeply") == true)
    }
}
