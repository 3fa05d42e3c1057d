// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "CareSim",
  products: [
    .executable(name: "caresim", targets: ["caresim"]),
    .executable(name: "caresim-bench", targets: ["caresim-bench"]),
  ],
  targets: [
    // The core is optimised in debug builds too, as one whole module: the tests run the engine on
    // the shipped scenarios (every README command, the generated-scenario equivalence), which an
    // unoptimised engine makes several times slower, and a file-by-file optimised one four times
    // (nothing inlines across files). `-num-threads` keeps one object file per source file, as
    // SwiftPM's debug build expects. Debug builds keep testability and every precondition.
    .target(
      name: "CareSimCore",
      swiftSettings: [
        .unsafeFlags(["-O", "-wmo", "-num-threads", "4"], .when(configuration: .debug))
      ]),
    // Charts and number formats: Foundation only, no CareSim type.
    .target(name: "CareSimCharts"),
    // The JSON5 reader: a tree of plain values, the place of each, addressing by dotted path and
    // errors that show the line. It knows no CareSim type.
    .target(name: "JSON5"),
    // The workshop page's script and styles are files of their own, compiled into the binary
    // (`PackageResources`), so `caresim` needs no resource bundle beside it.
    .target(
      name: "CareSimIO", dependencies: ["CareSimCore", "CareSimCharts", "JSON5"],
      resources: [
        .embedInCode("Workshop/Resources/workshop.js"),
        .embedInCode("Workshop/Resources/workshop.css"),
      ]),
    // Commands' declared options: parsing, usage, help and one-line errors. It knows no CareSim
    // type; the commands declare their options with it.
    .target(name: "ArgumentParsing"),
    .target(
      name: "CareSimCLI",
      dependencies: ["CareSimCore", "CareSimCharts", "CareSimIO", "JSON5", "ArgumentParsing"]),
    .executableTarget(name: "caresim", dependencies: ["CareSimCLI"]),
    .executableTarget(
      name: "caresim-bench",
      dependencies: ["CareSimCore", "CareSimIO", "JSON5"],
      path: "Benchmarks/caresim-bench"
    ),
    // Paths of shipped files, temporary folders and the built binary, for every test target.
    .target(name: "CareSimTestSupport", path: "Tests/CareSimTestSupport"),
    .testTarget(name: "CareSimCoreTests", dependencies: ["CareSimCore", "CareSimTestSupport"]),
    // The core's seeded generator only drives the damaged-input tests; the shipped scenarios are
    // the reader's real inputs.
    .testTarget(name: "JSON5Tests", dependencies: ["JSON5", "CareSimCore", "CareSimTestSupport"]),
    .testTarget(
      name: "CareSimIOTests",
      dependencies: [
        "CareSimCore", "CareSimCharts", "CareSimIO", "JSON5", "CareSimTestSupport",
      ],
      exclude: ["Golden", "Fixtures"]),
    // The gallery draws the charts in the report pages' style (CareSimIO); the tick tests draw
    // their random ranges with the core's SplitMix64.
    .testTarget(
      name: "CareSimChartsTests",
      dependencies: ["CareSimCharts", "CareSimCore", "CareSimIO", "CareSimTestSupport"],
      exclude: ["Golden"]),
    .testTarget(
      name: "CareSimCLITests",
      dependencies: [
        "CareSimCLI", "CareSimIO", "CareSimCore", "JSON5", "ArgumentParsing", "CareSimTestSupport",
      ],
      exclude: ["Golden"]
    ),
    .testTarget(name: "ArgumentParsingTests", dependencies: ["ArgumentParsing"]),
  ],
  swiftLanguageModes: [.v6]
)
