import Testing

@testable import CareSimCore

@Suite struct SimulationTests {
  @Test(arguments: [1, 7, 20_261_123] as [UInt64])
  func interventionWithoutEffectChangesNothing(seed: UInt64) {
    let simulation = Simulation(parameters: TestScenarios.noEffect())
    for replication in 0..<4 {
      let outcome = simulation.run(seed: seed, replication: replication)
      for month in 0..<outcome.months {
        for metric in OutcomeMetric.allCases where metric != .participants && metric != .volunteers
        {
          #expect(
            outcome[.intervention, month, metric] == outcome[.control, month, metric],
            "seed \(seed) replication \(replication) month \(month) \(metric)")
        }
      }
    }
  }

  @Test(arguments: [1, 99] as [UInt64])
  func populationIsConservedAndCostsAreNonNegative(seed: UInt64) {
    let parameters = TestScenarios.everyMechanism()
    let outcome = Simulation(parameters: parameters).run(seed: seed, replication: 3)
    for arm in InterventionArm.allCases {
      var previousAlive = Double(parameters.residents)
      for month in 0..<outcome.months {
        let alive = outcome[arm, month, .alive]
        // The dead stay dead and nobody is born: the living never increase.
        #expect(alive <= previousAlive, "\(arm) month \(month)")
        #expect(alive == outcome[arm, month, .atHome] + outcome[arm, month, .institutional])
        for funder in Funder.allCases {
          #expect(
            outcome[arm, month, OutcomeMetric(funder)] >= 0, "\(arm) month \(month) \(funder)")
        }
        #expect(outcome[arm, month, .qalys] >= 0 && outcome[arm, month, .qalys] <= alive / 12)
        previousAlive = alive
      }
    }
  }

  @Test func everyMechanismIsExercised() {
    let parameters = TestScenarios.everyMechanism()
    let simulation = Simulation(parameters: parameters)
    var totals: [OutcomeMetric: Double] = [:]
    for replication in 0..<4 {
      let outcome = simulation.run(seed: 5, replication: replication)
      for metric in [OutcomeMetric.crises, .admissions, .volunteers, .participants, .unmetNeed] {
        totals[metric, default: 0] += outcome.total(.intervention, metric)
      }
    }
    for (metric, total) in totals { #expect(total > 0, "\(metric) never happened") }
  }

  @Test func outcomeDependsOnlyOnSeedAndReplication() {
    let simulation = Simulation(parameters: TestScenarios.everyMechanism(residents: 50, months: 24))
    #expect(simulation.run(seed: 3, replication: 2) == simulation.run(seed: 3, replication: 2))
    #expect(simulation.run(seed: 3, replication: 2) != simulation.run(seed: 3, replication: 1))
    #expect(simulation.run(seed: 3, replication: 2) != simulation.run(seed: 4, replication: 2))
  }

  @Test func everyoneStartsAtTheInitialLevelWithItsUtility() {
    let parameters = TestScenarios.markov()
    let outcome = Simulation(parameters: parameters).run(seed: 1, replication: 0)
    let residents = Double(parameters.residents)
    // A sum of n equal terms carries at most n rounding errors of one ulp each.
    func expectSum(_ sum: Double, of term: Double) {
      let exact = residents * term
      #expect(abs(sum - exact) <= residents * exact.ulp, "\(sum) vs \(exact)")
    }
    expectSum(outcome[.control, 0, .qalys], of: 0.85 / 12)
    expectSum(outcome[.control, 0, .wmo], of: 400.0 / 12)
    expectSum(outcome[.intervention, 0, .intervention], of: 500.0 / 12)
    #expect(outcome[.control, 0, .intervention] == 0)
  }
}
