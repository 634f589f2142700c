import Foundation
import PackagePlugin

/// Embeds the package's knowledge/ folder into the target, with the files
/// declared as inputs so an edited entry rebuilds incrementally.
///
/// The core library gets only knowledge/understanding/ (what the assistant
/// listens for, which its interpreter cannot work without); the
/// SalesCoachKnowledgeFiles target gets the guidance and the demo book.
@main
struct EmbedKnowledge: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        if target.name == "SalesCoachCore" {
            let understanding = context.package.directoryURL.appending(path: "knowledge/understanding")
            let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedUnderstanding.swift")
            var inputs: [URL] = []
            if let enumerator = FileManager.default.enumerator(at: understanding, includingPropertiesForKeys: nil) {
                for case let url as URL in enumerator where !url.hasDirectoryPath { inputs.append(url) }
            }
            return [
                .buildCommand(
                    displayName: "Embedding knowledge/understanding (\(inputs.count) files)",
                    executable: try context.tool(named: "knowledge-embedder").url,
                    arguments: ["--enum", "EmbeddedUnderstanding", "--internal", understanding.path, output.path],
                    inputFiles: inputs,
                    outputFiles: [output]
                )
            ]
        }
        let knowledge = context.package.directoryURL.appending(path: "knowledge")
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedKnowledge.swift")
        let demoBook = context.package.directoryURL.appending(path: "examples/demo-customers.csv")
        var inputs: [URL] = [demoBook]
        if let enumerator = FileManager.default.enumerator(at: knowledge, includingPropertiesForKeys: nil) {
            for case let url as URL in enumerator where !url.hasDirectoryPath && !url.path.contains("/understanding/") {
                inputs.append(url)
            }
        }
        return [
            .buildCommand(
                displayName: "Embedding knowledge/ and the demo book (\(inputs.count) files)",
                executable: try context.tool(named: "knowledge-embedder").url,
                arguments: ["--skip", "understanding", knowledge.path, output.path, demoBook.path],
                inputFiles: inputs,
                outputFiles: [output]
            )
        ]
    }
}
