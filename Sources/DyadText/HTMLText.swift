/// Markup to text in one linear pass with no recursion: scripts, styles and comments dropped,
/// block elements become line breaks, entities decoded; `<title>` and date `<meta>`s read.
public enum HTMLText {
    public struct Result: Sendable {
        public var text: String
        public var title: String?
        public var date: String?
        public var lang: String?
    }

    public static func looksLikeHTML(_ s: Substring) -> Bool {
        guard let first = s.utf8.first(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }), first == UInt8(ascii: "<") else { return false }
        var head = s.prefix(4096).lowercased()[...]
        while let f = head.first, f.isWhitespace { head = head.dropFirst() }
        guard head.hasPrefix("<") else { return false }
        for tag in ["<!doctype html", "<html", "<head", "<body", "<p>", "<p ", "<div", "<article", "<title", "<meta", "<!--"] where head.contains(tag) {
            return true
        }
        return false
    }

    static let blockTags: Set<String> = ["p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "tr", "table",
                                         "section", "article", "header", "footer", "blockquote", "figure", "figcaption", "hr",
                                         "main", "aside", "nav", "dd", "dt", "pre", "body", "td", "th"]

    public static func strip(_ html: String) -> Result {
        let s = Array(html.unicodeScalars)
        var out = String.UnicodeScalarView()
        var title: String? = nil
        var date: String? = nil
        var lang: String? = nil
        var i = 0
        var skipUntil: String? = nil   // closing tag name whose content is dropped
        var inTitle = false
        var titleText = String.UnicodeScalarView()
        var inHead = false
        func lowerASCII(_ u: Unicode.Scalar) -> Unicode.Scalar {
            (u.value >= 65 && u.value <= 90) ? Unicode.Scalar(u.value + 32)! : u
        }
        func appendBreak(_ n: Int) {
            // Collapse runs of breaks; never more than a blank line.
            var existing = 0
            var k = out.endIndex
            while k > out.startIndex {
                let p = out.index(before: k)
                if out[p] == "\n" { existing += 1; k = p } else if out[p] == " " { k = p } else { break }
            }
            if out.isEmpty { return }
            for _ in existing..<max(existing, n) { out.append("\n") }
        }
        while i < s.count {
            let c = s[i]
            if c == "<" {
                // Comment
                if i + 3 < s.count, s[i + 1] == "!", s[i + 2] == "-", s[i + 3] == "-" {
                    var j = i + 4
                    while j + 2 < s.count, !(s[j] == "-" && s[j + 1] == "-" && s[j + 2] == ">") { j += 1 }
                    i = min(s.count, j + 3); continue
                }
                var j = i + 1
                var quote: Unicode.Scalar? = nil
                while j < s.count {
                    let d = s[j]
                    if let q = quote { if d == q { quote = nil } }
                    else if d == "\"" || d == "'" { quote = d }
                    else if d == ">" { break }
                    j += 1
                }
                let inner = s[(i + 1)..<min(j, s.count)]
                i = min(s.count, j + 1)
                var k = inner.startIndex
                let closing = k < inner.endIndex && inner[k] == "/"
                if closing { k += 1 }
                var name = ""
                while k < inner.endIndex, inner[k].properties.isAlphabetic || (inner[k].value >= 48 && inner[k].value <= 57) || inner[k] == "!" {
                    name.unicodeScalars.append(lowerASCII(inner[k])); k += 1
                }
                if let until = skipUntil {
                    if closing && name == until { skipUntil = nil }
                    continue
                }
                if !closing && (name == "script" || name == "style" || name == "noscript" || name == "template" || name == "svg") {
                    if !(inner.last == "/") { skipUntil = name }
                    continue
                }
                if name == "head" { inHead = !closing; continue }
                if name == "title" {
                    if closing { inTitle = false; if title == nil { title = collapse(String(titleText)) } }
                    else { inTitle = true }
                    continue
                }
                if name == "html" && !closing, let l = attribute("lang", in: inner) { lang = String(l.prefix(2)).lowercased() }
                if name == "meta" && !closing {
                    let key = (attribute("property", in: inner) ?? attribute("name", in: inner) ?? attribute("itemprop", in: inner) ?? "").lowercased()
                    if date == nil, ["article:published_time", "date", "pubdate", "publishdate", "dc.date", "dc.date.issued",
                                     "datepublished", "og:published_time", "sailthru.date", "article.published"].contains(key),
                       let content = attribute("content", in: inner) {
                        date = content
                    }
                    continue
                }
                if name == "time", date == nil, let dt = attribute("datetime", in: inner) { date = dt }
                if blockTags.contains(name) {
                    appendBreak(name == "br" ? 1 : 2)
                }
                continue
            }
            if skipUntil != nil { i += 1; continue }
            var u = c
            if c == "&" {
                let (decoded, len) = entity(s, i)
                if len > 0 {
                    i += len
                    for d in decoded.unicodeScalars { if inTitle { titleText.append(d) } else if !inHead { out.append(d) } }
                    continue
                }
            }
            i += 1
            if inTitle { titleText.append(u); continue }
            if inHead { continue }
            if u == "\n" || u == "\r" || u == "\t" { u = " " }
            if u == " ", let last = out.last, last == " " || last == "\n" { continue }
            out.append(u)
        }
        var text = String(out)
        while let f = text.unicodeScalars.first, f == " " || f == "\n" { text.unicodeScalars.removeFirst() }
        while let l = text.unicodeScalars.last, l == " " || l == "\n" { text.unicodeScalars.removeLast() }
        return Result(text: text, title: title.flatMap { $0.isEmpty ? nil : $0 }, date: date, lang: lang)
    }

    static func collapse(_ s: String) -> String {
        s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    static func attribute(_ name: String, in inner: ArraySlice<Unicode.Scalar>) -> String? {
        let text = String(String.UnicodeScalarView(inner))
        let lower = text.lowercased()
        var search = lower.startIndex
        while let r = lower.range(of: name, range: search..<lower.endIndex) {
            search = r.upperBound
            // Must be a whole attribute name followed by =.
            if r.lowerBound > lower.startIndex {
                let before = lower[lower.index(before: r.lowerBound)]
                if !(before == " " || before == "\t" || before == "\n") { continue }
            }
            var k = r.upperBound
            while k < lower.endIndex, lower[k] == " " { k = lower.index(after: k) }
            guard k < lower.endIndex, lower[k] == "=" else { continue }
            k = lower.index(after: k)
            while k < lower.endIndex, lower[k] == " " { k = lower.index(after: k) }
            guard k < lower.endIndex else { return nil }
            let q = lower[k]
            let offsetStart = lower.distance(from: lower.startIndex, to: k)
            let chars = Array(text)
            if q == "\"" || q == "'" {
                var e = offsetStart + 1
                while e < chars.count, chars[e] != q { e += 1 }
                return decodeEntities(String(chars[(offsetStart + 1)..<min(e, chars.count)]))
            }
            var e = offsetStart
            while e < chars.count, chars[e] != " ", chars[e] != "/" { e += 1 }
            return String(chars[offsetStart..<e])
        }
        return nil
    }

    static func decodeEntities(_ s: String) -> String {
        let scalars = Array(s.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < scalars.count {
            if scalars[i] == "&" {
                let (d, len) = entity(scalars, i)
                if len > 0 { out.append(contentsOf: d.unicodeScalars); i += len; continue }
            }
            out.append(scalars[i]); i += 1
        }
        return String(out)
    }

    static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}", "rsquo": "\u{2019}", "lsquo": "\u{2018}",
        "ldquo": "\u{201C}", "rdquo": "\u{201D}", "laquo": "\u{00AB}", "raquo": "\u{00BB}", "ndash": "\u{2013}", "mdash": "\u{2014}",
        "hellip": "\u{2026}", "eacute": "é", "egrave": "è", "ecirc": "ê", "euml": "ë", "agrave": "à", "acirc": "â", "auml": "ä",
        "aacute": "á", "ccedil": "ç", "icirc": "î", "iuml": "ï", "iacute": "í", "ocirc": "ô", "ouml": "ö", "oacute": "ó",
        "ograve": "ò", "ucirc": "û", "ugrave": "ù", "uuml": "ü", "uacute": "ú", "ntilde": "ñ", "oelig": "œ", "aelig": "æ",
        "Eacute": "É", "Egrave": "È", "Ecirc": "Ê", "Agrave": "À", "Acirc": "Â", "Ccedil": "Ç", "Ocirc": "Ô", "Ntilde": "Ñ",
        "euro": "€", "copy": "©", "reg": "®", "deg": "°", "shy": "\u{00AD}", "thinsp": "\u{2009}", "ensp": " ", "emsp": " ",
        "Oelig": "Œ", "szlig": "ß", "yuml": "ÿ", "times": "×", "middot": "·", "bull": "•", "pound": "£", "yen": "¥", "cent": "¢",
    ]

    /// Decodes one entity at `i`: (text, length consumed), or length 0 when it is not one.
    static func entity(_ s: [Unicode.Scalar], _ i: Int) -> (String, Int) {
        var j = i + 1
        var name = ""
        while j < s.count, j - i <= 10, s[j] != ";" {
            let u = s[j]
            guard u.properties.isAlphabetic || (u.value >= 48 && u.value <= 57) || u == "#" else { return ("", 0) }
            name.unicodeScalars.append(u); j += 1
        }
        guard j < s.count, s[j] == ";", !name.isEmpty else { return ("", 0) }
        if name.hasPrefix("#") {
            let digits = name.dropFirst()
            let code: UInt32? = digits.hasPrefix("x") || digits.hasPrefix("X") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            guard let c = code, let u = Unicode.Scalar(c) else { return ("", 0) }
            return (String(u), j - i + 1)
        }
        guard let d = named[name] else { return ("", 0) }
        return (d, j - i + 1)
    }
}
