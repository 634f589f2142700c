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
        Case(environment: [:], expected: "./salescoach/workspace.sqlite", what: "with neither, the current directory"),
    ])
    func defaultPath(_ example: Case) {
        #expect(WorkspaceLocation.defaultPath(environment: example.environment) == example.expected)
    }

    @Test("the directory of a path", arguments: [
        ("/a/b/workspace.sqlite", "/a/b"), ("/workspace.sqlite", "/"), ("workspace.sqlite", "."), ("x/y", "x"),
    ])
    func directory(_ path: String, _ expected: String) {
        #expect(WorkspaceLocation.directory(of: path) == expected)
    }
}
