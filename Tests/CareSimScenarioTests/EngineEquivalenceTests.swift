import CareSimCore
import Testing

/// Every path of the engine gives the bits of the month-by-month oracle, on scenarios drawn from
/// the shipped scenarios (see ``GeneratedScenarios``): plain runs, what-if settings of every kind
/// evaluated together and one by one, on 1 and 3 threads; and the control arm's profile sums to
/// the oracle's control arm.
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

  /// The control arm's profile counts what the oracle's control arm counts: living and
  /// institutional months of each year and the deaths between years to the bit, costs within
  /// rounding (the same terms grouped by cell rather than by month, at most 4 ulps a term).
  @Test(arguments: GeneratedScenarios.seeds)
  func theControlArmProfileSumsToTheOracle(seed: UInt64) {
    let drawn = GeneratedScenarios.scenario(seed: seed)
    let parameters = drawn.parameters
    let simulation = Simulation(parameters: parameters)
    let months = parameters.months
    for replication in 0..<Self.replications {
      let oracle = simulation.run(seed: seed, replication: replication, order: .monthByMonth)
      let profile = simulation.controlArmProfile(seed: seed, replication: replication)
      for year in 0..<profile.years {
        let yearMonths = 12 * year..<min(months, 12 * year + 12)
        let cells = profile.total { cellYear, _, _ in cellYear == year }
        let same =
          Double(cells.livingMonths) == oracle.total(.control, .alive, months: yearMonths)
          && Double(cells.institutionalMonths)
            == oracle.total(.control, .institutional, months: yearMonths)
        #expect(same, "\(drawn), replication \(replication), year \(year): months differ")
        guard yearMonths.upperBound < months else { continue }
        let arrivals = (yearMonths.lowerBound + 1...yearMonths.upperBound).reduce(0) {
          $0 + (parameters.entrants?.arrivals(inMonth: $1) ?? 0)
        }
        let deaths =
          oracle[.control, yearMonths.lowerBound, .alive] + Double(arrivals)
          - oracle[.control, yearMonths.upperBound, .alive]
        #expect(
          Double(cells.deaths) == deaths, "\(drawn), replication \(replication), year \(year)")
      }
      let replaced = parameters.intervention.replacedServicesAnnualCost * (1.0 / 12.0)
      let terms =
        Double(months + profile.cells.count) * 8 * Double(parameters.needLevels.count)
        * Double(parameters.costsByAge.boundaries.count + 1)
      for funder in Funder.allCases {
        let expected = oracle.total(.control, OutcomeMetric(funder))
        let summed = profile.total().costs[funder] + Double(months) * replaced[funder]
        #expect(
          abs(summed - expected) <= 4 * terms * Double.ulpOfOne * expected,
          "\(drawn), replication \(replication): \(funder) \(summed) against \(expected)")
      }
    }
  }
}
