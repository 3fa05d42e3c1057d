import CareSimCore
import CareSimIO
import CareSimTestSupport
import Foundation
import Testing

/// The files of a run, compared byte for byte with `Golden/` (STYLE.md convention 12).
///
/// A tiny fixed-seed run of the reference ladder fixes every byte, so nothing is normalised.
/// `RECORD_GOLDEN=1 swift test` rewrites the golden files and fails, so that a re-record is always
/// a visible diff.
@Suite struct RunReportGoldenTests {
  static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Golden")

  static func report() throws -> RunReport {
    let data = try Data(contentsOf: RepositoryFiles.scenario("reference-ladder.json"))
    var scenario = try Scenario.parse(data, file: "Scenarios/reference-ladder.json")
    scenario.parameters.residents = 40
    scenario.parameters.months = 6
    let runner = ReplicationRunner(
      simulation: Simulation(parameters: scenario.parameters), seed: 7, threads: 2)
    var builder = OutcomeSummaryBuilder(parameters: scenario.parameters, threads: 2)
    runner.run(replications: 9) { builder.add($0) }
    return RunReport(scenario: scenario, seed: 7, summary: builder.summary())
  }

  @Test(arguments: ["summary.json", "trajectories.csv", "outcomes.csv"])
  func runFilesMatchTheirGolden(name: String) throws {
    let files = try Self.report().files()
    let actual = try #require(files[name])
    let url = Self.golden.appendingPathComponent("run-\(name)")
    if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
      try actual.write(to: url)
      Issue.record("recorded \(url.lastPathComponent); run again without RECORD_GOLDEN")
      return
    }
    let expected = try Data(contentsOf: url)
    #expect(
      actual == expected,
      "\(name) differs from Golden/run-\(name); if the change is intended, re-record with RECORD_GOLDEN=1"
    )
  }

  @Test func tableMatchesItsGolden() throws {
    let actual = Data(try Self.report().table().utf8)
    let url = Self.golden.appendingPathComponent("run-table.txt")
    if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
      try actual.write(to: url)
      Issue.record("recorded \(url.lastPathComponent); run again without RECORD_GOLDEN")
      return
    }
    #expect(
      actual == (try Data(contentsOf: url)), "the printed table differs from Golden/run-table.txt")
  }
}
