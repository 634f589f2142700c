import Foundation

/// The small part of iCalendar (RFC 5545) a visit plan needs: text escaping,
/// line folding and UTC timestamps.
enum ICalendarText {
    /// Escapes a TEXT value: backslash, semicolon, comma and line breaks
    /// (RFC 5545 §3.3.11). Other control characters are not allowed in TEXT
    /// and are dropped, since names come from untrusted CSVs.
    static func escape(_ text: String) -> String {
        var out = ""
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\r": out += "\\n"
            case "\n": if !previousWasCR { out += "\\n" }
            case "\t": out.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20 || scalar.value == 0x7F: continue
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// One content line, folded so that no line exceeds 75 octets (§3.1):
    /// continuation lines start with a space, and a UTF-8 sequence is never
    /// split. Each physical line ends with CRLF.
    static func fold(_ line: String) -> String {
        var out = ""
        var used = 0
        for scalar in line.unicodeScalars {
            let width = String(scalar).utf8.count
            if used + width > 75 {
                out += "\r\n "
                used = 1
            }
            out.unicodeScalars.append(scalar)
            used += width
        }
        return out + "\r\n"
    }

    /// `20260302` for a DATE value.
    static func date(_ date: LocalDate) -> String {
        date.description.replacingOccurrences(of: "-", with: "")
    }

    /// `20260301T083000Z` for a UTC DATE-TIME value.
    static func timestamp(_ instant: Date) -> String {
        let seconds =
            instant.timeIntervalSince1970.isFinite
            ? Int(instant.timeIntervalSince1970.rounded(.down)) : 0
        let days = seconds >= 0 ? seconds / 86_400 : -((-seconds + 86_399) / 86_400)
        let rest = seconds - days * 86_400
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }
        return date(LocalDate(dayNumber: days)) + "T" + two(rest / 3600) + two(rest % 3600 / 60)
            + two(rest % 60) + "Z"
    }

    /// A short stable hash (FNV-1a, 64 bit) for UIDs that are the same on every export of the same plan.
    static func hash(_ text: String) -> String {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            value ^= UInt64(byte)
            value &*= 0x0000_0100_0000_01B3
        }
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
