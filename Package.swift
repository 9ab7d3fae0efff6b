// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Dyad",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "dyad", targets: ["dyad"]),
        .library(name: "DyadEngine", targets: ["DyadApp"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // Build-time tool: turns the language data folder into Swift string literals,
        // so a copied `dyad` binary carries its language packs.
        .executableTarget(name: "dyad-embed", path: "Tools/dyad-embed"),
        .plugin(name: "EmbedData", capability: .buildTool(), dependencies: ["dyad-embed"]),

        .target(name: "DyadData", exclude: ["data"], plugins: ["EmbedData"]),
        .target(name: "DyadCore"),
        .target(name: "DyadText", dependencies: ["DyadCore"]),
        .target(name: "DyadTaggers", dependencies: ["DyadText", "DyadData"]),
        .target(name: "DyadEvents", dependencies: ["DyadTaggers"]),
        .target(name: "DyadApp", dependencies: ["DyadEvents"]),
        .executableTarget(name: "dyad", dependencies: [
            "DyadApp", "DyadText",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),

        .testTarget(name: "DyadTextTests", dependencies: ["DyadText"]),
        .testTarget(name: "DyadTaggersTests", dependencies: ["DyadTaggers"], exclude: ["Corpus"]),
        .testTarget(name: "DyadEventsTests", dependencies: ["DyadEvents"]),
        .testTarget(name: "DyadAppTests", dependencies: ["DyadApp"], exclude: ["EventCases"]),
    ]
)
