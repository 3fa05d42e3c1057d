import CareSimReports
import CareSimTestSupport
import Foundation
import JSON5
import Testing

@testable import CareSimCLI

/// `caresim runs` names each result's scenario by its file and heads it with the figure its
/// command is read for, taken from the result's own files.
@Suite struct RunsCommandTests {
  /// The `runs` line of the result in `folder`, named by its last path component.
  static func line(of name: String, in runs: String) throws -> String {
    try #require(
      runs.split(separator: "\n").first { $0.hasPrefix(name + " ") || $0.contains("/\(name) ") }
        .map(String.init), "\(runs)")
  }

  @Test func aGridIsHeadedBySocietysLowestAndHighestNetBenefit() throws {
    try withTemporaryDirectory { folder in
      let out = folder.appendingPathComponent("grid")
      let grid = AnalysisCommandTests.run([
        "grid", AnalysisCommandTests.ladder, "--x", "mechanisms.substitution.share=0:0.3:2",
        "--y", "mechanisms.prevention.relativeRisk=0.7:1:2", "--replications", "2", "--out",
        out.path, "--quiet", "--no-report",
      ])
      try #require(grid.code == 0, "\(grid.error)")
      let society = try AnalysisCommandTests.csvRows(out.appendingPathComponent("grid.csv"))
        .map { try #require(Double($0["netBenefit.society"] ?? "")) }
      #expect(society.count == 4)
      let runs = AnalysisCommandTests.run(["runs", folder.path])
      let line = try Self.line(of: "grid", in: runs.out)
      let lowest = ReportFormat.significant(try #require(society.min()))
      let highest = ReportFormat.significant(try #require(society.max()))
      #expect(line.hasSuffix("net benefit society \(lowest) to \(highest)"), "\(line)")
      // The scenario by its file, not its title of 40 characters.
      #expect(line.contains(AnalysisCommandTests.ladder), "\(line)")
      #expect(!line.contains("Reference ladder"), "\(line)")
    }
  }

  /// In the reference ladder the programme adds to the health insurers' costs (it keeps
  /// residents at home, where the Zvw pays more than in an institution), so no split lets all
  /// three payers break even; with the Zvw paying the Wlz's costs by level, every payer saves, and
  /// a split lets each break even.
  @Test func aSplitIsHeadedByWhetherEveryPayerCanBreakEven() throws {
    try withTemporaryDirectory { folder in
      let none = folder.appendingPathComponent("none")
      let split = AnalysisCommandTests.run([
        "split", AnalysisCommandTests.ladder, "--replications", "2", "--out", none.path,
        "--quiet", "--no-report",
      ])
      try #require(split.code == 0, "\(split.error)")
      var text = try String(contentsOfFile: AnalysisCommandTests.ladder, encoding: .utf8)
      for (zvw, wlz) in [("4800", "1100"), ("5000", "1300"), ("5100", "1600"), ("2900", "44400")] {
        text = text.replacingOccurrences(
          of: "zvw: { value: \(zvw),", with: "zvw: { value: \(wlz),")
      }
      let zvwAsWlz = folder.appendingPathComponent("zvw-as-wlz.json")
      try text.write(to: zvwAsWlz, atomically: true, encoding: .utf8)
      let every = folder.appendingPathComponent("every")
      let everySplit = AnalysisCommandTests.run([
        "split", zvwAsWlz.path, "--replications", "2", "--out", every.path, "--quiet",
        "--no-report",
      ])
      try #require(everySplit.code == 0, "\(everySplit.error)")
      let findings = try AnalysisCommandTests.csvRows(every.appendingPathComponent("findings.csv"))
      let allBreakEven = try #require(
        findings.first { $0["setting"] == "base" && $0["split"] == "all break even" })
      try #require(allBreakEven["status"] == "exists", "\(allBreakEven)")
      let shares = try ["wmo", "zvw", "wlz"].map { payer in
        "\(payer) "
          + ReportFormat.percent(try #require(Double(allBreakEven["share.\(payer)"] ?? "")))
      }
      let runs = AnalysisCommandTests.run(["runs", folder.path])
      #expect(
        try Self.line(of: "none", in: runs.out).hasSuffix("no split where all break even"),
        "\(runs.out)")
      #expect(
        try Self.line(of: "every", in: runs.out)
          .hasSuffix("all break even at " + shares.joined(separator: ", ")), "\(runs.out)")
    }
  }

  @Test func aStudysValidationIsHeadedByTheFiguresThatAgree() throws {
    try withTemporaryDirectory { folder in
      let out = folder.appendingPathComponent("study")
      let study = AnalysisCommandTests.run([
        "validate-study", "dordrecht-wij", "--replications", "4", "--out", out.path, "--quiet",
      ])
      // A study whose derived figures fail at 4 replications exits 1; its folder is written.
      try #require(study.code == 0 || study.code == 1, "\(study.error)")
      let document = try JSONValue.parse(
        Data(contentsOf: out.appendingPathComponent("validation.json")))
      let statuses = try #require(document.value(at: "figures")?.arrayValue).compactMap {
        $0.objectValue?["status"]?.stringValue
      }
      // A break-even exceeded agrees, as a sign that holds does (Dordrecht's nursing-home years).
      let agreeing = statuses.count { ["reproduced", "agrees", "holds", "exceeds"].contains($0) }
      let kinds = try #require(document.value(at: "figures")?.arrayValue).compactMap {
        $0.objectValue?["kind"]?.stringValue
      }
      #expect(kinds.contains("breakEven"))
      #expect(document.value(at: "scenario.file")?.stringValue == "Scenarios/dordrecht-wij.json")
      #expect(statuses.count > 5)
      let runs = AnalysisCommandTests.run(["runs", folder.path])
      #expect(
        try Self.line(of: "study", in: runs.out)
          .hasSuffix("\(agreeing) of \(statuses.count) figures agree"), "\(runs.out)")
    }
  }
}
