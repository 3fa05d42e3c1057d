// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "CareSim",
  products: [
    .executable(name: "caresim", targets: ["caresim"]),
    .executable(name: "caresim-bench", targets: ["caresim-bench"]),
  ],
  targets: [
    // The core is optimised in debug builds too: the tests run the engine on the shipped
    // scenarios (every README command, the generated-scenario equivalence), which an unoptimised
    // engine makes several times slower. Debug builds keep testability and every precondition.
    .target(
      name: "CareSimCore", swiftSettings: [.unsafeFlags(["-O"], .when(configuration: .debug))]),
    // Charts and number formats: Foundation only, no CareSim type.
    .target(name: "CareSimCharts"),
    .target(name: "CareSimIO", dependencies: ["CareSimCore", "CareSimCharts"]),
    .target(name: "CareSimCLI", dependencies: ["CareSimCore", "CareSimCharts", "CareSimIO"]),
    .executableTarget(name: "caresim", dependencies: ["CareSimCLI"]),
    .executableTarget(
      name: "caresim-bench",
      dependencies: ["CareSimCore", "CareSimIO"],
      path: "Benchmarks/caresim-bench"
    ),
    // Paths of shipped files, temporary folders and the built binary, for every test target.
    .target(name: "CareSimTestSupport", path: "Tests/CareSimTestSupport"),
    .testTarget(name: "CareSimCoreTests", dependencies: ["CareSimCore", "CareSimTestSupport"]),
    .testTarget(
      name: "CareSimIOTests",
      dependencies: ["CareSimCore", "CareSimCharts", "CareSimIO", "CareSimTestSupport"],
      exclude: ["Golden", "Fixtures"]),
    // The gallery draws the charts in the report pages' style (CareSimIO); the tick tests draw
    // their random ranges with the core's SplitMix64.
    .testTarget(
      name: "CareSimChartsTests",
      dependencies: ["CareSimCharts", "CareSimCore", "CareSimIO", "CareSimTestSupport"],
      exclude: ["Golden"]),
    .testTarget(
      name: "CareSimCLITests",
      dependencies: ["CareSimCLI", "CareSimIO", "CareSimCore", "CareSimTestSupport"],
      exclude: ["Golden"]
    ),
  ],
  swiftLanguageModes: [.v6]
)
