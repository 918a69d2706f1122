// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Tract",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "tract", targets: ["tract"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
    ],
    targets: [
        .systemLibrary(name: "CCmark", providers: [.apt(["libcmark-dev"])]),
        .systemLibrary(name: "CNCursesW", providers: [.apt(["libncurses-dev"])]),
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(name: "CArchive", providers: [.apt(["libarchive-dev"])]),
        .target(name: "ScreenKit"),
        .target(name: "TractCore", dependencies: ["CCmark", "CLibXML2", "CArchive", .product(name: "Yams", package: "Yams")],
                exclude: ["Generated/README.md"]),
        .target(name: "TractApp", dependencies: ["TractCore", "ScreenKit", .product(name: "Yams", package: "Yams")]),
        .target(name: "TractView", dependencies: ["TractApp", "TractCore", "ScreenKit"]),
        .target(name: "NcursesTerminal", dependencies: ["CNCursesW", "ScreenKit"]),
        .target(name: "TractRuntime", dependencies: [
            "TractApp", "TractView", "TractCore", "ScreenKit", .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        .executableTarget(name: "tract", dependencies: [
            "TractCore", "TractApp", "TractRuntime", "NcursesTerminal", "ScreenKit",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        // libFuzzer targets (scripts/fuzz); built normally it replays saved inputs.
        .executableTarget(name: "tract-fuzz", dependencies: [
            "TractCore", "TractApp", "TractView", "TractRuntime", "NcursesTerminal", "ScreenKit",
        ]),
        .executableTarget(name: "tract-bench", dependencies: ["TractCore", "TractApp", "TractView", "TractRuntime", "ScreenKit"]),
        // Fixtures and the snapshot assertion, shared by the test targets.
        .target(name: "TractTestSupport", dependencies: ["TractApp", "TractRuntime", "TractCore", "ScreenKit"],
                path: "Tests/TractTestSupport"),
        .testTarget(name: "TractCoreTests", dependencies: ["TractCore", "TractTestSupport"], exclude: ["seeds.json"]),
        .testTarget(name: "TractAppTests", dependencies: ["TractApp", "TractView", "TractRuntime", "TractCore", "ScreenKit",
                                                          "TractTestSupport"],
                    exclude: ["__Snapshots__"]),
        .testTarget(name: "NcursesTerminalTests", dependencies: ["NcursesTerminal", "ScreenKit"]),
        .testTarget(name: "TractRuntimeTests", dependencies: [
            "TractRuntime", "TractCore", "TractApp", "TractView", "ScreenKit", .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        .testTarget(name: "TractCLITests", dependencies: ["tract", "tract-fuzz", "TractCore", "TractRuntime", "CArchive", "TractTestSupport"]),
    ]
)
