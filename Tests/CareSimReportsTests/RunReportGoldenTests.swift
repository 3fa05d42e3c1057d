import CareSimCore
import CareSimReports
import CareSimScenario
import CareSimTestSupport
import Foundation
import Testing

/// The files of a run, compared byte for byte with `Golden/` (STYLE.md convention 12).
///
/// Tiny fixed-seed runs fix every byte, so nothing is normalised: the reference ladder (every
/// mechanism off) and the default scenario (every mechanism on, limited places).
@Suite struct RunReportGoldenTests {
  static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Golden")

  /// A small run of a shipped scenario, and the prefix of its golden files.
  struct Case: Sendable, CustomTestStringConvertible {
    var scenario: String
    var residents: Int
    var months: Int
    var prefix: String

    var testDescription: String { "\(scenario) at \(residents) residents, \(months) months" }
  }

  static let cases = [
    Case(scenario: "reference-ladder.json", residents: 40, months: 6, prefix: "run"),
    Case(scenario: "neighbourhood.json", residents: 40, months: 24, prefix: "default-run"),
  ]

  static func report(_ run: Case = cases[0]) throws -> RunReport {
    let data = try Data(contentsOf: RepositoryFiles.scenario(run.scenario))
    var scenario = try Scenario.parse(data, file: "Scenarios/\(run.scenario)")
    scenario.parameters.residents = run.residents
    scenario.parameters.months = run.months
    let simulation = Simulation(parameters: scenario.parameters)
    let runner = ReplicationRunner(simulation: simulation, seed: 7, threads: 2)
    return RunReport(
      scenario: scenario, seed: 7, summary: runner.summary(replications: 9),
      controlArm: simulation.controlArmProfile(seed: 7, replications: 0..<9, threads: 2))
  }

  @Test(
    arguments: cases, ["summary.json", "trajectories.csv", "outcomes.csv", "place-of-death.csv"])
  func runFilesMatchTheirGolden(run: Case, name: String) throws {
    let actual = try #require(try Self.report(run).files()[name])
    try Golden.expect(actual, matches: Self.golden.appendingPathComponent("\(run.prefix)-\(name)"))
  }

  @Test func tableMatchesItsGolden() throws {
    try Golden.expect(
      try Self.report().table(), matches: Self.golden.appendingPathComponent("run-table.txt"))
  }
}
