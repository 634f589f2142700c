import Foundation
import PackagePlugin

/// Embeds the package's knowledge/ folder into the target, with the files
/// declared as inputs so an edited entry rebuilds incrementally.
///
/// The core library gets only knowledge/understanding/ (what the assistant
/// listens for, which its interpreter cannot work without) and
/// knowledge/prose/ (the method's sentences its lesson, quiz and plan
/// answers say); the SalesCoachKnowledgeFiles target gets the guidance and
/// the demo book.
@main
struct EmbedKnowledge: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        if target.name == "SalesCoachCore" {
            return try [("understanding", "EmbeddedUnderstanding"), ("prose", "EmbeddedProse")].map { folder, name in
                let directory = context.package.directoryURL.appending(path: "knowledge/\(folder)")
                let output = context.pluginWorkDirectoryURL.appending(path: "\(name).swift")
                var inputs: [URL] = []
                if let enumerator = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil) {
                    for case let url as URL in enumerator where !url.hasDirectoryPath { inputs.append(url) }
                }
                return .buildCommand(
                    displayName: "Embedding knowledge/\(folder) (\(inputs.count) files)",
                    executable: try context.tool(named: "knowledge-embedder").url,
                    arguments: ["--enum", name, "--internal", directory.path, output.path],
                    inputFiles: inputs,
                    outputFiles: [output]
                )
            }
        }
        let knowledge = context.package.directoryURL.appending(path: "knowledge")
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedKnowledge.swift")
        let demoBook = context.package.directoryURL.appending(path: "examples/demo-customers.csv")
        var inputs: [URL] = [demoBook]
        if let enumerator = FileManager.default.enumerator(at: knowledge, includingPropertiesForKeys: nil) {
            for case let url as URL in enumerator where !url.hasDirectoryPath && !url.path.contains("/understanding/")
                && !url.path.contains("/prose/")
            {
                inputs.append(url)
            }
        }
        return [
            .buildCommand(
                displayName: "Embedding the guidance in knowledge and the demo book (\(inputs.count) files)",
                executable: try context.tool(named: "knowledge-embedder").url,
                arguments: ["--skip", "understanding", "--skip", "prose", knowledge.path, output.path, demoBook.path],
                inputFiles: inputs,
                outputFiles: [output]
            )
        ]
    }
}
