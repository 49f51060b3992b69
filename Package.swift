// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "frontline",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "frontline", targets: ["frontline"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .target(name: "FrontlineCore"),
        // The Linux system calls Swift's Glibc module leaves out (renameat2, setresuid, prctl).
        .target(name: "CFrontlineSys"),
        .target(name: "FrontlineStore", dependencies: ["FrontlineCore", "CFrontlineSys"]),
        .target(name: "FrontlineUI", dependencies: ["FrontlineCore"]),
        .systemLibrary(name: "CNCursesW"),
        .target(name: "CursesTerminal", dependencies: ["CNCursesW", "FrontlineUI"]),
        .target(name: "FrontlineCLI", dependencies: [
            "FrontlineCore", "FrontlineStore", "FrontlineUI", "CursesTerminal",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "frontline", dependencies: ["FrontlineCLI", "FrontlineStore"]),
        .target(name: "FrontlineBench", dependencies: ["FrontlineCore", "FrontlineStore"]),
        .executableTarget(name: "frontline-bench", dependencies: ["FrontlineBench", "FrontlineUI", "FrontlineTestSupport"]),
        .target(name: "FrontlineTestSupport", dependencies: ["FrontlineCore", "FrontlineStore"], path: "Tests/Support"),
        // Swift Testing traits shared by the test targets (kept out of FrontlineTestSupport, which the benchmark links).
        .target(name: "FrontlineTestTraits", dependencies: ["FrontlineTestSupport"], path: "Tests/Traits"),
        .testTarget(name: "FrontlineCoreTests", dependencies: ["FrontlineCore"]),
        .testTarget(name: "FrontlineStoreTests", dependencies: ["FrontlineStore", "FrontlineTestSupport", "FrontlineBench"], exclude: ["JSON/JSONTestSuite"]),
        .testTarget(name: "FrontlineUITests", dependencies: ["FrontlineUI", "FrontlineTestSupport"], exclude: ["Snapshots"]),
        .testTarget(name: "CursesTerminalTests", dependencies: ["CursesTerminal"]),
        .testTarget(name: "FrontlineCLITests", dependencies: ["FrontlineCLI", "FrontlineTestSupport", "FrontlineTestTraits", "FrontlineBench"]),
    ],
    swiftLanguageModes: [.v6]
)
