import Foundation
import Synchronization

/// Normalisation of company names for lookups.
public enum NameKey {
    /// Folds full-width ASCII to half-width and half-width katakana to
    /// full-width (both are what NFKC does), case to lower case, and runs of
    /// white space to one space.
    public static func normalize(_ name: String) -> String {
        if let ascii = normalizeASCII(name) { return ascii }
        if let known = knownKeys.withLock({ $0[name] }) { return known }
        let key = normalizeUnicode(name)
        knownKeys.withLock { cache in
            // Names of a book and the odd question: bounded, but not by a trust in input.
            if cache.count >= 200_000 { cache.removeAll(keepingCapacity: true) }
            cache[name] = key
        }
        return key
    }

    /// Keys of names with non-ASCII text already worked out: compatibility
    /// mapping and walking characters cost tens of microseconds a name, and
    /// the session keys its whole book again after every change.
    private static let knownKeys = Mutex<[String: String]>([:])

    private static func normalizeUnicode(_ name: String) -> String {
        let folded = name.utf8.allSatisfy { $0 < 0x80 } ? name : name.compatibilityFolded
        var result = ""
        var pendingSpace = false
        for character in folded.lowercased() {
            if character.isWhitespace {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace { result.append(" ") }
            pendingSpace = false
            result.append(character)
        }
        return result
    }

    /// The same for a name that is all ASCII, the common case, on bytes:
    /// `lowercased()` and walking `Character`s dominated opening a large workspace.
    static func normalizeASCII(_ name: String) -> String? {
        var name = name
        return name.withUTF8 { bytes -> String? in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var pendingSpace = false
            for byte in bytes {
                guard byte < 0x80 else { return nil }
                // Unicode's White_Space in ASCII: tab, line feed, vertical tab, form feed, carriage return, space.
                if byte == 0x20 || (0x09...0x0D).contains(byte) {
                    pendingSpace = !out.isEmpty
                    continue
                }
                if pendingSpace { out.append(0x20) }
                pendingSpace = false
                out.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
            }
            return String(decoding: out, as: UTF8.self)
        }
    }
}

extension String {
    /// The string without leading and trailing white space (including U+3000).
    public var trimmingWhitespace: String {
        // Most text has nothing to trim, and Foundation's trimming copies through NSString.
        let blank = CharacterSet.whitespacesAndNewlines
        guard let first = unicodeScalars.first, let last = unicodeScalars.last else { return self }
        if !blank.contains(first) && !blank.contains(last) { return self }
        return trimmingCharacters(in: blank)
    }
}
