// swift-tools-version:6.0
import PackageDescription

// The benchmark is a package of its own, so that `swift build -c release` of Frontline builds no benchmark and no
// test code. It uses the product's libraries and drives the release `frontline` built in the package above:
//
//   swift build -c release && swift run --package-path Benchmarks -c release frontline-bench
let package = Package(
    name: "frontline-bench",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "frontline", path: "..")
    ],
    targets: [
        .executableTarget(
            name: "frontline-bench",
            dependencies: [
                .product(name: "FrontlineCore", package: "frontline"),
                .product(name: "FrontlineStore", package: "frontline"),
                .product(name: "FrontlineUI", package: "frontline"),
                .product(name: "FrontlineBench", package: "frontline"),
                // The one process runner, shared with the tests: a library of the product's package that holds no test code.
                .product(name: "FrontlineProcess", package: "frontline"),
            ])
    ],
    swiftLanguageModes: [.v6]
)
