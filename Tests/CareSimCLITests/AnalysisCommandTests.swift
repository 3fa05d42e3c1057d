import CareSimCore
import CareSimIO
import CareSimTestSupport
import Foundation
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
      let summary = try Self.plainRun(scenario.path, in: folder)
      for row in try Self.csvRows(out.appendingPathComponent("samples.csv")) {
        for perspective in ["society", "wmo", "zvw", "wlz", "informal"] {
          let plain = try Self.netBenefit(summary, perspective).0
          #expect(Double(row["netBenefit.\(perspective)"] ?? "") == plain, "\(perspective)")
        }
      }
    }
  }

  @Test func splitAtFullMunicipalityEqualsTheDefaultRun() throws {
    try withTemporaryDirectory { folder in
      let out = folder.appendingPathComponent("split")
      let split = Self.run([
        "split", Self.ladder, "--replications", Self.replications, "--out", out.path,
      ])
      #expect(split.code == 0, "\(split.error)")
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
