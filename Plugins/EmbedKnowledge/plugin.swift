import Foundation
import PackagePlugin

/// Embeds every file of the package's knowledge/ folder into the target, with
/// the files declared as inputs so an edited entry rebuilds incrementally.
@main
struct EmbedKnowledge: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let knowledge = context.package.directoryURL.appending(path: "knowledge")
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedKnowledge.swift")
        let demoBook = context.package.directoryURL.appending(path: "examples/demo-customers.csv")
        var inputs: [URL] = [demoBook]
        if let enumerator = FileManager.default.enumerator(at: knowledge, includingPropertiesForKeys: nil) {
            for case let url as URL in enumerator where !url.hasDirectoryPath { inputs.append(url) }
        }
        return [
            .buildCommand(
                displayName: "Embedding knowledge/ and the demo book (\(inputs.count) files)",
                executable: try context.tool(named: "knowledge-embedder").url,
                arguments: [knowledge.path, output.path, demoBook.path],
                inputFiles: inputs,
                outputFiles: [output]
            )
        ]
    }
}
