import CareSimCore
import CareSimReports
import CareSimTestSupport
import Foundation
import JSON5
import Testing

@testable import CareSimCLI

/// Every command that runs a scenario warns, in the terminal and in its report, where the
/// scenario leaves its sources' ground (``ScopeWarning``), as `caresim run` does.
@Suite struct ScopeWarningCommandTests {
  /// The reference ladder for a year, its programme at 10 euros a participant a year (below the
  /// studies' lowest, 29.29), its relative risk of decline ranged and fixed in distribution so
  /// that every command can move or draw it.
  static func cheapLadder(in folder: URL) throws -> String {
    let text = try String(contentsOfFile: AnalysisCommandTests.ladder, encoding: .utf8)
      .replacingOccurrences(
        of: "prevention: { relativeRisk: 0.85 }",
        with: "prevention: { relativeRisk: { value: 0.85, range: [0.8, 0.9], "
          + "distribution: { type: \"fixed\" }, source: \"assumption\" } }"
      )
      .replacingOccurrences(
        of: "costPerParticipantPerYear: 500", with: "costPerParticipantPerYear: 10"
      )
      .replacingOccurrences(
        of: "residents: 1000, months: 120", with: "residents: 200, months: 12")
    let url = folder.appendingPathComponent("cheap.json")
    try text.write(to: url, atomically: true, encoding: .utf8)
    return url.path
  }

  /// Each command with the options that keep it small, and the files its report and data are in.
  static let commands: [(arguments: [String], report: String, data: String?)] = [
    (["run", "--replications", "2"], "report.html", "summary.json"),
    (["sweep", "--replications", "2"], "report.html", "result.json"),
    (
      [
        "grid", "--x", "mechanisms.prevention.relativeRisk=0.8:0.9:2", "--y",
        "intervention.costPerParticipantPerYear=5:10:2", "--replications", "2",
      ], "report.html", "result.json"
    ),
    (["psa", "--samples", "2", "--inner", "2"], "report.html", "result.json"),
    (["split", "--replications", "2"], "report.html", "result.json"),
    (
      [
        "breakeven", "--param", "mechanisms.prevention.relativeRisk", "--replications", "2",
      ], "report.html", "result.json"
    ),
    (
      ["workshop", "--knobs", "mechanisms.prevention.relativeRisk", "--replications", "2"],
      "workshop.html", nil
    ),
  ]

  @Test(arguments: commands.indices)
  func everyCommandWarnsInTheTerminalAndItsReport(index: Int) throws {
    let command = Self.commands[index]
    try withTemporaryDirectory { folder in
      let scenario = try Self.cheapLadder(in: folder)
      let out = folder.appendingPathComponent("out")
      let name = command.arguments[0]
      let result = AnalysisCommandTests.run(
        [name, scenario] + command.arguments.dropFirst() + ["--out", out.path])
      try #require(result.code == 0, "\(name): \(result.error)")
      let english = ReportPhrases(.en)
      let sentence = english.sentence(.programmeCostPerParticipant(eurosAYear: 10))
      #expect(result.out.contains("\nWarning: \(sentence)\n"), "\(name): \(result.out)")
      let report = try String(
        contentsOf: out.appendingPathComponent(command.report), encoding: .utf8)
      #expect(report.contains(escaped(english["warning.title"])), "\(name)")
      #expect(report.contains(escaped(sentence)), "\(name)")
      if let data = command.data {
        let document = try JSONValue.parse(Data(contentsOf: out.appendingPathComponent(data)))
        let kinds = document.value(at: "warnings")?.arrayValue?.compactMap {
          $0.value(at: "kind")?.stringValue
        }
        #expect(kinds == ["programmeCostPerParticipant"], "\(name)")
      }
    }
  }

  /// A Dutch report gives the warning in Dutch, and a report drawn again from the folder keeps it.
  @Test func aDutchReportWarnsInDutchAndARedrawnReportKeepsTheWarning() throws {
    try withTemporaryDirectory { folder in
      let scenario = try Self.cheapLadder(in: folder)
      let out = folder.appendingPathComponent("sweep")
      let sweep = AnalysisCommandTests.run([
        "sweep", scenario, "--replications", "2", "--locale", "nl", "--out", out.path,
      ])
      try #require(sweep.code == 0, "\(sweep.error)")
      let dutch = ReportPhrases(.nl)
      let page = try String(
        contentsOf: out.appendingPathComponent("report.nl.html"), encoding: .utf8)
      #expect(page.contains(escaped(dutch["warning.title"])))
      #expect(page.contains(escaped(dutch.sentence(.programmeCostPerParticipant(eurosAYear: 10)))))
      let redrawn = AnalysisCommandTests.run(["report", out.path])
      try #require(redrawn.code == 0, "\(redrawn.error)")
      let english = try String(
        contentsOf: out.appendingPathComponent("report.html"), encoding: .utf8)
      #expect(english.contains(escaped(ReportPhrases(.en)["warning.title"])))
    }
  }

  /// A scenario on its sources' ground gets no warning from any command.
  @Test func theLadderAsShippedGetsNoWarning() throws {
    try withTemporaryDirectory { folder in
      let out = folder.appendingPathComponent("split")
      let split = AnalysisCommandTests.run([
        "split", AnalysisCommandTests.ladder, "--replications", "2", "--out", out.path,
      ])
      try #require(split.code == 0, "\(split.error)")
      #expect(!split.out.contains("Warning:"))
      let document = try JSONValue.parse(
        Data(contentsOf: out.appendingPathComponent("result.json")))
      #expect(document.value(at: "warnings")?.arrayValue?.isEmpty == true)
    }
  }
}
