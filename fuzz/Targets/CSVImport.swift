import SalesCoachCore

// File bytes → CustomerImporter with the encoding detected, as `load FILE` reads them.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    ImportChecks.run(Array(UnsafeBufferPointer(start: data, count: size)), encoding: .automatic)
    return 0
}
