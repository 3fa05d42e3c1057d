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
    .testTarget(name: "CareSimCoreTests", dependencies: ["CareSimCore"]),
    .testTarget(
      name: "CareSimIOTests", dependencies: ["CareSimCore", "CareSimIO"], exclude: ["Golden"]),
    .testTarget(
      name: "CareSimCLITests",
      dependencies: ["CareSimCLI", "CareSimIO", "CareSimCore"]
    ),
  ],
  swiftLanguageModes: [.v6]
)
