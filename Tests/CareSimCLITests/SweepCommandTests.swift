import CareSimScenario
import CareSimTestSupport
import Foundation
import Testing

@testable import CareSimCLI

/// `caresim sweep` without `--param` on every shipped scenario with a range: its planning, every
/// end of every range set and checked, succeeds (the work itself is not run).
@Suite struct SweepCommandTests {
  /// The shipped scenarios whose files give a range.
  static let ranged = RepositoryFiles.shippedScenarios.filter { name in
    (try? Scenario.load(from: RepositoryFiles.scenario(name)).ranges.isEmpty) == false
  }

  /// Plans a sweep as a shard checks its fit for `caresim plan`: options, scenario, the
  /// parameters and each of their values set and checked, then stops before any work or file.
  static func plan(_ arguments: [String], out: URL) throws {
    let line = arguments + ["--shard", "0/1", "--out", out.path]
    var invocation = Invocation(
      parsed: try SweepCommand.spec.parse(line), commandLine: ["caresim", "sweep"] + line,
      console: Console(out: { _ in }, error: { _ in }))
    invocation.checksShardFitOnly = true
    try SweepCommand.run(invocation)
  }

  @Test func everyShippedScenarioButTheLadderHasRanges() {
    #expect(
      Set(RepositoryFiles.shippedScenarios).subtracting(Self.ranged) == ["reference-ladder.json"])
  }

  /// One end of a range with the others at base is a point the model runs: a share of a mix moves
  /// the others in proportion, and a range is judged by the points, not by bounds a setting moved.
  @Test(arguments: ranged, [false, true])
  func everyShippedRangeCanBeSwept(name: String, includesCalibrated: Bool) throws {
    try withTemporaryDirectory { folder in
      let arguments =
        [RepositoryFiles.scenario(name).path, "--replications", "2"]
        + (includesCalibrated ? ["--include-calibrated"] : [])
      do {
        try Self.plan(arguments, out: folder.appendingPathComponent("sweep"))
      } catch let failure as CommandFailure {
        Issue.record("\(name): \(failure.message)")
      }
    }
  }
}
