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
        .target(name: "FrontlineStore", dependencies: ["FrontlineCore"]),
        .target(name: "FrontlineCLI", dependencies: [
            "FrontlineCore", "FrontlineStore",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "frontline", dependencies: ["FrontlineCLI"]),
        .target(name: "FrontlineTestSupport", dependencies: ["FrontlineCore", "FrontlineStore"], path: "Tests/Support"),
        .testTarget(name: "FrontlineCoreTests", dependencies: ["FrontlineCore"]),
        .testTarget(name: "FrontlineStoreTests", dependencies: ["FrontlineStore", "FrontlineTestSupport"]),
        .testTarget(name: "FrontlineCLITests", dependencies: ["FrontlineCLI", "FrontlineTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
