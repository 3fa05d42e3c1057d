// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "CareSim",
  products: [
    .executable(name: "caresim", targets: ["caresim"]),
    .executable(name: "caresim-bench", targets: ["caresim-bench"]),
  ],
  targets: [
    .target(name: "CareSimCore"),
    .target(name: "CareSimIO", dependencies: ["CareSimCore"]),
    .target(name: "CareSimCLI", dependencies: ["CareSimCore", "CareSimIO"]),
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
      name: "CareSimIOTests", dependencies: ["CareSimCore", "CareSimIO", "CareSimTestSupport"],
      exclude: ["Golden"]),
    .testTarget(
      name: "CareSimCLITests",
      dependencies: ["CareSimCLI", "CareSimIO", "CareSimCore", "CareSimTestSupport"],
      exclude: ["Golden"]
    ),
  ],
  swiftLanguageModes: [.v6]
)
