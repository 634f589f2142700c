import ArgumentParser
import Foundation

/// The options a command's definition declares, read from the parser's own
/// description of it, so completion and error messages name exactly what
/// the command accepts.
struct ReplSyntax {
    struct Option: Equatable {
        /// `--week`, with `-h` style short names after the long ones.
        let names: [String]
        /// nil for a flag.
        let valueName: String?
        /// The values a typed option accepts, when they are a fixed list (`--format csv|json`).
        let values: [String]
        /// For an option that names a file (`plan --export`): the endings offered, empty for any file; nil otherwise.
        var fileExtensions: [String]? = nil
    }

    let options: [Option]
    /// The positional words that take a fixed list of values (`list [A|B|C|D|unclassified]`), by value name.
    let positionalValues: [String: [String]]
    /// The endings of the file a positional word names (`load FILE`), when the command declares them.
    let positionalFileExtensions: [String]?

    /// The options of `command`, or of its subcommand named `subcommand`
    /// (for a command with subcommands, its default one when none is named).
    init(of command: any ReplCommand.Type, subcommand: String? = nil) {
        let dump = (try? JSONDecoder().decode(Dump.self, from: Data(command._dumpHelp().utf8)))?.command
        var described = dump
        // The parser adds a `help` subcommand to every root: only declared subcommands count.
        if command.hasSubcommands, let subcommands = dump?.subcommands {
            let wanted = subcommand ?? dump?.defaultSubcommand
            described = subcommands.first { $0.commandName == wanted }
        }
        var positionalValues: [String: [String]] = [:]
        var positionalFileExtensions: [String]?
        for argument in described?.arguments ?? [] where argument.kind == "positional" {
            if let name = argument.valueName, let values = argument.allValues { positionalValues[name] = values }
            if positionalFileExtensions == nil { positionalFileExtensions = argument.completionKind?.file?.extensions }
        }
        self.positionalValues = positionalValues
        self.positionalFileExtensions = positionalFileExtensions
        options = (described?.arguments ?? []).compactMap { argument in
            // Hidden ones are left out; --help stays, since `CMD --help` works at the prompt.
            guard argument.kind != "positional", argument.shouldDisplay ?? true, let names = argument.names, !names.isEmpty
            else { return nil }
            let spelled = names.sorted { ($0.kind == "long" ? 0 : 1) < ($1.kind == "long" ? 0 : 1) }.map {
                $0.kind == "short" ? "-\($0.name)" : $0.kind == "long" ? "--\($0.name)" : "-\($0.name)"
            }
            return Option(
                names: spelled, valueName: argument.kind == "option" ? argument.valueName : nil,
                values: argument.allValues ?? [], fileExtensions: argument.completionKind?.file?.extensions)
        }
    }

    /// Long option names, for completion.
    var longNames: [String] { options.flatMap(\.names).filter { $0.hasPrefix("--") } }

    func option(named name: String) -> Option? { options.first { $0.names.contains(name) } }

    // The parts of the parser's `--experimental-dump-help` description used here.
    private struct Dump: Decodable {
        let command: Command
    }

    private struct Command: Decodable {
        let commandName: String?
        let defaultSubcommand: String?
        let subcommands: [Command]?
        let arguments: [Argument]?
    }

    private struct Argument: Decodable {
        struct Name: Decodable {
            let kind: String
            let name: String
        }

        let kind: String
        let shouldDisplay: Bool?
        let names: [Name]?
        let valueName: String?
        let allValues: [String]?
        let completionKind: CompletionKind?
    }

    /// How the parser says an argument completes; only file names matter here.
    private struct CompletionKind: Decodable {
        struct File: Decodable {
            let extensions: [String]
        }

        let file: File?
    }
}
