import CareSimCore
import Testing

/// Every path of the engine gives the bits of the month-by-month oracle, on scenarios drawn from
/// the shipped scenarios (see ``GeneratedScenarios``): plain runs, what-if settings of every kind
/// evaluated together and one by one, on 1 and 3 threads.
///
/// `CARESIM_EQUIVALENCE_SCENARIOS=300 swift test --filter EngineEquivalenceTests` draws more
/// scenarios (`.ci/run` does); a failure names the seed, which fixes the scenario.
@Suite struct EngineEquivalenceTests {
  /// Replications a scenario runs: three, so that three threads each run one.
  static let replications = 3

  /// The oracle's totals: every resident, month by month, in both arms.
  static func oracleTotals(_ parameters: ScenarioParameters, seed: UInt64) -> [ReplicationTotals] {
    let simulation = Simulation(parameters: parameters)
    return (0..<replications).map { replication in
      ReplicationTotals(
        simulation.run(seed: seed, replication: replication, order: .monthByMonth),
        parameters: parameters)
    }
  }

  @Test(arguments: GeneratedScenarios.seeds)
  func plainRunsGiveTheBitsOfTheOracle(seed: UInt64) {
    let drawn = GeneratedScenarios.scenario(seed: seed)
    let simulation = Simulation(parameters: drawn.parameters)
    var oracle: [ReplicationOutcome] = []
    for replication in 0..<Self.replications {
      let expected = simulation.run(seed: seed, replication: replication, order: .monthByMonth)
      let same = simulation.run(seed: seed, replication: replication) == expected
      #expect(same, "\(drawn), replication \(replication): the production path differs")
      oracle.append(expected)
    }
    for threads in [1, 3] {
      var outcomes: [ReplicationOutcome] = []
      ReplicationRunner(simulation: simulation, seed: seed, threads: threads, batchSize: 2)
        .run(replications: Self.replications) { outcomes += $0 }
      let same = outcomes == oracle
      #expect(same, "\(drawn), \(threads) threads: the runner differs from the oracle")
    }
  }

  @Test(arguments: GeneratedScenarios.seeds)
  func whatIfSettingsGiveTheBitsOfTheOracle(seed: UInt64) {
    let drawn = GeneratedScenarios.scenario(seed: seed)
    let settings = drawn.settings.map(\.parameters)
    let oracle = settings.map { Self.oracleTotals($0, seed: seed) }
    for threads in [1, 3] {
      let together = WhatIfEvaluator(
        base: drawn.parameters, replications: Self.replications, seed: seed, threads: threads)
      let totals = together.totals(of: settings)
      for (index, kind) in drawn.settings.map(\.kind).enumerated() {
        let same = totals[index] == oracle[index]
        #expect(same, "\(drawn), \(threads) threads: a \(kind) setting evaluated together differs")
      }
      let oneByOne = WhatIfEvaluator(
        base: drawn.parameters, replications: Self.replications, seed: seed, threads: threads)
      for (index, kind) in drawn.settings.map(\.kind).enumerated() {
        let same = oneByOne.totals(settings[index]) == oracle[index]
        #expect(same, "\(drawn), \(threads) threads: a \(kind) setting evaluated alone differs")
      }
      let sameBase = together.baseTotals == Self.oracleTotals(drawn.parameters, seed: seed)
      #expect(sameBase, "\(drawn), \(threads) threads: the base's totals differ")
    }
  }
}
