import Testing

@testable import SalesCoachWorkspace

@Suite struct WorkspaceLocationTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let environment: [String: String]
        let expected: String
        let what: String
        var testDescription: String { what }
    }

    @Test("the default workspace follows the XDG data directory", arguments: [
        Case(environment: ["XDG_DATA_HOME": "/data", "HOME": "/home/kei"],
             expected: "/data/salescoach/workspace.sqlite", what: "XDG_DATA_HOME wins over HOME"),
        Case(environment: ["XDG_DATA_HOME": "/data/", "HOME": "/home/kei"],
             expected: "/data/salescoach/workspace.sqlite", what: "a trailing slash is not doubled"),
        Case(environment: ["HOME": "/home/kei"],
             expected: "/home/kei/.local/share/salescoach/workspace.sqlite", what: "without XDG_DATA_HOME, HOME"),
        Case(environment: ["XDG_DATA_HOME": "", "HOME": "/home/kei"],
             expected: "/home/kei/.local/share/salescoach/workspace.sqlite", what: "an empty XDG_DATA_HOME is ignored"),
        Case(environment: ["XDG_DATA_HOME": "relative/dir", "HOME": "/home/kei"],
             expected: "/home/kei/.local/share/salescoach/workspace.sqlite", what: "a relative XDG_DATA_HOME is ignored"),
        Case(environment: ["XDG_DATA_HOME": "/data"],
             expected: "/data/salescoach/workspace.sqlite", what: "XDG_DATA_HOME alone is enough"),
    ])
    func defaultPath(_ example: Case) throws {
        #expect(try WorkspaceLocation.defaultPath(environment: example.environment) == example.expected)
    }

    @Test("without an absolute HOME or XDG_DATA_HOME there is no default, never the current directory", arguments: [
        [String: String](), ["HOME": ""], ["HOME": "home/kei"], ["HOME": ".", "XDG_DATA_HOME": "data"],
    ])
    func noDefault(_ environment: [String: String]) {
        #expect(throws: WorkspaceLocation.UnknownHome(home: environment["HOME"])) {
            try WorkspaceLocation.defaultPath(environment: environment)
        }
    }

    @Test("the message says what is missing and how to proceed")
    func message() {
        #expect(WorkspaceLocation.UnknownHome(home: nil).description
            == "no place for the workspace: HOME is not set and XDG_DATA_HOME is not an absolute path; "
            + "set HOME, or pass --workspace FILE (or --ephemeral for a session that saves nothing)")
        #expect(WorkspaceLocation.UnknownHome(home: "kei").description.hasPrefix(
            "no place for the workspace: HOME is 'kei', not an absolute path and"))
    }

    @Test("the directory of a path", arguments: [
        ("/a/b/workspace.sqlite", "/a/b"), ("/workspace.sqlite", "/"), ("workspace.sqlite", "."), ("x/y", "x"),
    ])
    func directory(_ path: String, _ expected: String) {
        #expect(WorkspaceLocation.directory(of: path) == expected)
    }
}
