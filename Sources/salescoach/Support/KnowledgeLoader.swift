import Foundation
import SalesCoachCore
import SalesCoachKnowledgeFiles

/// The knowledge base the program answers from: the files embedded at build
/// time, or — for editing guidance live — the folder named by
/// `SALESCOACH_KNOWLEDGE`. What the assistant listens for and the method's
/// sentences (knowledge/understanding/, knowledge/prose/) are embedded in the
/// core library and read there;
/// a broken file stops the session here like a broken guidance entry.
enum KnowledgeLoader {
    /// A SALESCOACH_KNOWLEDGE folder that cannot be read as guidance.
    enum LoadError: UserMessage, CustomStringConvertible {
        case unreadableFolder(String)
        case notUTF8(path: String)

        var description: String { text(in: .en) }

        func text(in language: Language) -> String {
            switch (self, language) {
            case (.unreadableFolder(let folder), .en): "SALESCOACH_KNOWLEDGE: cannot read the folder \(folder)"
            case (.unreadableFolder(let folder), .ja): "SALESCOACH_KNOWLEDGE：フォルダー \(folder) を読めません"
            case (.notUTF8(let path), .en): "\(path): not readable as UTF-8 text"
            case (.notUTF8(let path), .ja): "\(path)：UTF-8のテキストとして読めません"
            }
        }
    }

    static func load(environment: [String: String]) throws -> KnowledgeBase {
        if let error = Understanding.standardError ?? Prose.standardError { throw error }
        if let folder = environment["SALESCOACH_KNOWLEDGE"], !folder.isEmpty {
            return try KnowledgeBase(files: try readFolder(folder))
        }
        // Paths as an editor sees them, so an error names knowledge/segments/segment-c.txt:4.
        return try KnowledgeBase(files: KnowledgeFiles.all.map { ("knowledge/" + $0.path, $0.text) })
    }

    static func readFolder(_ folder: String) throws -> [(path: String, text: String)] {
        let root = URL(fileURLWithPath: folder)
        guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]) else {
            throw LoadError.unreadableFolder(folder)
        }
        var files: [(path: String, text: String)] = []
        for case let url as URL in enumerator where !url.lastPathComponent.hasPrefix(".") {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            let relative = String(url.path.dropFirst(root.path.count + 1))
            guard let data = FileManager.default.contents(atPath: url.path), let text = String(data: data, encoding: .utf8) else {
                throw LoadError.notUTF8(path: url.path)
            }
            files.append(((folder as NSString).appendingPathComponent(relative), text))
        }
        return files.sorted { $0.path < $1.path }
    }
}
