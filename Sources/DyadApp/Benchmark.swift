import DyadCore
import Foundation

/// Throughput of the pipeline on one core, for `dyad bench`. Measured in CPU time of the one
/// thread that runs it, so a busy machine does not understate the per-core figure.
public enum Benchmark {
    static func cpuSeconds() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    public static func run(files: [String], stage: String, repeatCount: Int, options: RunOptions) throws -> String {
        let docs = Batch.items(paths: files).compactMap { try? $0.document.get() }
        guard !docs.isEmpty else { return "no readable articles" }
        let bytes = docs.reduce(0) { $0 + $1.body.utf8.count }
        // Warm-up builds the language packs of every language present: start-up cost, not throughput.
        var seen = Set<String>()
        for d in docs {
            let lang = Pipeline.tag(d, options: options).lang
            if seen.insert(lang).inserted { _ = Pipeline.extract(d, options: options) }
        }
        let t0 = Date()
        let c0 = cpuSeconds()
        var mentions = 0
        var backHalf = 0.0
        for _ in 0..<max(1, repeatCount) {
            for d in docs {
                let tagged = Pipeline.tag(d, options: options)
                if stage == "extract" {
                    let b0 = cpuSeconds()
                    mentions += Pipeline.extract(from: tagged).events.count
                    backHalf += cpuSeconds() - b0
                } else {
                    mentions += tagged.mentions.count
                }
            }
        }
        let secs = Date().timeIntervalSince(t0)
        let cpu = cpuSeconds() - c0
        let total = Double(bytes * max(1, repeatCount))
        let mbps = total / 1_000_000 / cpu
        let aps = Double(docs.count * max(1, repeatCount)) / cpu
        var report = String(format: "%@: %d articles, %.2f MB x %d: %.1f MB/s per core, %.0f articles/s (%.3f s of CPU, %.3f s wall; %d mentions or events)",
                            stage, docs.count, Double(bytes) / 1_000_000, repeatCount, mbps, aps, cpu, secs, mentions)
        if stage == "extract" {
            report += String(format: "\n  of which tagging %.3f s, entities and events %.3f s (%.1f MB/s alone)", cpu - backHalf, backHalf, total / 1_000_000 / backHalf)
        }
        return report
    }
}
