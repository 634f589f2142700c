import Foundation
import GRDB

// GRDB hands strings to SQLite as C strings, which end at the first NUL byte,
// so a name or note carrying a NUL (imported data is untrusted) would come
// back cut short. Such text is stored as a UTF-8 blob instead; `Row.text`
// reads either form, and a blob key still equals the same blob key.
extension String {
    /// The value to bind for this text, intact even with NUL bytes in it.
    var stored: DatabaseValue {
        utf8.contains(0) ? Data(utf8).databaseValue : databaseValue
    }
}

extension Optional<String> {
    var stored: DatabaseValue { map(\.stored) ?? .null }
}
