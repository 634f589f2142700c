// Reads every file under the knowledge folder and writes a Swift source file
// that holds their texts, so the guidance ships inside every binary.
// Usage: knowledge-embedder [--enum NAME] [--internal] [--skip SUBDIR]... KNOWLEDGE_DIR OUTPUT.swift [DEMO_BOOK.csv]
import Foundation

var arguments = CommandLine.arguments
var enumName = "EmbeddedKnowledge"
var access = "public "
if let at = arguments.firstIndex(of: "--enum"), at + 1 < arguments.count {
    enumName = arguments[at + 1]
    arguments.removeSubrange(at...(at + 1))
}
var skipped: [String] = []
while let at = arguments.firstIndex(of: "--skip"), at + 1 < arguments.count {
    skipped.append(arguments[at + 1] + "/")
    arguments.removeSubrange(at...(at + 1))
}
if let at = arguments.firstIndex(of: "--internal") {
    access = ""
    arguments.remove(at: at)
}
guard arguments.count == 3 || arguments.count == 4 else {
    FileHandle.standardError.write(Data("usage: knowledge-embedder [--enum NAME] [--internal] [--skip SUBDIR] KNOWLEDGE_DIR OUTPUT.swift [DEMO_BOOK.csv]\n".utf8))
    exit(2)
}
let root = URL(fileURLWithPath: arguments[1])
let output = URL(fileURLWithPath: arguments[2])

var files: [(String, String)] = []
if let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]) {
    for case let url as URL in enumerator {
        guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true,
            !url.lastPathComponent.hasPrefix(".")
        else { continue }
        let relative = url.path.replacingOccurrences(of: root.path + "/", with: "")
        guard let data = try? Data(contentsOf: url), let text = String(data: data, encoding: .utf8) else {
            FileHandle.standardError.write(Data("error: knowledge/\(relative) is not UTF-8 text\n".utf8))
            exit(1)
        }
        if skipped.contains(where: { relative.hasPrefix($0) }) { continue }
        files.append((relative, text))
    }
}
files.sort { $0.0 < $1.0 }

/// A Swift string literal for any text: raw delimiters long enough that no
/// sequence in the text can close it early.
func literal(_ text: String) -> String {
    var hashes = "#"
    while text.contains("\"" + hashes) || text.contains(hashes.dropLast() + "\"\"\"") { hashes += "#" }
    hashes += "#"
    return hashes + "\"\"\"\n" + text + "\n\"\"\"" + hashes
}

/// A one-line Swift string literal (for paths).
func lineLiteral(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\\": out += "\\\\"
        case "\"": out += "\\\""
        case "\n": out += "\\n"
        case "\r": out += "\\r"
        case "\t": out += "\\t"
        default: out.unicodeScalars.append(scalar)
        }
    }
    return out + "\""
}

var source = "// Generated from knowledge/ at build time. Do not edit.\n\n"
source += "/// The files of the knowledge base, as (path relative to knowledge/, text).\n"
source += "\(access)enum \(enumName) {\n    \(access)static let files: [(path: String, text: String)] = [\n"
for (path, text) in files {
    source += "        (\(lineLiteral(path)), \(literal(text))),\n"
}
source += "    ]\n}\n"
if arguments.count == 4 {
    let demo = URL(fileURLWithPath: arguments[3])
    guard let data = try? Data(contentsOf: demo), let text = String(data: data, encoding: .utf8) else {
        FileHandle.standardError.write(Data("error: cannot read the demo book \(demo.path) as UTF-8\n".utf8))
        exit(1)
    }
    source += "\n/// The bundled demo customer book (examples/demo-customers.csv), for `--demo`.\n"
    source += "public enum EmbeddedDemoBook {\n    public static let csv: String = \(literal(text))\n}\n"
}
do {
    try Data(source.utf8).write(to: output, options: .atomic)
} catch {
    FileHandle.standardError.write(Data("error: cannot write \(output.path): \(error)\n".utf8))
    exit(1)
}
