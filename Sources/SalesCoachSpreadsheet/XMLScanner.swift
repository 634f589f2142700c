import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads one XML part of a workbook as a stream of events, so a large
/// sheet is never held as a tree. Element and attribute names lose their
/// namespace prefix (`x:row` is `row`, `r:id` is `id`): writers differ in
/// the prefixes they use, never in the names.
///
/// A document type declaration is refused before parsing: workbook parts
/// never have one, and entity definitions are how an XML file is made to
/// expand without bound.
final class XMLScanner: NSObject, XMLParserDelegate {
    private let onStart: (String, [String: String]) -> Void
    private let onEnd: (String) -> Void
    private let onText: (String) -> Void
    /// Set by the parser's error callback: on Linux `parse()` can return true after a fatal error.
    private var failed = false

    private init(
        start: @escaping (String, [String: String]) -> Void, end: @escaping (String) -> Void,
        text: @escaping (String) -> Void
    ) {
        onStart = start
        onEnd = end
        onText = text
    }

    /// Scans `data`; `part` and `source` name it in the error a damaged part gives.
    static func scan(
        _ data: Data, part: String, source: String, start: @escaping (String, [String: String]) -> Void,
        end: @escaping (String) -> Void = { _ in }, text: @escaping (String) -> Void = { _ in }
    ) throws(SpreadsheetError) {
        if data.range(of: Data("<!DOCTYPE".utf8)) != nil {
            throw .damaged(source: source, detail: .doctype(part: part))
        }
        let scanner = XMLScanner(start: start, end: end, text: text)
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = false
        parser.shouldResolveExternalEntities = false
        parser.delegate = scanner
        guard parser.parse(), !scanner.failed, parser.parserError == nil else {
            throw .damaged(source: source, detail: .notWellFormed(part: part, line: parser.lineNumber))
        }
    }

    static func local(_ name: String) -> String {
        guard let colon = name.lastIndex(of: ":") else { return name }
        return String(name[name.index(after: colon)...])
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        var local: [String: String] = [:]
        for (key, value) in attributes {
            // `xmlns:r` declares a prefix; it is no attribute of the element.
            if key == "xmlns" || key.hasPrefix("xmlns:") { continue }
            local[Self.local(key)] = value
        }
        onStart(Self.local(elementName), local)
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        onEnd(Self.local(elementName))
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { onText(string) }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) { failed = true }
}
