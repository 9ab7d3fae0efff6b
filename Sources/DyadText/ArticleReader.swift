import DyadCore

/// Reads one article in any of FORMAT.md's shapes (front matter, wire header, plain text, HTML),
/// detected from the content. JSON Lines batches are split by the caller and come here per object.
public enum ArticleReader {
    public static func read(bytes: [UInt8], name: String?) throws -> Document {
        let decoded = try TextDecoding.decode(bytes)
        var doc = read(text: decoded.text, name: name)
        if let w = decoded.warning { doc.warnings.append(w) }
        return doc
    }

    public static func read(text raw: String, name: String?) -> Document {
        let text = raw.replacingCRLF()
        let id = name.map(baseName) ?? contentID(text)
        if let fm = frontMatter(text) {
            var doc = Document(id: id, body: fm.body)
            var meta: [(String, String)] = []
            for (k, v) in fm.fields {
                switch k {
                case "id": doc.id = v
                case "title": doc.title = v
                case "date": doc.date = v
                case "lang": doc.lang = v.lowercased()
                case "source": doc.source = v
                case "url": doc.url = v
                case "reference": doc.reference = v
                default: meta.append((k, v))
                }
            }
            doc.metadata = meta
            if doc.source == nil { doc.source = agencyTag(doc.body) }
            doc.date = doc.date.flatMap(DateText.normalize)
            return doc
        }
        if HTMLText.looksLikeHTML(Substring(text)) {
            let h = HTMLText.strip(text)
            var doc = Document(id: id, body: h.text, lang: h.lang, date: h.date.flatMap(DateText.normalize), title: h.title)
            doc.source = agencyTag(doc.body)
            return doc
        }
        if let w = wireHeader(text) {
            var doc = Document(id: id, body: w.body, date: w.date)
            doc.captions = captionRange(w.body)
            doc.source = agencyTag(w.body)
            return doc
        }
        var doc = Document(id: id, body: text)
        doc.source = agencyTag(text)
        return doc
    }

    static func baseName(_ path: String) -> String {
        var last = path.split(separator: "/").last.map(String.init) ?? path
        if let dot = last.lastIndex(of: "."), dot != last.startIndex { last = String(last[..<dot]) }
        return last
    }

    public static func contentID(_ text: String) -> String {
        let h = fnv1a(Array(text.utf8))
        let hex = String(h, radix: 16)
        return "sha-" + String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// `key: value` lines then `---`, optionally opened by a `---` line too.
    static func frontMatter(_ text: String) -> (fields: [(String, String)], body: String)? {
        var fields: [(String, String)] = []
        var rest = Substring(text)
        var lineNo = 0
        if rest.hasPrefix("---\n") { rest = rest.dropFirst(4) }
        while !rest.isEmpty {
            let nl = rest.firstIndex(of: "\n") ?? rest.endIndex
            let line = rest[..<nl]
            let after = nl < rest.endIndex ? rest[rest.index(after: nl)...] : rest[rest.endIndex...]
            if line.trimmingCharactersSpaces() == "---" {
                return fields.isEmpty ? nil : (fields, String(after))
            }
            lineNo += 1
            if lineNo > 60 { return nil }
            if line.trimmingCharactersSpaces().isEmpty { rest = after; continue }
            guard let colon = line.firstIndex(of: ":") else { return nil }
            let key = line[..<colon]
            guard !key.isEmpty, key.count <= 40,
                  key.unicodeScalars.allSatisfy({ ($0.value >= 97 && $0.value <= 122) || ($0.value >= 65 && $0.value <= 90) || ($0.value >= 48 && $0.value <= 57) || $0 == "_" || $0 == "-" })
            else { return nil }
            var value = line[line.index(after: colon)...].trimmingCharactersSpaces()
            if value.count >= 2, (value.hasPrefix("\"") && value.hasSuffix("\"")) || (value.hasPrefix("'") && value.hasSuffix("'")) {
                value = String(value.dropFirst().dropLast())
            }
            fields.append((key.lowercased(), value))
            rest = after
        }
        return nil
    }

    /// ` date 2025-05 Body…`: optional spaces, the word `date`, a date, then the body.
    static func wireHeader(_ text: String) -> (date: String, body: String)? {
        var s = Substring(text)
        while let f = s.first, f == " " || f == "\t" || f == "\n" { s = s.dropFirst() }
        guard s.hasPrefix("date") else { return nil }
        s = s.dropFirst(4)
        guard let f = s.first, f == " " || f == "\t" || f == ":" else { return nil }
        while let f = s.first, f == " " || f == "\t" || f == ":" { s = s.dropFirst() }
        var dateText = ""
        while let f = s.first, f.isASCII, f.isNumber || f == "-" { dateText.append(f); s = s.dropFirst() }
        guard let date = DateText.normalize(dateText) else { return nil }
        while let f = s.first, f == " " || f == "\t" || f == "\n" { s = s.dropFirst() }
        return (date, String(s))
    }

    /// The text before the first blank line, when it is short and ends like a photo credit.
    static func captionRange(_ body: String) -> [Range<Int>] {
        let scalars = Array(body.unicodeScalars)
        var i = 0
        while i + 1 < scalars.count {
            if scalars[i] == "\n" {
                var j = i + 1
                while j < scalars.count, scalars[j] == " " || scalars[j] == "\t" { j += 1 }
                if j < scalars.count, scalars[j] == "\n" { break }
            }
            i += 1
        }
        guard i + 1 < scalars.count, i < 600 else { return [] }
        return [0..<i]
    }

    /// A trailing agency tag: `– VNA/VI`, `-VNA`, `(TASS)`.
    public static func agencyTag(_ body: String) -> String? {
        let tail = Array(body.unicodeScalars.suffix(48))
        var end = tail.count
        while end > 0, tail[end - 1] == " " || tail[end - 1] == "\n" || tail[end - 1] == "." { end -= 1 }
        guard end > 0 else { return nil }
        func isUpperOrDigit(_ u: Unicode.Scalar) -> Bool { (u.value >= 65 && u.value <= 90) || (u.value >= 48 && u.value <= 57) }
        if tail[end - 1] == ")" {
            var k = end - 2
            while k >= 0, isUpperOrDigit(tail[k]) || tail[k] == "-" || tail[k] == " " { k -= 1 }
            guard k >= 0, tail[k] == "(", end - 2 - k >= 2 else { return nil }
            let tag = String(String.UnicodeScalarView(tail[(k + 1)..<(end - 1)]))
            return tag.unicodeScalars.allSatisfy({ isUpperOrDigit($0) || $0 == "-" }) ? tag : nil
        }
        var k = end - 1
        while k >= 0, isUpperOrDigit(tail[k]) || tail[k] == "/" || (tail[k].value >= 97 && tail[k].value <= 122) { k -= 1 }
        let word = String(String.UnicodeScalarView(tail[(k + 1)..<end]))
        while k >= 0, tail[k] == " " { k -= 1 }
        guard k >= 0, ["-", "\u{2013}", "\u{2014}"].contains(tail[k]), let first = word.unicodeScalars.first, isUpperOrDigit(first),
              word.unicodeScalars.count >= 2 else { return nil }
        // VNA/VI → VNA: the suffix is the desk, not the agency.
        let agency = word.split(separator: "/").first.map(String.init) ?? word
        let uppers = agency.unicodeScalars.filter { isUpperOrDigit($0) }.count
        return uppers * 2 >= agency.unicodeScalars.count ? agency : nil
    }
}

extension Substring {
    func trimmingCharactersSpaces() -> String {
        var s = self
        while let f = s.first, f == " " || f == "\t" || f == "\r" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\t" || l == "\r" { s = s.dropLast() }
        return String(s)
    }
}

extension String {
    func replacingCRLF() -> String {
        guard utf8.contains(13) else { return self }
        var v = String.UnicodeScalarView()
        var prevCR = false
        for u in unicodeScalars {
            if u == "\r" { v.append("\n"); prevCR = true; continue }
            if u == "\n" && prevCR { prevCR = false; continue }
            prevCR = false
            v.append(u)
        }
        return String(v)
    }
}

/// Parsing of the ISO-ish dates that appear in headers, meta tags and `--date`.
public enum DateText {
    /// `2025`, `2025-05`, `2025-05-25`, `2025-05-25T10:00:00Z`, `2025/05/25` → ISO partial date
    /// (date-times keep `THH:MM`). Nil when it is not a date.
    public static func normalize(_ raw: String) -> String? {
        let s = raw.trimmingSpaces
        let chars = Array(s.unicodeScalars)
        var parts: [Int] = []
        var digitsIn: [Int] = []
        var i = 0
        while i < chars.count, parts.count < 3 {
            var n = 0, d = 0
            while i < chars.count, chars[i].value >= 48, chars[i].value <= 57 { n = n * 10 + Int(chars[i].value - 48); d += 1; i += 1 }
            guard d > 0 else { break }
            parts.append(n); digitsIn.append(d)
            if i < chars.count, chars[i] == "-" || chars[i] == "/" || chars[i] == "." { i += 1 } else { break }
        }
        guard let y = parts.first, digitsIn[0] == 4, y >= 1000 else { return nil }
        var out = String(y)
        if parts.count >= 2 {
            guard (1...12).contains(parts[1]) else { return nil }
            out += "-" + pad2(parts[1])
        }
        if parts.count >= 3 {
            guard (1...31).contains(parts[2]) else { return nil }
            out += "-" + pad2(parts[2])
            if i < chars.count, chars[i] == "T" || chars[i] == " " {
                let rest = chars[(i + 1)...]
                let digits = rest.prefix(5)
                if digits.count == 5, digits[digits.startIndex + 2] == ":" {
                    out += "T" + String(String.UnicodeScalarView(digits))
                }
            }
        }
        // A trailing remainder that is not a time means this was not a date.
        if parts.count < 3, i < chars.count, !(chars[i] == " " || chars[i] == "T") { return nil }
        return out
    }

    public static func pad2(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }
}
