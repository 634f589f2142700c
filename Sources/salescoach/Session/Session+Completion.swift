import Foundation
import SalesCoachCore

extension Session {
    /// What tab completes to now: a snapshot of the names, refreshed after every change.
    func completer() -> @Sendable (String, String) -> [String] {
        let completion = ReplCompletion(
            customerNames: book.customers.map(\.name), repNames: bookReps,
            listDirectory: { directory in
                (try? FileManager.default.contentsOfDirectory(atPath: directory))?.map { entry in
                    var isDirectory: ObjCBool = false
                    let path = directory == "." ? entry : (directory as NSString).appendingPathComponent(entry)
                    let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
                    return exists && isDirectory.boolValue ? entry + "/" : entry
                } ?? []
            })
        return { before, word in completion.candidates(before: before, word: word) }
    }
}
