import DyadText

/// Calendar dates as written: `25 mai 2024`, `May 25, 2024`, `25/05/2024`, `2024-05-25`,
/// `Sep-23-2020`, `juillet 98`, `20161016`. Parts (day, month name, year, numbers) are collected
/// with their separators, then read by their kinds, so every order and separator works alike.
extension DateScanner {
    enum CompKind { case month, small, year4, compact, wordDay }
    enum Sep: Equatable { case space, slash, dash, dot, comma, of, the, inside, none }

    struct Comp {
        var kind: CompKind
        var v: Int
        var s: Int
        var e: Int
        var sep: Sep
        var ord = false
        var digits = 0
        var ambiguous = false
    }

    /// `$`, and the first byte of `€`, `£` (a number after them is money).
    @inline(__always) func isCurrencyByte(_ b: UInt8) -> Bool { b == 0x24 || b == 0xE2 || b == 0xC2 }

    /// Reads the parts of a calendar date starting at `i`, at most three.
    func collect(_ i: Int) -> [Comp] {
        var comps: [Comp] = []
        // `$12 December 27`: a number after a currency sign is money.
        if i > 0, isNum(i), toks[i - 1].kind == .punct, isCurrencyByte(folded[Int(toks[i - 1].fStart)]) { return [] }
        var j = i
        while comps.count < 3, j < n {
            var k = j
            var sep: Sep = .space
            if !comps.isEmpty {
                if isP(k, 0x2F) { sep = .slash; k += 1 }
                else if isDash(k) { sep = .dash; k += 1 }
                else if isP(k, 0x2E) { sep = .dot; k += 1 }
                else if isP(k, 0x2C) { sep = .comma; k += 1 }
                else if let e = conn(k, .of) { sep = .of; k = skipThe(e) }
                else if let e = conn(k, .the), comps.last?.kind == .month { sep = .the; k = e }
                else if let e = conn(k, .inside), year4(e) != nil { sep = .inside; k = e }
                else if attached(k) { sep = .none }
                if k >= n || toks[k].flags.rawValue & 4 != 0 { break }
            }
            guard let c = comp(k, sep: sep, prev: comps.last) else { break }
            comps.append(c)
            j = c.e
        }
        return comps
    }

    private func comp(_ k: Int, sep: Sep, prev: Comp?) -> Comp? {
        if let h = hit(k, .month) {
            if prev?.kind == .month { return nil }
            var e = h.end
            if h.abbreviated, isP(e, 0x2E), attached(e) { e += 1 }
            return Comp(kind: .month, v: h.key, s: k, e: e, sep: sep, ambiguous: h.ambiguous)
        }
        if let (v, c) = digits(k) {
            // After a comma only a year, or a day right after a month name (October, 1st).
            if c == 8, prev == nil {
                return Comp(kind: .compact, v: v, s: k, e: k + 1, sep: sep, digits: 8)
            }
            if c == 4, let y = year4(k) {
                return Comp(kind: .year4, v: y, s: k, e: k + 1, sep: sep, digits: 4)
            }
            if c <= 2 {
                var e = k + 1
                var ord = false
                if e < n, attached(e), isWord(e) {
                    if let s = conn(e, .ordinalSuffix) { e = s; ord = true }
                    else if hit(e, .month) == nil { return nil }   // 3h, 15e, 5pm: not a date part
                }
                if sep == .comma && !(ord && prev?.kind == .month) { return nil }
                return Comp(kind: .small, v: v, s: k, e: e, sep: sep, ord: ord, digits: c)
            }
            return nil
        }
        // Numbers in words only next to a month name (`vingt-deux mai`, `May twenty nine`).
        if isWord(k), sep != .comma || prev?.kind == .month, prev != nil || monthNear(k) {
            if let d = dayNumber(k), d.word {
                return Comp(kind: .wordDay, v: d.v, s: k, e: d.end, sep: sep, ord: d.ord)
            }
            if let r = wordNumber(k), r.end > k, r.value >= 1000, r.value < 3000, r.value.rounded() == r.value {
                return Comp(kind: .year4, v: Int(r.value), s: k, e: r.end, sep: sep, digits: 4)
            }
        }
        return nil
    }

    /// A month name within the next few tokens.
    func monthNear(_ k: Int) -> Bool {
        let bit: UInt16 = 1 << UInt16(Cat.month.rawValue)
        var j = k + 1
        while j < n && j <= k + 5 {
            if cats(j, bit) != 0 { return true }
            j += 1
        }
        return false
    }

    /// The date the parts make, using as many parts as read (then fewer), and the end token.
    /// `strong`: the context already says this is a date (a weekday before it, `on`, `le`),
    /// so `7.6` and `7-6` are read as dates too.
    func calendar(_ i: Int, strong: Bool = false, cue: Bool = false) -> (PDate, Int)? {
        // Not the tail of a number chain (1/2/3/4, 12.5.3).
        if i >= 2, attached(i), isP(i - 1, 0x2F) || isP(i - 1, 0x2E), attached(i - 1), isNum(i - 2) { return nil }
        let comps = collect(i)
        var k = comps.count
        while k > 0 {
            if let p = interpret(comps[0..<k], strong: strong, cue: cue) {
                let end = comps[k - 1].e
                // Not the head of a longer chain of numbers; a dash may go on as a range (10/1-11/2).
                if comps[k - 1].kind != .month, end + 1 < n, attached(end), isP(end, 0x2F) || isP(end, 0x2E),
                   attached(end + 1), isNum(end + 1) { k -= 1; continue }
                return (p, end)
            }
            k -= 1
        }
        return nil
    }

    /// `c` starts at index 0. No arrays are made: this runs for every candidate date.
    private func interpret(_ c: ArraySlice<Comp>, strong: Bool, cue: Bool) -> PDate? {
        var p = PDate()
        var monthCount = 0
        var month: Comp? = nil
        for x in c where x.kind == .month { monthCount += 1; if month == nil { month = x } }
        if monthCount > 1 { return nil }
        if let mc = month {
            if c.count == 1 {
                // A month alone: ambiguous forms (may, march) need a cue before them.
                if mc.ambiguous && !cue { return nil }
                p.m = mc.v
                return p
            }
            p.m = mc.v
            for x in c where x.kind != .month {
                switch x.kind {
                case .year4:
                    if p.y != nil { return nil }
                    p.y = x.v
                case .compact, .month: return nil
                case .small, .wordDay:
                    if p.d == nil && (1...31).contains(x.v) && x.sep != .comma {
                        p.d = x.v
                    } else if p.d == nil && x.ord {
                        p.d = x.v
                    } else if p.y == nil && x.kind == .small && x.digits == 2 && !x.ord && x.sep != .dash {
                        p.y = DateScanner.twoDigitYear(x.v)
                    } else { return nil }
                }
            }
            if let d = p.d, let m = p.m {
                let y = p.y ?? 2000
                if !Cal.valid(y, m, d) { p.invalid = true }
            }
            if p.d == nil && p.y == nil { return nil }
            return p
        }
        // Numbers only.
        if c.count == 1 {
            guard c[0].kind == .compact else { return nil }
            let v = c[0].v
            let y = v / 10000, m = (v / 100) % 100, d = v % 100
            guard (1900...2100).contains(y), Cal.valid(y, m, d) else { return nil }
            p.y = y; p.m = m; p.d = d
            return p
        }
        if c.contains(where: { $0.kind == .wordDay || $0.kind == .compact || $0.ord }) { return nil }
        // `5/7, 2020`: a comma may stand before the year.
        let sep = c[1].sep
        if c.count == 3, c[2].sep != sep, !(c[2].kind == .year4 && c[2].sep == .comma) { return nil }
        guard sep == .slash || sep == .dash || sep == .dot || sep == .space else { return nil }
        let dmy = lex.dayFirst
        if c.count == 2 {
            guard sep != .space else { return nil }
            let x = c[0], y = c[1]
            if x.kind == .year4 && y.kind == .small {
                guard sep != .dot, (1...12).contains(y.v) else { return nil }
                p.y = x.v; p.m = y.v
                return p
            }
            if x.kind == .small && y.kind == .year4 {
                guard sep != .dot, (1...12).contains(x.v) else { return nil }
                p.y = y.v; p.m = x.v
                return p
            }
            guard x.kind == .small, y.kind == .small else { return nil }
            if sep != .slash && !strong { return nil }
            // `3/4`, `1/4`: a proper fraction, unless the context says date.
            if !strong && x.v < y.v && y.v <= 12 { return nil }
            var (d, m) = dmy ? (x.v, y.v) : (y.v, x.v)
            if m > 12 && d <= 12 { swap(&d, &m) }
            guard (1...12).contains(m), (1...31).contains(d) else { return nil }
            p.m = m; p.d = d
            if !Cal.valid(2000, m, d) { p.invalid = true }
            return p
        }
        // Three numbers.
        let x = c[0], y = c[1], z = c[2]
        if x.kind == .year4 {
            guard y.kind == .small, z.kind == .small else { return nil }
            var m = y.v, d = z.v
            if m > 12 && d <= 12 { swap(&m, &d) }
            guard (1...12).contains(m), (1...31).contains(d) else { return nil }
            p.y = x.v; p.m = m; p.d = d
        } else {
            guard x.kind == .small, y.kind == .small else { return nil }
            let yr: Int
            if z.kind == .year4 { yr = z.v }
            else if z.kind == .small, z.digits == 2 { yr = DateScanner.twoDigitYear(z.v) }
            else { return nil }
            if sep == .space && (z.kind != .year4 && !(strong || lex.dayFirst)) { return nil }
            var (d, m) = dmy ? (x.v, y.v) : (y.v, x.v)
            if m > 12 && d <= 12 { swap(&d, &m) }
            guard (1...12).contains(m), (1...31).contains(d) else { return nil }
            p.y = yr; p.m = m; p.d = d
        }
        if !Cal.valid(p.y!, p.m!, p.d!) { p.invalid = true }
        return p
    }
}
