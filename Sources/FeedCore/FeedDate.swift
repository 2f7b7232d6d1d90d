import Foundation

/// Dates as feeds write them: RFC 822/1123 with its real-world variants, and RFC 3339/ISO 8601.
///
/// Returns nil for anything it cannot read with confidence: never the current date.
public enum FeedDate {
    public static func parse(_ raw: String) -> Date? {
        let text = raw.trimmingWhitespace()
        guard let first = text.unicodeScalars.first else { return nil }
        if ("0"..."9").contains(first), let date = parseISO8601(text) { return date }
        return parseRFC822(text)
    }

    // MARK: RFC 3339 / ISO 8601

    /// `2022-08-03`, `2022-08-03T12:25Z`, `2022-08-03T12:25:00.123+06:00`, `2022-08-03 12:25:00`.
    static func parseISO8601(_ text: String) -> Date? {
        var scanner = NumberScanner(text)
        guard let year = scanner.number(digits: 4), scanner.skip("-"),
            let month = scanner.number(digits: 2), scanner.skip("-"),
            let day = scanner.number(digits: 2)
        else { return nil }
        var hour = 0, minute = 0, second = 0, offset = 0
        if scanner.skip("T") || scanner.skip("t") || scanner.skip(" ") {
            guard let h = scanner.number(digits: 2), scanner.skip(":"), let m = scanner.number(digits: 2) else { return nil }
            hour = h
            minute = m
            if scanner.skip(":") {
                guard let s = scanner.number(digits: 2) else { return nil }
                second = s
                if scanner.skip(".") || scanner.skip(",") { scanner.skipDigits() }
            }
            scanner.skipSpaces()
            if scanner.skip("Z") || scanner.skip("z") || scanner.atEnd {
                offset = 0
            } else if let sign = scanner.sign() {
                guard let oh = scanner.number(digits: 2) else { return nil }
                _ = scanner.skip(":")
                let om = scanner.number(digits: 2) ?? 0
                offset = sign * (oh * 3600 + om * 60)
            } else if let zone = zoneOffset(scanner.rest.trimmingWhitespace()) {
                offset = zone
            } else {
                return nil
            }
        }
        return makeDate(year: year, month: month, day: day, hour: hour, minute: minute, second: second, offset: offset)
    }

    // MARK: RFC 822 / 1123

    /// `Wed, 03 Aug 2022 12:25:00 +0600` and what feeds make of it: no day name or a localised one,
    /// full month names, missing seconds, two-digit years, named zones, `GMT+2`, no zone at all (UTC).
    static func parseRFC822(_ text: String) -> Date? {
        var tokens = text.split { $0 == " " || $0 == "," || $0 == "\t" }.map(String.init)
        if let first = tokens.first, first.first?.isLetter == true, monthNumber(first) == nil { tokens.removeFirst() }
        guard tokens.count >= 3 else { return nil }
        var day: Int?
        var month: Int?
        if let d = Int(tokens[0]), let m = monthNumber(tokens[1]) {
            day = d
            month = m
        } else if let m = monthNumber(tokens[0]), let d = Int(tokens[1]) {
            day = d
            month = m
        }
        guard let day, let month, var year = Int(tokens[2]) else { return nil }
        if tokens[2].count == 2 { year += year < 50 ? 2000 : 1900 }
        var hour = 0, minute = 0, second = 0, offset = 0
        if tokens.count > 3 {
            let clock = tokens[3].split(separator: ":")
            guard clock.count >= 2, let h = Int(clock[0]), let m = Int(clock[1]) else { return nil }
            hour = h
            minute = m
            second = clock.count > 2 ? Int(clock[2].prefix(2)) ?? 0 : 0
        }
        if tokens.count > 4 {
            guard let zone = zoneOffset(tokens[4...].joined()) else { return nil }
            offset = zone
        }
        return makeDate(year: year, month: month, day: day, hour: hour, minute: minute, second: second, offset: offset)
    }

    private static let months: [String: Int] = [
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11,
        "dec": 12,
    ]

    private static func monthNumber(_ token: String) -> Int? {
        guard token.count >= 3 else { return nil }
        return months[String(token.prefix(3)).lowercased()]
    }

    private static let namedZones: [String: Int] = [
        "UT": 0, "UTC": 0, "GMT": 0, "Z": 0, "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6,
        "PST": -8, "PDT": -7, "BST": 1, "CET": 1, "CEST": 2, "EET": 2, "EEST": 3, "MSK": 3, "IST": 5, "JST": 9,
    ]

    /// Seconds east of UTC for `+0600`, `-05:00`, `GMT+2`, `EST`; nil when unknown.
    static func zoneOffset(_ zone: String) -> Int? {
        if let hours = namedZones[zone.uppercased()] { return hours * 3600 }
        var body = Substring(zone)
        for prefix in ["GMT", "UTC", "UT"] where body.uppercased().hasPrefix(prefix) {
            body = body.dropFirst(prefix.count)
            break
        }
        guard let signCharacter = body.first, signCharacter == "+" || signCharacter == "-" else { return nil }
        let sign = signCharacter == "+" ? 1 : -1
        let digits = body.dropFirst().filter(\.isNumber)
        guard digits.count == body.dropFirst().filter({ $0 != ":" }).count, let value = Int(digits) else { return nil }
        let (hours, minutes) = digits.count <= 2 ? (value, 0) : (value / 100, value % 100)
        guard hours <= 14, minutes < 60 else { return nil }
        return sign * (hours * 3600 + minutes * 60)
    }

    /// Builds the instant from civil date fields without Calendar, so it is exact and fast.
    static func makeDate(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int, offset: Int) -> Date? {
        guard (1...12).contains(month), (1...31).contains(day), (0...24).contains(hour), (0...59).contains(minute),
            (0...60).contains(second), (1000...9999).contains(year)
        else { return nil }
        let days = daysFromCivil(year: year, month: month, day: day)
        let seconds = days * 86_400 + hour * 3600 + minute * 60 + second - offset
        return Date(timeIntervalSince1970: TimeInterval(seconds))
    }

    /// Days since 1970-01-01 in the proleptic Gregorian calendar (Howard Hinnant's algorithm).
    private static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let shiftedMonth = month > 2 ? month - 3 : month + 9
        let dayOfYear = (153 * shiftedMonth + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}
