// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "SalesCoach",
    products: [
        .executable(name: "salescoach", targets: ["salescoach"]),
        .library(name: "SalesCoachCore", targets: ["SalesCoachCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        // All domain logic: values and pure functions, no terminal or file I/O.
        // knowledge/understanding/ (what the assistant listens for) is embedded here.
        .target(name: "SalesCoachCore", plugins: [.plugin(name: "EmbedKnowledge")]),
        // The guidance in knowledge/, embedded at build time so every binary carries it.
        .target(
            name: "SalesCoachKnowledgeFiles",
            plugins: [.plugin(name: "EmbedKnowledge")]
        ),
        // Persistence of the session (customers, config, visits) in SQLite.
        .target(
            name: "SalesCoachWorkspace",
            dependencies: [
                "SalesCoachCore", .product(name: "GRDB", package: "GRDB.swift"),
                // SQLite's own column calls, for reading a large customer list without a value object per cell.
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]
        ),
        // Excel workbooks in and out: the ZIP container and its XML, bytes in and bytes out.
        .target(
            name: "SalesCoachSpreadsheet",
            dependencies: ["SalesCoachCore", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        // Presentation: display width, tables, the matrix plot, colors, escaping.
        .target(name: "SalesCoachTerminal", dependencies: ["SalesCoachCore"]),
        .systemLibrary(name: "CReadline", providers: [.apt(["libreadline-dev"])]),
        // The PostgreSQL client library, for --database: PG* variables, ~/.pgpass and sslmode as users expect.
        .systemLibrary(name: "CLibPQ", providers: [.apt(["libpq-dev"])]),
        .target(name: "SalesCoachPostgres", dependencies: ["SalesCoachCore", "CLibPQ"]),
        .executableTarget(
            name: "salescoach",
            dependencies: [
                "SalesCoachCore", "SalesCoachWorkspace", "SalesCoachTerminal",
                "SalesCoachKnowledgeFiles", "CReadline", "SalesCoachPostgres", "SalesCoachSpreadsheet",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "knowledge-embedder", path: "Plugins/KnowledgeEmbedderTool"),
        .plugin(
            name: "EmbedKnowledge",
            capability: .buildTool(),
            dependencies: ["knowledge-embedder"]
        ),
        .testTarget(
            name: "SalesCoachCoreTests", dependencies: ["SalesCoachCore", "SalesCoachKnowledgeFiles", "TestSupport"],
            // The held-out question batches are read from disk by path, never built in.
            exclude: ["Assistant/Heldout"]
        ),
        .testTarget(
            name: "SalesCoachSpreadsheetTests",
            dependencies: [
                "SalesCoachSpreadsheet", "SalesCoachCore", "TestSupport", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        .testTarget(name: "SalesCoachWorkspaceTests", dependencies: ["SalesCoachWorkspace", "TestSupport"]),
        .testTarget(name: "SalesCoachTerminalTests", dependencies: ["SalesCoachTerminal", "TestSupport"]),
        .testTarget(name: "EndToEndTests", dependencies: ["salescoach", "TestSupport"]),
        // Golden-file comparison shared by the test targets.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
    ]
)
