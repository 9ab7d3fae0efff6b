import DyadCore
import DyadText
import Dispatch
import Foundation

/// One article to process, or the reason it could not be read.
public struct BatchItem: Sendable {
    public var label: String
    public var document: Result<Document, DyadError>
}

/// Reads the inputs of a command line (files, `-` for standard input, JSON Lines batches) into
/// articles, processes them on all cores, and hands results back in input order.
public enum Batch {
    public static func items(paths: [String], readStdin: () -> [UInt8] = { Array(FileHandle.standardInput.readDataToEndOfFile()) }) -> [BatchItem] {
        var out: [BatchItem] = []
        for path in paths {
            let bytes: [UInt8]
            let name: String?
            if path == "-" {
                bytes = readStdin(); name = nil
            } else {
                var isDir: ObjCBool = false
                guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
                    out.append(BatchItem(label: path, document: .failure(.fileNotFound(path)))); continue
                }
                if isDir.boolValue {
                    out.append(BatchItem(label: path, document: .failure(.unreadable(path, reason: "it is a directory")))); continue
                }
                guard let d = FileManager.default.contents(atPath: path) else {
                    out.append(BatchItem(label: path, document: .failure(.unreadable(path, reason: "permission denied or I/O error")))); continue
                }
                bytes = Array(d); name = path
            }
            out.append(contentsOf: items(bytes: bytes, name: name, label: path))
        }
        return out
    }

    public static func items(bytes: [UInt8], name: String?, label: String) -> [BatchItem] {
        if isJSONLines(bytes, name: name) { return jsonLines(bytes, label: label, name: name) }
        do {
            return [BatchItem(label: label, document: .success(try ArticleReader.read(bytes: bytes, name: name)))]
        } catch let e as DyadError {
            return [BatchItem(label: label, document: .failure(e))]
        } catch {
            return [BatchItem(label: label, document: .failure(.unreadable(label, reason: "\(error)")))]
        }
    }

    static func isJSONLines(_ bytes: [UInt8], name: String?) -> Bool {
        if let n = name, n.hasSuffix(".jsonl") || n.hasSuffix(".ndjson") { return true }
        guard let first = bytes.first(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 && $0 != 0xEF && $0 != 0xBB && $0 != 0xBF }) else { return false }
        return first == UInt8(ascii: "{")
    }

    static func jsonLines(_ bytes: [UInt8], label: String, name: String?) -> [BatchItem] {
        var out: [BatchItem] = []
        var lineNo = 0
        var start = 0
        let base = name.map { ArticleReader.read(text: "", name: $0).id } ?? "stdin"
        while start < bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            lineNo += 1
            let line = bytes[start..<end]
            start = end + 1
            let itemLabel = "\(label):\(lineNo)"
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x0D || $0 == 0x09 }) { continue }
            guard let text = String(validating: line, as: UTF8.self) else {
                out.append(BatchItem(label: itemLabel, document: .failure(.badJSONLine(line: lineNo, reason: "not UTF-8")))); continue
            }
            let json: JSON
            do { json = try JSONParser.parse(text) } catch {
                out.append(BatchItem(label: itemLabel, document: .failure(.badJSONLine(line: lineNo, reason: "\(error)")))); continue
            }
            guard case .object = json else {
                out.append(BatchItem(label: itemLabel, document: .failure(.badJSONLine(line: lineNo, reason: "not an object")))); continue
            }
            guard let body = json["text"]?.stringValue else {
                out.append(BatchItem(label: itemLabel, document: .failure(.missingText(line: lineNo)))); continue
            }
            out.append(BatchItem(label: itemLabel, document: .success(document(from: json, body: body, fallbackID: "\(base)-\(lineNo)"))))
        }
        return out
    }

    static func document(from json: JSON, body: String, fallbackID: String) -> Document {
        func field(_ k: String) -> String? {
            switch json[k] {
            case let .string(s)?: return s.isEmpty ? nil : s
            case let .int(i)?: return String(i)
            default: return nil
            }
        }
        var doc: Document
        if HTMLText.looksLikeHTML(Substring(body)) {
            let h = HTMLText.strip(body)
            doc = Document(id: fallbackID, body: h.text, lang: h.lang, date: h.date.flatMap(DateText.normalize), title: h.title)
        } else {
            // The text is the body as given: offsets must index it exactly.
            doc = Document(id: fallbackID, body: body)
        }
        if let id = field("id") { doc.id = id }
        if let v = field("url") { doc.url = v }
        if let v = field("title") { doc.title = v }
        if let v = field("date") { doc.date = DateText.normalize(v) ?? doc.date }
        if let v = field("lang") { doc.lang = v.lowercased() }
        doc.source = field("source") ?? ArticleReader.agencyTag(doc.body)
        if let v = field("reference") { doc.reference = v }
        return doc
    }

    /// Processes items on all cores; `emit` receives results in input order.
    public static func process<R: Sendable>(_ items: [BatchItem], chunk: Int = 64,
                                             _ work: @Sendable (Document) -> R,
                                             emit: (BatchItem, Result<R, DyadError>) -> Void) {
        var index = 0
        while index < items.count {
            let slice = Array(items[index..<min(items.count, index + chunk * 4)])
            let results = ResultBox<R>(count: slice.count)
            DispatchQueue.concurrentPerform(iterations: slice.count) { i in
                switch slice[i].document {
                case let .success(doc): results.set(i, .success(work(doc)))
                case let .failure(e): results.set(i, .failure(e))
                }
            }
            for (i, item) in slice.enumerated() { emit(item, results.get(i)) }
            index += slice.count
        }
    }
}

/// Per-index result slots written from concurrent workers.
final class ResultBox<R>: @unchecked Sendable {
    private var slots: [Result<R, DyadError>?]
    private let lock = NSLock()
    init(count: Int) { slots = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ r: Result<R, DyadError>) { lock.lock(); slots[i] = r; lock.unlock() }
    func get(_ i: Int) -> Result<R, DyadError> { slots[i]! }
}
