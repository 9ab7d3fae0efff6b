import DyadCore
import Foundation

/// Runs a per-article command over inputs: results to stdout in input order, one clear line per
/// failure on stderr, and `false` when any article failed (exit status 1).
public enum CommandRunner {
    public static func run(files: [String], pretty: Bool,
                           output: (String) -> Void = { FileHandle.standardOutput.write(Data(($0 + "\n").utf8)) },
                           errors: (String) -> Void = { FileHandle.standardError.write(Data(("dyad: " + $0 + "\n").utf8)) },
                           _ work: @escaping @Sendable (Document) -> JSON) -> Bool {
        let items = Batch.items(paths: files)
        var ok = true
        Batch.process(items, { work($0) }) { item, result in
            switch result {
            case let .success(json):
                output(json.serialized(pretty: pretty))
                if case let .array(ws)? = json["warnings"] {
                    for w in ws { if let s = w.stringValue { errors("\(item.label): warning: \(s)") } }
                }
            case let .failure(e):
                ok = false
                errors("\(item.label): \(e)")
            }
        }
        return ok
    }
}
