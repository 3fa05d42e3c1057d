import CareSimCore
import CareSimScenario
import CareSimTestSupport
import Foundation
import JSON5
import Testing

@testable import CareSimCLI

/// `caresim calibrate` end to end on the shipped default scenario and national targets, with
/// tiny settings: the files it writes, and the refusals that come before any work.
@Suite struct CalibrateCommandTests {
  static let neighbourhood = CaresimBinary.scenario("neighbourhood.json").path
  static let targets = CaresimBinary.scenario("calibration/netherlands.json").path
  static let date = "2026-12-01"
  /// The fewest replications and trial points the command takes, and a few importance draws.
  static let tiny = [
    "--replications", "2", "--max-evaluations", "3", "--check-replications", "2",
    "--posterior-draws", "12", "--threads", "2",
  ]

  static func run(_ arguments: [String]) -> (code: Int32, out: String, error: String) {
    AnalysisCommandTests.run(arguments)
  }

  /// Text as a page writes it: the five markup characters as entities.
  static func markup(_ text: String) -> String {
    text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
      .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
      .replacingOccurrences(of: "'", with: "&#39;")
  }

  @Test func writesTheCalibratedScenarioAndItsTables() throws {
    try withTemporaryDirectory { folder in
      let out = folder.appendingPathComponent("calibration")
      let result = Self.run(
        [
          "calibrate", Self.neighbourhood, "--targets", Self.targets,
          "--param", "transitions.independent.dead",
          "--param", "transitions.notSelfReliant.institutional=0.0015:0.0055",
          "--date", Self.date, "--out", out.path,
        ] + Self.tiny)
      try #require(result.code == 0, "\(result.error)")
      for name in [
        "neighbourhood.json", "parameters.csv", "targets.csv", "search.csv", "correlation.csv",
        "posterior.csv", "result.json",
      ] {
        #expect(
          FileManager.default.fileExists(atPath: out.appendingPathComponent(name).path), "\(name)")
      }
      #expect(result.out.contains("Targets: Dutch population aged 65+"), "\(result.out)")

      // The calibrated file validates, by the command and by the reader.
      let written = out.appendingPathComponent("neighbourhood.json")
      let validate = Self.run(["validate", written.path])
      #expect(validate.code == 0, "\(validate.error)")
      let calibrated = try Scenario.load(from: written)

      // Each fitted value is written where its parameter row says, within its box, with its
      // source and its posterior; the first box is the file's, the second the one given;
      // the calibration's block keeps both boxes.
      let rows = try AnalysisCommandTests.csvRows(out.appendingPathComponent("parameters.csv"))
      #expect(
        rows.map { $0["parameter"] } == [
          "transitions.independent.dead", "transitions.notSelfReliant.institutional",
        ])
      let shipped = try Scenario.load(from: URL(fileURLWithPath: Self.neighbourhood))
      // The file's search box: its calibration's, or its range where it has none.
      let fileBox = try #require(shipped.searchBounds(for: "transitions.independent.dead"))
      let boxes = [fileBox, 0.0015...0.0055]
      for (row, box) in zip(rows, boxes) {
        let path = try #require(row["parameter"])
        let value = try #require(Double(row["written"] ?? ""))
        #expect(
          Double(row["low"] ?? "") == box.lowerBound && Double(row["high"] ?? "") == box.upperBound)
        #expect(calibrated.number(at: path) == value, "\(path)")
        #expect(box.contains(value), "\(path): \(value)")
        #expect(
          calibrated.sources[path]?.hasPrefix("calibrated to \(Self.targets) on \(Self.date)")
            == true, "\(path): \(calibrated.sources[path] ?? "no source")")
        // The range is the posterior's interval (widened to hold the value), within the box.
        let lower = try #require(Double(row["lower95"] ?? ""))
        let upper = try #require(Double(row["upper95"] ?? ""))
        let range = try #require(calibrated.ranges[path])
        #expect(
          range.lowerBound == CalibratedScenario.written(min(lower, value))
            && range.upperBound == CalibratedScenario.written(max(upper, value)), "\(path)")
        #expect(box.contains(lower) && box.contains(upper) && lower < upper, "\(path)")
        #expect(calibrated.distributions[path] != nil, "\(path)")
        #expect(calibrated.searchBounds(for: path) == box, "\(path)")
        #expect(Double(row["standardDeviation"] ?? "") ?? 0 > 0, "\(path)")
        #expect(
          ["laplace", "sampling-importance-resampling"].contains(row["method"] ?? ""), "\(path)")
      }
      #expect(calibrated.calibration?.parameters.map(\.path) == rows.map { $0["parameter"] })
      let correlation = try AnalysisCommandTests.csvRows(
        out.appendingPathComponent("correlation.csv"))
      #expect(correlation.map { $0["parameter"] } == rows.map { $0["parameter"] })
      let draws = try AnalysisCommandTests.csvRows(out.appendingPathComponent("posterior.csv"))
      #expect(draws.count == 12)
      #expect(result.out.contains("± s.d."), "\(result.out)")

      // One row per target, one per trial point.
      let targets = try AnalysisCommandTests.csvRows(out.appendingPathComponent("targets.csv"))
      let shippedTargets = try CalibrationTargets.load(
        from: URL(fileURLWithPath: Self.targets), name: Self.targets)
      #expect(targets.count == shippedTargets.targets.count)
      let summary = try JSONValue.parse(
        Data(contentsOf: out.appendingPathComponent("result.json")))
      let evaluations = try #require(summary.value(at: "evaluations")?.numberValue)
      #expect(evaluations >= 3)
      let search = try AnalysisCommandTests.csvRows(out.appendingPathComponent("search.csv"))
      #expect(Double(search.count) == evaluations)
      #expect(summary.value(at: "calibratedScenario")?.stringValue == "neighbourhood.json")
    }
  }

  /// A Dutch calibration names the targets file and every target by their Dutch labels; the
  /// folder keeps them (in `result.json`, not in `targets.csv`, whose columns stay those every
  /// calibration writes), so that `caresim report` draws the Dutch page again byte for byte, and
  /// the English page from the same folder keeps the English labels.
  @Test func theDutchReportNamesTargetsInDutchAndIsRebuiltByteForByte() throws {
    try withTemporaryDirectory { folder in
      let out = folder.appendingPathComponent("calibration")
      let result = Self.run(
        [
          "calibrate", Self.neighbourhood, "--targets", Self.targets,
          "--param", "transitions.independent.dead", "--date", Self.date, "--locale", "nl",
          "--out", out.path,
        ] + Self.tiny)
      try #require(result.code == 0, "\(result.error)")
      let html = try String(
        contentsOf: out.appendingPathComponent("report.nl.html"), encoding: .utf8)
      let shipped = try CalibrationTargets.load(
        from: URL(fileURLWithPath: Self.targets), name: Self.targets)
      #expect(html.contains(Self.markup(try #require(shipped.nameNL))))
      for target in shipped.targets {
        #expect(html.contains(Self.markup(try #require(target.labelNL))), "\(target.id)")
        #expect(!html.contains(Self.markup(target.label)), "\(target.id)")
      }
      let csv = try String(contentsOf: out.appendingPathComponent("targets.csv"), encoding: .utf8)
      #expect(
        csv.hasPrefix(
          "id,label,use,target,targetStandardError,model,modelStandardError,distance,"
            + "modelAtStart,distanceAtStart,source\n"))
      let summary = try JSONValue.parse(
        Data(contentsOf: out.appendingPathComponent("result.json")))
      #expect(summary.value(at: "targetsNameNL")?.stringValue == shipped.nameNL)
      #expect(summary.value(at: "targets.0.labelNL")?.stringValue == shipped.targets[0].labelNL)

      let englishPage = try AnalysisCommandTests.redrawReports(in: out)
      #expect(englishPage.contains(Self.markup(shipped.name)))
      for target in shipped.targets {
        #expect(englishPage.contains(Self.markup(target.label)), "\(target.id)")
      }
    }
  }

  /// Calibrating the calibrated file again, as the README's command does the shipped default,
  /// writes it again byte for byte: the search spans the boxes the calibration block keeps (not
  /// the values' ranges, now their posterior intervals), from their centre, on the same
  /// replications, and every line it writes is replaced where it stands.
  @Test func calibratingTheCalibratedFileWritesItAgain() throws {
    try withTemporaryDirectory { folder in
      let arguments = [
        "--targets", Self.targets, "--param", "transitions.independent.dead", "--param",
        "covariates.male.death", "--date", Self.date,
      ]
      let first = folder.appendingPathComponent("first")
      let once = Self.run(
        ["calibrate", Self.neighbourhood, "--out", first.path] + arguments + Self.tiny)
      try #require(once.code == 0, "\(once.error)")
      // `runs` gives a calibration's headline: the calibrated file's distance to its targets.
      let runs = Self.run(["runs", folder.path])
      #expect(runs.out.contains("distance to the targets "), "\(runs.out)")
      let calibrated = first.appendingPathComponent("neighbourhood.json")
      let second = folder.appendingPathComponent("second")
      let twice = Self.run(
        ["calibrate", calibrated.path, "--out", second.path] + arguments + Self.tiny)
      try #require(twice.code == 0, "\(twice.error)")
      for name in ["neighbourhood.json", "parameters.csv", "correlation.csv", "posterior.csv"] {
        #expect(
          try Data(contentsOf: first.appendingPathComponent(name))
            == Data(contentsOf: second.appendingPathComponent(name)), "\(name)")
      }
      // Explicit bounds must lie within the block's box, which a calibrated value's range (its
      // posterior interval) does not bound.
      let calibratedScenario = try Scenario.load(from: calibrated)
      let range = try #require(calibratedScenario.ranges["transitions.independent.dead"])
      #expect(range.lowerBound > 0.000_05 || range.upperBound < 0.000_25, "\(range)")
      let inside = Self.run(
        [
          "calibrate", calibrated.path, "--targets", Self.targets, "--param",
          "transitions.independent.dead=0.00005:0.00025",
          "--out", folder.appendingPathComponent("inside").path,
        ] + Self.tiny)
      #expect(inside.code == 0, "\(inside.error)")
      let outside = Self.run(
        [
          "calibrate", calibrated.path, "--targets", Self.targets, "--param",
          "transitions.independent.dead=0.00001:0.00025",
          "--out", folder.appendingPathComponent("outside").path,
        ] + Self.tiny)
      #expect(outside.code == 2)
      #expect(
        outside.error.contains("the range [0.00005, 0.00025] (the box its calibration searched)"),
        "\(outside.error)")
    }
  }

  /// Bounds beyond the file's range are refused before any work: a million replications a
  /// trial point would run for hours were the check made after them.
  @Test func boundsOutsideTheFilesRangeAreRefusedBeforeAnyWork() throws {
    try withTemporaryDirectory { folder in
      let out = folder.appendingPathComponent("out")
      let result = try CaresimBinary.run(
        [
          "calibrate", Self.neighbourhood, "--targets", Self.targets,
          "--param", "transitions.independent.dead=0.00001:0.002",
          "--replications", "1000000", "--force", "--out", out.path,
        ], timeout: 60)
      #expect(result.exitCode == 2, "\(result)")
      #expect(result.stderr.contains("transitions.independent.dead"), "\(result.stderr)")
      #expect(result.stderr.contains("the range [0.00005, 0.00025]"), "\(result.stderr)")
      #expect(result.stderrLines.count == 1, "\(result.stderr)")
      #expect(!FileManager.default.fileExists(atPath: out.path))
    }
  }

  /// A path the file gives no range needs bounds; the message shows how to write them.
  @Test func aPathWithoutARangeOrBoundsIsRefused() throws {
    try withTemporaryDirectory { folder in
      let out = folder.appendingPathComponent("out")
      let result = Self.run(
        [
          "calibrate", Self.neighbourhood, "--targets", Self.targets,
          "--param", "covariates.loneliness.death", "--out", out.path,
        ] + Self.tiny)
      #expect(result.code == 2, "\(result.error)")
      #expect(
        result.error.contains(
          "gives it no range; write --param covariates.loneliness.death=LOW:HIGH"),
        "\(result.error)")
      #expect(!FileManager.default.fileExists(atPath: out.path))
    }
  }

  /// Other input errors: a bad targets file names its file, line and field; a target's years
  /// beyond the horizon, a malformed box and a bad date are refused; all before any work.
  @Test func badInputIsRefusedBeforeAnyWork() throws {
    try withTemporaryDirectory { folder in
      let shipped = try String(contentsOfFile: Self.targets, encoding: .utf8)
      func targets(_ old: String, _ new: String) throws -> String {
        try #require(shipped.ranges(of: old).count == 1, "\(old)")
        let url = folder.appendingPathComponent("targets-\(UUID().uuidString).json")
        try shipped.replacingOccurrences(of: old, with: new).write(
          to: url, atomically: true, encoding: .utf8)
        return url.path
      }
      let badKind = try targets(
        #"kind: "deathRate", ages: { from: 80 }"#, #"kind: "rate", ages: { from: 80 }"#)
      let lateYears = try targets(
        #"id: "deathRate80Plus","#, #"id: "deathRate80Plus", years: { from: 1, to: 11 },"#)
      let param = ["--param", "transitions.independent.dead"]
      let cases: [(arguments: [String], message: String)] = [
        (["--targets", badKind] + param, "\(badKind):"),
        (["--targets", lateYears] + param, "beyond the scenario's horizon of 10 years"),
        (
          ["--targets", Self.targets, "--param", "transitions.independent.dead=0.001:0.0009"],
          "PATH=LOW:HIGH"
        ),
        (["--targets", Self.targets, "--date", "2026-13-01"] + param, "YYYY-MM-DD"),
      ]
      for (index, (arguments, message)) in cases.enumerated() {
        let out = folder.appendingPathComponent("out-\(index)")
        let result = Self.run(
          ["calibrate", Self.neighbourhood, "--out", out.path] + arguments + Self.tiny)
        #expect(result.code == 2, "\(arguments): \(result.error)")
        #expect(result.error.contains(message), "\(arguments): \(result.error)")
        #expect(!FileManager.default.fileExists(atPath: out.path), "\(arguments)")
      }
      // The bad kind is one error, on the line of the field.
      let result = Self.run(
        [
          "calibrate", Self.neighbourhood, "--targets", badKind,
          "--out", folder.appendingPathComponent("out").path,
        ] + param + Self.tiny)
      #expect(result.error.split(separator: "\n").count == 1, "\(result.error)")
      let line = try #require(
        shipped.split(separator: "\n", omittingEmptySubsequences: false).firstIndex {
          $0.contains(#"kind: "deathRate", ages: { from: 80 }"#)
        })
      #expect(
        result.error.contains(
          "\(badKind):\(line + 1): targets.3.measure.kind: 'rate' is not one of"),
        "\(result.error)")
    }
  }
}
