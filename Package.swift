// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "frontline",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "frontline", targets: ["frontline"]),
        // For the benchmark package (Benchmarks/), which measures the product from outside.
        .library(name: "FrontlineCore", targets: ["FrontlineCore"]),
        .library(name: "FrontlineStore", targets: ["FrontlineStore"]),
        .library(name: "FrontlineUI", targets: ["FrontlineUI"]),
        .library(name: "FrontlineBench", targets: ["FrontlineBench"]),
        .library(name: "FrontlineProcess", targets: ["FrontlineProcess"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // The zip container of .docx (and, next, .xlsx) files: behind FrontlineDocuments only.
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        .target(name: "FrontlineCore"),
        // The system-call layer: EINTR, short writes and errno names handled once (FrontlineSystem), with its C half
        // (CFrontlineSys: the calls Swift's Glibc module leaves out, and the one full-write loop a signal handler shares).
        .target(name: "CFrontlineSys"),
        .target(name: "FrontlineSystem", dependencies: ["CFrontlineSys"]),
        // Starts other programs: for the tests and the benchmark only; the product never starts one.
        .target(name: "FrontlineProcess", dependencies: ["FrontlineSystem", "CFrontlineSys"]),
        .target(name: "FrontlineStore", dependencies: ["FrontlineCore", "FrontlineSystem", "CFrontlineSys"]),
        .target(name: "FrontlineUI", dependencies: ["FrontlineCore"]),
        // The store kept in PostgreSQL (docs/postgresql.md): libpq, PostgreSQL's own C client, through a system library
        // module as ncursesw is; its synchronous calls fit the synchronous store protocol and need no swift-nio.
        .systemLibrary(name: "CLibPQ", providers: [.apt(["libpq-dev"])]),
        .target(name: "FrontlinePostgres", dependencies: ["FrontlineCore", "FrontlineStore", "CLibPQ"]),
        .systemLibrary(name: "CNCursesW"),
        // Signal handlers that put the terminal back (plain C: async-signal-safe, globals once).
        .target(name: "CTerminalGuard", dependencies: ["CFrontlineSys"]),
        .target(name: "CursesTerminal", dependencies: ["CNCursesW", "CTerminalGuard", "FrontlineUI"]),
        // Documents officials file and print (.docx), made from the Markdown the reports are written in.
        .target(name: "FrontlineDocuments", dependencies: ["FrontlineCore", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        .target(
            name: "FrontlineCLI",
            dependencies: [
                "FrontlineCore", "FrontlineStore", "FrontlineSystem", "FrontlineProcess", "FrontlineUI", "CursesTerminal", "FrontlineDocuments",
                "FrontlinePostgres",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        .executableTarget(name: "frontline", dependencies: ["FrontlineCLI", "FrontlineStore"]),
        // SplitMix64, the one pseudo-random generator, for the store generator and the tests (never the product).
        .target(name: "FrontlineRandom"),
        .target(name: "FrontlineBench", dependencies: ["FrontlineCore", "FrontlineStore", "FrontlineSystem", "FrontlineRandom"]),
        // The bundled sample (data/sample) built from its readable source (data/sample-source) by the core's planner:
        // `swift run frontline-sample`. A developer's tool; the product never links it.
        .target(name: "FrontlineSample", dependencies: ["FrontlineCore", "FrontlineStore"]),
        .executableTarget(name: "frontline-sample", dependencies: ["FrontlineSample"]),
        // Helpers shared by the test targets: a test target of its own, so that no build of the product compiles them.
        .testTarget(
            name: "FrontlineTestSupport", dependencies: ["FrontlineCore", "FrontlineStore", "FrontlineUI", "FrontlineProcess"], path: "Tests/Support"),
        .testTarget(name: "FrontlineSystemTests", dependencies: ["FrontlineSystem", "FrontlineProcess", "FrontlineTestSupport"]),
        .testTarget(name: "FrontlineCoreTests", dependencies: ["FrontlineCore", "FrontlineRandom"]),
        .testTarget(
            name: "FrontlineStoreTests", dependencies: ["FrontlineStore", "FrontlineTestSupport", "FrontlineBench", "FrontlineRandom"],
            exclude: ["JSON/JSONTestSuite"]),
        .testTarget(name: "FrontlineUITests", dependencies: ["FrontlineUI", "FrontlineTestSupport", "FrontlineRandom"], exclude: ["Snapshots"]),
        .testTarget(name: "CursesTerminalTests", dependencies: ["CursesTerminal"]),
        .testTarget(
            name: "FrontlineDocumentsTests",
            dependencies: ["FrontlineDocuments", "FrontlineTestSupport", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        .testTarget(name: "FrontlineSampleTests", dependencies: ["FrontlineSample", "FrontlineCore", "FrontlineStore", "FrontlineTestSupport"]),
        .testTarget(
            name: "FrontlineCLITests",
            dependencies: ["FrontlineCLI", "FrontlineTestSupport", "FrontlineBench", "FrontlineProcess", "FrontlineRandom"]),
        // Each suite runs its own PostgreSQL cluster (initdb, pg_ctl) on a private socket: docs/postgresql.md, "Tests".
        .testTarget(
            name: "FrontlinePostgresTests", dependencies: ["FrontlinePostgres", "FrontlineStore", "FrontlineTestSupport", "FrontlineProcess"]),
    ],
    swiftLanguageModes: [.v6]
)
