import CareSimCore
import CareSimScenario
import CareSimTestSupport
import Foundation
import JSON5
import Testing

@testable import CareSimCLI

/// The what-if commands against plain runs: each analysis must agree with running the scenario
/// directly at the same setting, seed and replications (issue #4's checks).
@Suite struct AnalysisCommandTests {
  static let ladder = CaresimBinary.scenario("reference-ladder.json").path
  static let neighbourhood = CaresimBinary.scenario("neighbourhood.json").path
  static let replications = "8"

  /// Runs a command in-process and returns what it printed; fails the test on a non-zero exit.
  static func run(_ arguments: [String]) -> (code: Int32, out: String, error: String) {
    let out = Captured()
    let error = Captured()
    let code = CareSimCommand.run(
      arguments: ["caresim"] + arguments,
      console: Console(out: { out.append($0) }, error: { error.append($0) }))
    return (code, out.text, error.text)
  }

  /// Draws the Dutch report of the result folder `out` again with `caresim report --locale nl`,
  /// expecting the page the command wrote byte for byte, and then the English report.
  ///
  /// - Returns: The English page.
  static func redrawReports(in out: URL) throws -> String {
    let dutchURL = out.appendingPathComponent("report.nl.html")
    let page = try Data(contentsOf: dutchURL)
    try FileManager.default.removeItem(at: dutchURL)
    let dutch = run(["report", out.path, "--locale", "nl"])
    #expect(dutch.code == 0, "\(dutch.error)")
    #expect(try Data(contentsOf: dutchURL) == page)
    let english = run(["report", out.path])
    #expect(english.code == 0, "\(english.error)")
    return try String(contentsOf: out.appendingPathComponent("report.html"), encoding: .utf8)
  }

  /// Writes the reference ladder with fields set by path into `folder`, returning its path.
  static func ladder(setting settings: [(path: String, value: Double)], in folder: URL) throws
    -> String
  {
    var json = try Scenario.load(from: URL(fileURLWithPath: ladder)).json
    for (path, value) in settings { try json.setNumber(value, at: path) }
    let url = folder.appendingPathComponent("ladder-\(UUID().uuidString).json")
    try json.encoded().write(to: url)
    return url.path
  }

  /// The plain run's summary.json at a setting.
  static func plainRun(_ scenario: String, in folder: URL) throws -> JSONValue {
    let out = folder.appendingPathComponent("run-\(UUID().uuidString)")
    let result = run(["run", scenario, "--replications", replications, "--out", out.path])
    #expect(result.code == 0, "\(result.error)")
    return try JSONValue.parse(Data(contentsOf: out.appendingPathComponent("summary.json")))
  }

  static func netBenefit(_ summary: JSONValue, _ perspective: String) throws -> (Double, Double) {
    let entry = try #require(summary.value(at: "netBenefitAfterSplit.\(perspective)"))
    return (
      try #require(entry.value(at: "mean")?.numberValue),
      try #require(entry.value(at: "standardError")?.numberValue)
    )
  }

  static func csvRows(_ url: URL) throws -> [[String: String]] {
    let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
    let header = lines[0].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
    return lines.dropFirst().map { line in
      Dictionary(
        uniqueKeysWithValues: zip(
          header, line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)))
    }
  }

  @Test func sweepEndPointsEqualPlainRuns() throws {
    try withTemporaryDirectory { folder in
      let path = "mechanisms.prevention.relativeRisk"
      let out = folder.appendingPathComponent("sweep")
      let sweep = Self.run([
        "sweep", Self.ladder, "--param", "\(path)=0.8:0.9", "--replications", Self.replications,
        "--out", out.path,
      ])
      #expect(sweep.code == 0, "\(sweep.error)")
      let row = try #require(try Self.csvRows(out.appendingPathComponent("tornado.csv")).first)
      for (end, value) in [("atLow", 0.8), ("atHigh", 0.9)] {
        let summary = try Self.plainRun(
          try Self.ladder(setting: [(path, value)], in: folder), in: folder)
        for perspective in ["society", "wmo", "zvw", "wlz"] {
          let plain = try Self.netBenefit(summary, perspective).0
          #expect(
            Double(row["netBenefit.\(perspective).\(end)"] ?? "") == plain,
            "\(perspective) \(end)")
        }
      }
    }
  }

  @Test func breakEvenRootGivesZeroNetBenefitWhenRunDirectly() throws {
    try withTemporaryDirectory { folder in
      let path = "intervention.costPerParticipantPerYear"
      let out = folder.appendingPathComponent("breakeven")
      let result = Self.run([
        "breakeven", Self.ladder, "--param", path, "--for", "society", "--low", "0", "--high",
        "5000", "--replications", Self.replications, "--out", out.path,
      ])
      #expect(result.code == 0, "\(result.error)")
      // The terminal names the parameter by its label, beside the path the command took.
      #expect(
        result.out.contains("Break-even of Cost per participant (\(path)) for society"),
        "\(result.out)")
      let document = try JSONValue.parse(
        Data(contentsOf: out.appendingPathComponent("result.json")))
      let root = try #require(document.value(at: "root")?.numberValue)
      let summary = try Self.plainRun(
        try Self.ladder(setting: [(path, root)], in: folder), in: folder)
      let (mean, standardError) = try Self.netBenefit(summary, "society")
      // At the root the expected net benefit is zero: within 4 standard errors of the run.
      #expect(
        abs(mean) <= 4 * standardError, "net benefit \(mean) at root \(root), SE \(standardError)")
    }
  }

  /// The payer is named in any case, and a bracket without a sign change is a finding, said with
  /// every number formatted alike: the zvw pays no share of the programme, so its cost moves
  /// nothing.
  @Test func breakEvenTakesThePayerInAnyCaseAndReportsWhenThereIsNone() throws {
    try withTemporaryDirectory { folder in
      let out = folder.appendingPathComponent("out")
      let result = Self.run([
        "breakeven", Self.ladder, "--param", "intervention.costPerParticipantPerYear", "--for",
        "ZVW", "--low", "1000", "--high", "2000", "--replications", "4", "--out", out.path,
      ])
      #expect(result.code == 0, "\(result.error)")
      let expected =
        "No break-even: the zvw net benefit stays negative for "
        + "intervention.costPerParticipantPerYear from "
      #expect(result.out.contains(expected), "\(result.out)")
      let finding = try #require(result.out.split(separator: "\n").first { $0.hasPrefix("No ") })
      #expect(finding.firstMatch(of: /\d\.\d{5,}/) == nil, "unformatted number: \(finding)")
      let document = try JSONValue.parse(
        Data(contentsOf: out.appendingPathComponent("result.json")))
      #expect(document.value(at: "root") == .null)
      #expect(document.value(at: "searched.low")?.numberValue ?? 1000 < 1000)
      // `runs` says so rather than leave the headline blank.
      let runs = Self.run(["runs", folder.path])
      #expect(runs.out.contains("no break-even"), "\(runs.out)")
      // The page writes the cost, an amount of euros a year, as one: the range searched and the
      // scenario's 500.
      let page = try String(contentsOf: out.appendingPathComponent("report.html"), encoding: .utf8)
      #expect(page.contains("the scenario has €500 a year."), "\(page)")
    }
  }

  @Test func psaWithFixedDistributionsEqualsAPlainRun() throws {
    try withTemporaryDirectory { folder in
      let text = try String(contentsOfFile: Self.ladder, encoding: .utf8)
        .replacingOccurrences(
          of: "prevention: { relativeRisk: 0.85 }",
          with: "prevention: { relativeRisk: { value: 0.85, distribution: { type: \"fixed\" } } }")
      let scenario = folder.appendingPathComponent("fixed.json")
      try text.write(to: scenario, atomically: true, encoding: .utf8)
      let out = folder.appendingPathComponent("psa")
      let psa = Self.run([
        "psa", scenario.path, "--samples", "3", "--inner", Self.replications, "--out", out.path,
      ])
      #expect(psa.code == 0, "\(psa.error)")
      // The report reads the Monte-Carlo error from result.json's field of that dotted name.
      let report = try String(
        contentsOf: out.appendingPathComponent("report.html"), encoding: .utf8)
      #expect(report.contains("set&#39;s mean, about €"))
      #expect(!report.contains("about —"))
      let summary = try Self.plainRun(scenario.path, in: folder)
      for row in try Self.csvRows(out.appendingPathComponent("samples.csv")) {
        for perspective in ["society", "wmo", "zvw", "wlz", "informal"] {
          let plain = try Self.netBenefit(summary, perspective).0
          #expect(Double(row["netBenefit.\(perspective)"] ?? "") == plain, "\(perspective)")
        }
      }
    }
  }

  /// A distribution skewed away from its value is named in the terminal, result.json and the
  /// page: the sets' mean differs from the base on its account.
  @Test func psaNamesADistributionNotCentredOnItsValue() throws {
    try withTemporaryDirectory { folder in
      let text = try String(contentsOfFile: Self.ladder, encoding: .utf8)
        .replacingOccurrences(
          of: "prevention: { relativeRisk: 0.85 }",
          with: "prevention: { relativeRisk: { value: 0.85, distribution: "
            + "{ type: \"uniform\", low: 0.85, high: 0.95 } } }")
      let scenario = folder.appendingPathComponent("skewed.json")
      try text.write(to: scenario, atomically: true, encoding: .utf8)
      let out = folder.appendingPathComponent("psa")
      let psa = Self.run([
        "psa", scenario.path, "--samples", "3", "--inner", "2", "--out", out.path,
      ])
      try #require(psa.code == 0, "\(psa.error)")
      #expect(
        psa.out.contains(
          ", mechanisms.prevention.relativeRisk (value 0.85, mean of its distribution 0.9)."),
        "\(psa.out)")
      let document = try JSONValue.parse(
        Data(contentsOf: out.appendingPathComponent("result.json")))
      #expect(
        document.value(at: "offCentre.0.parameter")?.stringValue
          == "mechanisms.prevention.relativeRisk")
      #expect(document.value(at: "offCentre.0.value")?.numberValue == 0.85)
      let mean = try #require(document.value(at: "offCentre.0.distributionMean")?.numberValue)
      #expect(abs(mean - 0.9) < 1e-12)
      let report = try String(
        contentsOf: out.appendingPathComponent("report.html"), encoding: .utf8)
      #expect(report.contains("One distribution is not centred on its value in the scenario"))
    }
  }

  @Test func splitAtFullMunicipalityEqualsTheDefaultRun() throws {
    try withTemporaryDirectory { folder in
      let out = folder.appendingPathComponent("split")
      let split = Self.run([
        "split", Self.ladder, "--replications", Self.replications, "--out", out.path,
      ])
      #expect(split.code == 0, "\(split.error)")
      // The terminal table gives each payer's chance of a loss, as `help split` promises.
      for payer in ["wmo", "zvw", "wlz"] {
        #expect(split.out.contains("P(loss) \(payer)"), "\(split.out)")
      }
      let rows = try Self.csvRows(out.appendingPathComponent("findings.csv"))
      let scenarioRow = try #require(
        rows.first { $0["setting"] == "base" && $0["split"] == "scenario" })
      #expect(scenarioRow["share.wmo"] == "1")
      let summary = try Self.plainRun(Self.ladder, in: folder)
      for payer in ["wmo", "zvw", "wlz"] {
        let plain = try Self.netBenefit(summary, payer).0
        let value = try #require(Double(scenarioRow["netBenefit.\(payer)"] ?? ""))
        #expect(abs(value - plain) <= 1e-9 * max(1, abs(plain)), "\(payer): \(value) vs \(plain)")
      }
    }
  }

  @Test func unknownPathNamesNearbyPaths() throws {
    try withTemporaryDirectory { folder in
      let out = folder.appendingPathComponent("never-written")
      let result = Self.run([
        "sweep", Self.ladder, "--param", "mechanisms.prevention.relativeRsk=0.8:0.9",
        "--replications", "2", "--out", out.path,
      ])
      #expect(result.code == 2)
      #expect(result.error.contains("mechanisms.prevention.relativeRsk"))
      #expect(result.error.contains("mechanisms.prevention.relativeRisk"), "\(result.error)")
      #expect(!FileManager.default.fileExists(atPath: out.path))
    }
  }

  @Test(arguments: [
    ["sweep", "--param", "mechanisms.prevention.relativeRisk=0.9:0.8"],
    ["sweep", "--param", "mechanisms.prevention.relativeRisk=0.8::0.9"],
    ["sweep", "--param", "mechanisms.prevention.relativeRisk=:0.8:0.9"],
    ["sweep", "--param", "mechanisms.prevention.relativeRisk=0.8:0.9:"],
    [
      "grid", "--x", "mechanisms.prevention.relativeRisk=0.8:0.9",
      "--y", "mechanisms.prevention.relativeRisk=0.8:0.9",
    ],
  ])
  func malformedParameterSpecIsAnInputError(arguments: [String]) {
    let result = Self.run([arguments[0], Self.ladder] + arguments.dropFirst())
    #expect(result.code == 2, "\(result.error)")
    #expect(result.error.contains("error:"))
  }

  /// The last value of the last parameter is invalid; were it checked only when its point runs,
  /// the command would first spend hours on a million replications of every other point.
  @Test func everySweepValueIsCheckedBeforeTheRun() throws {
    try withTemporaryDirectory { folder in
      let result = try CaresimBinary.run(
        [
          "sweep", Self.neighbourhood, "--param", "mechanisms.substitution.share=0:0.3",
          "--param", "transitions.independent.dead=0.001:1.2:3", "--replications", "1000000",
          "--out", folder.appendingPathComponent("out").path,
        ], timeout: 60)
      #expect(result.exitCode == 2, "\(result)")
      #expect(result.stderr.contains("transitions.independent.dead"), "\(result.stderr)")
      #expect(result.stderr.contains("[0, 1]"), "\(result.stderr)")
      #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }
  }
}

/// Text a console writes, collected across threads.
final class Captured: @unchecked Sendable {
  private let lock = NSLock()
  private var parts: [String] = []

  func append(_ text: String) {
    lock.lock()
    parts.append(text)
    lock.unlock()
  }

  var text: String {
    lock.lock()
    defer { lock.unlock() }
    return parts.joined()
  }
}

/// What-if commands on a calibrated file: `psa` draws the calibrated values jointly, `sweep`
/// leaves them out unless asked.
@Suite struct CalibratedAnalysisCommandTests {
  /// The shipped default scenario with two values calibrated (a probability and a ratio),
  /// strongly correlated, written into `folder`; 60 residents over two years, so that hundreds of
  /// parameter sets cost a second.
  static func calibratedNeighbourhood(in folder: URL) throws -> String {
    let url = URL(fileURLWithPath: AnalysisCommandTests.neighbourhood)
    let shipped = try String(contentsOf: url, encoding: .utf8)
    try #require(shipped.contains("residents: { value: 1000,") && shipped.contains("months: 120,"))
    let text = shipped.replacingOccurrences(
      of: "residents: { value: 1000,", with: "residents: { value: 60,"
    )
    .replacingOccurrences(of: "months: 120,", with: "months: 24,")
    let scenario = try Scenario.parse(Data(text.utf8), file: url.path)
    let values = [
      CalibratedScenario.Value(
        path: "transitions.independent.dead", fitted: 0.0002, mean: 0.0002,
        standardDeviation: 0.00002, lower: 0.00016, upper: 0.00024),
      CalibratedScenario.Value(
        path: "covariates.male.death", fitted: 1.5, mean: 1.5, standardDeviation: 0.1,
        lower: 1.3, upper: 1.7),
    ]
    let record = Scenario.CalibrationRecord(
      targets: "t.json", date: "2026-12-01", method: .importanceResampling,
      parameters: [
        .init(path: "transitions.independent.dead", searchBounds: 0.000_05...0.0012),
        .init(path: "covariates.male.death", searchBounds: 1...2),
      ],
      correlation: [[1, -0.8], [-0.8, 1]])
    let calibrated = try CalibratedScenario.text(
      text, scenario: scenario, values: values, record: record, method: "test")
    let file = folder.appendingPathComponent("calibrated.json")
    try calibrated.write(to: file, atomically: true, encoding: .utf8)
    return file.path
  }

  /// The calibrated values come after the others in samples.csv, drawn together with their
  /// correlation: over 200 sets the normal scores' correlation is within 4 of Fisher's standard
  /// errors, 1/√(n − 3), of −0.8 (one comparison; the core's tests check the copula closely).
  @Test func psaDrawsTheCalibratedValuesJointly() throws {
    try withTemporaryDirectory { folder in
      let scenario = try Self.calibratedNeighbourhood(in: folder)
      let out = folder.appendingPathComponent("psa")
      let result = AnalysisCommandTests.run(
        ["psa", scenario, "--samples", "200", "--inner", "2", "--out", out.path])
      try #require(result.code == 0, "\(result.error)")
      let header = try String(
        contentsOf: out.appendingPathComponent("samples.csv"), encoding: .utf8
      )
      .split(separator: "\n")[0].split(separator: ",").map(String.init)
      let drawn = header.filter { $0.contains(".") && !$0.hasPrefix("netBenefit") }
      #expect(
        Array(drawn.suffix(2)) == ["transitions.independent.dead", "covariates.male.death"],
        "\(header)")
      let rows = try AnalysisCommandTests.csvRows(out.appendingPathComponent("samples.csv"))
      let columns = ["transitions.independent.dead", "covariates.male.death"].map { path in
        rows.compactMap { Double($0[path] ?? "") }
      }
      #expect(columns.allSatisfy { $0.count == 200 })
      let correlation = NormalScores.correlation(columns)[0][1]
      #expect(
        abs(atanh(correlation) - atanh(-0.8)) * (200.0 - 3).squareRoot() <= 4, "\(correlation)")
    }
  }

  /// Without --param, a sweep covers the ranged values but the calibrated ones; with
  /// --include-calibrated it covers those too; with both --param and the flag it refuses.
  @Test func sweepLeavesTheCalibratedValuesOutUnlessAsked() throws {
    try withTemporaryDirectory { folder in
      let scenario = try Self.calibratedNeighbourhood(in: folder)
      func swept(_ extra: [String]) throws -> [String] {
        let out = folder.appendingPathComponent("sweep-\(UUID().uuidString)")
        let result = AnalysisCommandTests.run(
          ["sweep", scenario, "--replications", "2", "--out", out.path] + extra)
        try #require(result.code == 0, "\(result.error)")
        return try AnalysisCommandTests.csvRows(out.appendingPathComponent("tornado.csv"))
          .compactMap { $0["parameter"] }
      }
      let levers = try swept([])
      #expect(levers.contains("mechanisms.prevention.relativeRisk"))
      #expect(!levers.contains("transitions.independent.dead"))
      #expect(!levers.contains("covariates.male.death"))
      let all = try swept(["--include-calibrated"])
      #expect(Set(all) == Set(levers + ["transitions.independent.dead", "covariates.male.death"]))
      let both = AnalysisCommandTests.run(
        [
          "sweep", scenario, "--include-calibrated", "--param", "valuePerQALY=20000:80000",
          "--out", folder.appendingPathComponent("both").path,
        ])
      #expect(both.code == 2)
      #expect(both.error.contains("--include-calibrated chooses the parameters"), "\(both.error)")
    }
  }
}
