import DyadCore
import Foundation

/// Throughput of the pipeline on one core, for `dyad bench`.
public enum Benchmark {
    public static func run(files: [String], stage: String, repeatCount: Int, options: RunOptions) throws -> String {
        let docs = Batch.items(paths: files).compactMap { try? $0.document.get() }
        guard !docs.isEmpty else { return "no readable articles" }
        let bytes = docs.reduce(0) { $0 + $1.body.utf8.count }
        // Warm-up builds the language packs, which is start-up cost, not throughput.
        for d in docs.prefix(5) { _ = Pipeline.extract(d, options: options) }
        let t0 = Date()
        var mentions = 0
        for _ in 0..<max(1, repeatCount) {
            for d in docs {
                if stage == "extract" { mentions += Pipeline.extract(d, options: options).events.count }
                else { mentions += Pipeline.tag(d, options: options).mentions.count }
            }
        }
        let secs = Date().timeIntervalSince(t0)
        let total = Double(bytes * max(1, repeatCount))
        let mbps = total / 1_000_000 / secs
        let aps = Double(docs.count * max(1, repeatCount)) / secs
        return String(format: "%@: %d articles, %.2f MB x %d in %.3f s: %.1f MB/s, %.0f articles/s (one core, %d mentions or events)",
                      stage, docs.count, Double(bytes) / 1_000_000, repeatCount, secs, mbps, aps, mentions)
    }
}
