import Foundation
import SalesCoachCore
import SalesCoachKnowledgeFiles

/// The knowledge base the program answers from: the files embedded at build
/// time, or — for editing guidance live — the folder named by
/// `SALESCOACH_KNOWLEDGE`. What the assistant listens for
/// (knowledge/understanding/) is embedded in the core library and read there;
/// a broken file stops the session here like a broken guidance entry.
enum KnowledgeLoader {
    struct LoadError: Error, CustomStringConvertible {
        let description: String
    }

    static func load(environment: [String: String]) throws -> KnowledgeBase {
        if let error = Understanding.standardError { throw LoadError(description: error.description) }
        if let folder = environment["SALESCOACH_KNOWLEDGE"], !folder.isEmpty {
            return try KnowledgeBase(files: try readFolder(folder))
        }
        // Paths as an editor sees them, so an error names knowledge/segments/segment-c.txt:4.
        return try KnowledgeBase(files: KnowledgeFiles.all.map { ("knowledge/" + $0.path, $0.text) })
    }

    static func readFolder(_ folder: String) throws -> [(path: String, text: String)] {
        let root = URL(fileURLWithPath: folder)
        guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]) else {
            throw LoadError(description: "SALESCOACH_KNOWLEDGE: cannot read the folder \(folder)")
        }
        var files: [(path: String, text: String)] = []
        for case let url as URL in enumerator where !url.lastPathComponent.hasPrefix(".") {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            let relative = String(url.path.dropFirst(root.path.count + 1))
            guard let data = FileManager.default.contents(atPath: url.path), let text = String(data: data, encoding: .utf8) else {
                throw LoadError(description: "\(url.path): not readable as UTF-8 text")
            }
            files.append(((folder as NSString).appendingPathComponent(relative), text))
        }
        return files.sorted { $0.path < $1.path }
    }
}
