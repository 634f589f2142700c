import SalesCoachCore

// One metric cell → NumberParser. A value must be finite, never -0, and the
// same cell must read the same way twice; errors must describe themselves.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    do {
        let value = try NumberParser.parse(text)
        if let value {
            if !value.isFinite { fatalError("non-finite value \(value) from '\(text)'") }
            if value == 0 && value.sign == .minus { fatalError("-0 from '\(text)'") }
        }
        let again = try NumberParser.parse(Substring(text))
        if again != value { fatalError("'\(text)' read as \(String(describing: value)), then \(String(describing: again))") }
    } catch {
        _ = error.description
    }
    return 0
}
