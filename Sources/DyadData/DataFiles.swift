import Foundation

/// Access to the language data compiled into the binary.
/// `DYAD_DATA_DIR` points at a data folder on disk instead, for editing rules without a rebuild.
public enum DataFiles {
    public static func text(_ relativePath: String) -> String? {
        if let dir = ProcessInfo.processInfo.environment["DYAD_DATA_DIR"] {
            return try? String(contentsOfFile: dir + "/" + relativePath, encoding: .utf8)
        }
        return EmbeddedData.files[relativePath]
    }

    /// Data lines of a TSV file: comments and blank lines dropped, fields split on TAB.
    public static func rows(_ relativePath: String) -> [[Substring]] {
        guard let text = text(relativePath) else { return [] }
        var rows: [[Substring]] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            let trimmed = line.hasSuffix("\r") ? line.dropLast() : line
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            rows.append(trimmed.split(separator: "\t", omittingEmptySubsequences: false))
        }
        return rows
    }

    public static var allPaths: [String] { EmbeddedData.files.keys.sorted() }
}
