import SalesCoachCore

// File bytes → CustomerImporter told the file is Shift_JIS (`--encoding shift_jis`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    ImportChecks.run(Array(UnsafeBufferPointer(start: data, count: size)), encoding: .shiftJIS)
    return 0
}
