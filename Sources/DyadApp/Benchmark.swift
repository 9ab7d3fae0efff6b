import DyadCore
import Foundation

/// CPU time per pipeline stage, for the benchmark's breakdown.
public final class StageClock {
    var last = Benchmark.cpuSeconds()
    var totals: [(String, Double)] = []
    public init() {}
    public func reset() { last = Benchmark.cpuSeconds() }
    public func lap(_ stage: String) {
        let now = Benchmark.cpuSeconds()
        if let i = totals.firstIndex(where: { $0.0 == stage }) { totals[i].1 += now - last } else { totals.append((stage, now - last)) }
        last = now
    }
}

/// Throughput of the pipeline on one core, for `dyad bench`. Measured in CPU time of the one
/// thread that runs it, so a busy machine does not understate the per-core figure.
public enum Benchmark {
    public static func cpuSeconds() -> Double {
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
        // `events`: tag once, then time only entities and events (for profiling the back half).
        if stage == "events" {
            let tagged = docs.map { Pipeline.tag($0, options: options) }
            let c0 = cpuSeconds()
            var n = 0
            for _ in 0..<max(1, repeatCount) { for t in tagged { n += Pipeline.extract(from: t).events.count } }
            let cpu = cpuSeconds() - c0
            return String(format: "events alone: %.1f MB/s per core (%.3f s of CPU; %d events)", Double(bytes * max(1, repeatCount)) / 1_000_000 / cpu, cpu, n)
        }
        // The headline pass reads no clock per article: on short articles the clock calls would
        // weigh in the figure.
        let t0 = Date()
        let c0 = cpuSeconds()
        var mentions = 0
        for _ in 0..<max(1, repeatCount) {
            for d in docs {
                let tagged = Pipeline.tag(d, options: options)
                mentions += stage == "extract" ? Pipeline.extract(from: tagged).events.count : tagged.mentions.count
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
            // A second pass splits the time by stage.
            var backHalf = 0.0, front = 0.0
            let clock = StageClock()
            for _ in 0..<max(1, repeatCount) {
                for d in docs {
                    let f0 = cpuSeconds()
                    let tagged = Pipeline.tag(d, options: options)
                    let b0 = cpuSeconds()
                    clock.reset()
                    _ = Pipeline.extract(from: tagged, clock: clock)
                    backHalf += cpuSeconds() - b0
                    front += b0 - f0
                }
            }
            report += String(format: "\n  by stage (second pass): tagging %.3f s, entities and events %.3f s (%.1f MB/s alone):", front, backHalf, total / 1_000_000 / backHalf)
            for (stage, t) in clock.totals { report += String(format: " %@ %.3f s", stage, t) }
        }
        return report
    }
}
