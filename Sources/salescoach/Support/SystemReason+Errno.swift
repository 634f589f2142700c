import SalesCoachCore

#if canImport(Glibc)
@preconcurrency import Glibc
#endif

extension SystemReason {
    /// The reason for `code`, with the system's words for it.
    init(errno code: Int32) {
        self.init(code: code, system: String(cString: strerror(code)))
    }
}
