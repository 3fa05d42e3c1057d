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
    // The workshop page's script and styles are files of their own, compiled into the binary
    // (`PackageResources`), so `caresim` needs no resource bundle beside it.
    .target(
      name: "CareSimIO", dependencies: ["CareSimCore"],
      resources: [
        .embedInCode("Workshop/Resources/workshop.js"),
        .embedInCode("Workshop/Resources/workshop.css"),
      ]),
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
      exclude: ["Golden", "Fixtures"]),
    .testTarget(
      name: "CareSimCLITests",
      dependencies: ["CareSimCLI", "CareSimIO", "CareSimCore", "CareSimTestSupport"],
      exclude: ["Golden"]
    ),
  ],
  swiftLanguageModes: [.v6]
)
