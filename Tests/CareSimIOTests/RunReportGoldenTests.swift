import CareSimCore
import CareSimIO
import CareSimTestSupport
import Foundation
import Testing

/// The files of a run, compared byte for byte with `Golden/` (STYLE.md convention 12).
///
/// A tiny fixed-seed run of the reference ladder fixes every byte, so nothing is normalised.
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
    let actual = try #require(try Self.report().files()[name])
    try Golden.expect(actual, matches: Self.golden.appendingPathComponent("run-\(name)"))
  }

  @Test func tableMatchesItsGolden() throws {
    try Golden.expect(
      try Self.report().table(), matches: Self.golden.appendingPathComponent("run-table.txt"))
  }
}
