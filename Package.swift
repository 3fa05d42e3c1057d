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
    // SwiftPM's debug build expects. Debug builds keep testability and every precondition, and
    // check the engine's invariants every month (`CARESIM_INTERNAL_CHECKS`), so `swift test` runs
    // every suite with them; release builds, the product and the benchmark, pay nothing.
    .target(
      name: "CareSimCore",
      swiftSettings: [
        .unsafeFlags(["-O", "-wmo", "-num-threads", "4"], .when(configuration: .debug)),
        .define("CARESIM_INTERNAL_CHECKS", .when(configuration: .debug)),
      ]),
    // Charts and number formats: Foundation only, no CareSim type.
    .target(name: "CareSimCharts"),
    // The JSON5 reader: a tree of plain values, the place of each, addressing by dotted path and
    // errors that show the line. It knows no CareSim type.
    .target(name: "JSON5"),
    // Scenario files: the JSON5 text read into a `Scenario` through one schema table of fields
    // (reading, validation, set-by-path, labels, the workshop's default knobs), `extends` and its
    // merge, validation against the studies, calibration targets and the calibrated copy of a
    // file, and the numbers every data file writes (`DataNumber`: the calibrated copy and the
    // provenance write them here). It sits on the core and the JSON5 reader, and on CareSimCharts
    // (no CareSim type) for the shortest digits `DataNumber` writes and the locale a teaching
    // scenario's phrase is asked in.
    .target(name: "CareSimScenario", dependencies: ["CareSimCore", "CareSimCharts", "JSON5"]),
    // Result folders (the marker, staging and replacing, temporary paths, the version they
    // record), reading CSV, and a folder's files decoded into the core's typed results, with the
    // place-of-death counts whose groups of ages the decoding checks. It knows results and files,
    // not scenarios: the core for the results, JSON5 for the files.
    .target(name: "CareSimOutput", dependencies: ["CareSimCore", "JSON5"]),
    // What a command writes of its result: the data files (summary.json, CSV, tables) from the
    // core's values and the scenario's provenance, and the HTML report pages, each a typed result
    // (decoded by CareSimOutput) in and a page out, with its words in English and Dutch; its
    // charts are CareSimCharts'.
    .target(
      name: "CareSimReports",
      dependencies: ["CareSimCore", "CareSimCharts", "JSON5", "CareSimScenario", "CareSimOutput"]),
    // The workshop page: its data from a teaching scenario's precomputed grid, the answers to its
    // exercises, its labels and markup, and the index of pages. It builds on the report pages'
    // HTML pieces and phrases (CareSimReports) and records the version as every result does
    // (CareSimOutput). The page's script and styles are files of their own, compiled into the
    // binary (`PackageResources`), so `caresim` needs no resource bundle beside it.
    .target(
      name: "CareSimWorkshop",
      dependencies: [
        "CareSimCore", "CareSimCharts", "JSON5", "CareSimScenario", "CareSimOutput",
        "CareSimReports",
      ],
      resources: [
        .embedInCode("Resources/workshop.js"),
        .embedInCode("Resources/workshop.css"),
      ]),
    // Commands' declared options: parsing, usage, help and one-line errors. It knows no CareSim
    // type; the commands declare their options with it.
    .target(name: "ArgumentParsing"),
    // The commands: each parses its options, reads its scenario, calls the core and writes its
    // folder, report or page, so it sits on every library.
    .target(
      name: "CareSimCLI",
      dependencies: [
        "CareSimCore", "CareSimCharts", "JSON5", "ArgumentParsing", "CareSimScenario",
        "CareSimOutput", "CareSimReports", "CareSimWorkshop",
      ]),
    .executableTarget(name: "caresim", dependencies: ["CareSimCLI"]),
    // The benchmark times the core on the shipped scenarios (read by CareSimScenario), the JSON5
    // reader, and the building of a workshop page (CareSimWorkshop), and measures a run's memory
    // where `caresim run` keeps its monthly values (CareSimOutput); its options are declared
    // with ArgumentParsing, as the commands' are.
    .executableTarget(
      name: "caresim-bench",
      dependencies: [
        "CareSimCore", "CareSimScenario", "CareSimOutput", "CareSimWorkshop", "JSON5",
        "ArgumentParsing",
      ],
      path: "Benchmarks/caresim-bench"
    ),
    // Paths of shipped files, temporary folders and the built binary, for every test target.
    .target(name: "CareSimTestSupport", path: "Tests/CareSimTestSupport"),
    .testTarget(name: "CareSimCoreTests", dependencies: ["CareSimCore", "CareSimTestSupport"]),
    // The core's seeded generator only drives the damaged-input tests; the shipped scenarios are
    // the reader's real inputs.
    .testTarget(name: "JSON5Tests", dependencies: ["JSON5", "CareSimCore", "CareSimTestSupport"]),
    // The engine runs on the shipped, the teaching and generated scenarios here, where they are
    // read (and a run's monthly values kept in CareSimOutput's temporary file); the fixtures are
    // scenario files that only the tests read.
    .testTarget(
      name: "CareSimScenarioTests",
      dependencies: [
        "CareSimCore", "CareSimScenario", "CareSimOutput", "JSON5", "CareSimTestSupport",
      ],
      exclude: ["Fixtures"]),
    // Decoding from hand-written files; a run's real files are decoded in CareSimReportsTests.
    .testTarget(name: "CareSimOutputTests", dependencies: ["CareSimCore", "CareSimOutput"]),
    // A run's files are written by its report and read back by CareSimOutput's decoding, so the
    // round trip is tested here, beside the goldens of the files and pages.
    .testTarget(
      name: "CareSimReportsTests",
      dependencies: [
        "CareSimCore", "CareSimCharts", "CareSimScenario", "CareSimOutput", "CareSimReports",
        "JSON5", "CareSimTestSupport",
      ],
      exclude: ["Golden"]),
    // The page, its data and answers, built from small grids and from the teaching scenarios.
    .testTarget(
      name: "CareSimWorkshopTests",
      dependencies: [
        "CareSimCore", "CareSimCharts", "CareSimScenario", "CareSimOutput", "CareSimReports",
        "CareSimWorkshop", "JSON5", "CareSimTestSupport",
      ]),
    // The gallery draws the charts in the report pages' style (CareSimReports); the tick tests
    // draw their random ranges with the core's SplitMix64.
    .testTarget(
      name: "CareSimChartsTests",
      dependencies: ["CareSimCharts", "CareSimCore", "CareSimReports", "CareSimTestSupport"],
      exclude: ["Golden"]),
    .testTarget(
      name: "CareSimCLITests",
      dependencies: [
        "CareSimCLI", "CareSimScenario", "CareSimOutput", "CareSimCore", "JSON5", "ArgumentParsing",
        "CareSimTestSupport",
      ],
      exclude: ["Golden"]
    ),
    .testTarget(name: "ArgumentParsingTests", dependencies: ["ArgumentParsing"]),
  ],
  swiftLanguageModes: [.v6]
)
