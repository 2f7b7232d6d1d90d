// swift-tools-version:6.0
import PackageDescription

// Stage modules (FeedFetch, FeedParse, FeedAnalysis, FeedStore) import FeedCore and never each other;
// only FeedDaemon knows the order fetch → parse → analyse → store → alert.
let package = Package(
    name: "feedwatch",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "feedwatch", targets: ["feedwatch"]),
        .executable(name: "feedwatch-bench", targets: ["feedwatch-bench"]),
        .executable(name: "feedwatch-fuzz-parse", targets: ["feedwatch-fuzz-parse"]),
        .executable(name: "feedwatch-fuzz-extract", targets: ["feedwatch-fuzz-extract"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
    ],
    targets: [
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(name: "CSQLite", providers: [.apt(["libsqlite3-dev"])]),
        .systemLibrary(name: "CMalloc"),
        .target(name: "FeedCore"),
        .target(name: "FeedFetch", dependencies: [
            "FeedCore",
            .product(name: "AsyncHTTPClient", package: "async-http-client"),
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "NIOHTTP1", package: "swift-nio"),
            .product(name: "NIOPosix", package: "swift-nio"),
        ]),
        .target(
            name: "FeedParse", dependencies: ["FeedCore", "CLibXML2"],
            // Runtime exclusivity checks on the SAX callbacks' class state cost ~8 % of parse time
            // (BENCHMARKS.md); debug builds, and so the tests, keep them.
            swiftSettings: [.unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release))]),
        .target(name: "FeedAnalysis", dependencies: ["FeedCore"]),
        .target(name: "FeedStore", dependencies: ["FeedCore", "CSQLite", "CMalloc"]),
        .target(name: "FeedDaemon", dependencies: [
            "FeedCore", "FeedFetch", "FeedParse", "FeedAnalysis", "FeedStore",
            .product(name: "Logging", package: "swift-log"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            .product(name: "UnixSignals", package: "swift-service-lifecycle"),
            .product(name: "Yams", package: "Yams"),
            .product(name: "AsyncHTTPClient", package: "async-http-client"),
            .product(name: "Metrics", package: "swift-metrics"),
            .product(name: "Prometheus", package: "swift-prometheus"),
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "NIOPosix", package: "swift-nio"),
            .product(name: "NIOHTTP1", package: "swift-nio"),
        ]),
        .executableTarget(name: "feedwatch", dependencies: [
            "FeedDaemon", "FeedStore", "FeedParse", "FeedAnalysis", "FeedCore",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
            .product(name: "Logging", package: "swift-log"),
        ]),
        .target(name: "FeedEvaluation", dependencies: ["FeedCore", "FeedAnalysis", "FeedFetch", "FeedStore", "FeedDaemon"]),
        .executableTarget(
            name: "feedwatch-bench",
            dependencies: [
                "FeedCore", "FeedParse", "FeedAnalysis", "FeedStore", "FeedEvaluation", "FeedTestSupport", "FeedDaemon", "FeedFetch",
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
            ],
            path: "Benchmarks/feedwatch-bench"),
        .target(name: "FuzzDriver", path: "Fuzz/Driver"),
        .executableTarget(name: "feedwatch-fuzz-parse", dependencies: ["FeedCore", "FeedParse", "FuzzDriver"], path: "Fuzz/parse"),
        .executableTarget(name: "feedwatch-fuzz-extract", dependencies: ["FeedCore", "FeedParse", "FuzzDriver"], path: "Fuzz/extract"),
        .target(name: "FeedTestSupport", dependencies: [
            "FeedCore",
            .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "NIOPosix", package: "swift-nio"),
            .product(name: "NIOHTTP1", package: "swift-nio"),
        ]),
        .testTarget(name: "ConformanceTests", dependencies: ["FeedCore", "FeedParse", "FeedTestSupport"]),
        .testTarget(name: "FeedwatchTests", dependencies: [
            "CLibXML2", "FeedCore", "FeedFetch", "FeedParse", "FeedAnalysis", "FeedStore", "FeedDaemon", "FeedEvaluation", "FeedTestSupport",
        ]),
    ]
)
