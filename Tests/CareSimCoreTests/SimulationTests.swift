import Testing

@testable import CareSimCore

@Suite struct SimulationTests {
  @Test(arguments: [1, 7, 20_261_123] as [UInt64])
  func interventionWithoutEffectChangesNothing(seed: UInt64) {
    let simulation = Simulation(parameters: TestScenarios.noEffect())
    // Month by month moves every resident in both arms; the fastest order copies residents who
    // never take up from the control arm, so only the first can show an arm-dependent move.
    for order in [LoopOrder.fastest, .monthByMonth] {
      for replication in 0..<4 {
        let outcome = simulation.run(seed: seed, replication: replication, order: order)
        for month in 0..<outcome.months {
          for metric in OutcomeMetric.allCases
          where ![.participants, .volunteers, .waiting].contains(metric) {
            #expect(
              outcome[.intervention, month, metric] == outcome[.control, month, metric],
              "\(order) seed \(seed) replication \(replication) month \(month) \(metric)")
          }
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
        // The dead stay dead and nobody is born: the living increase only by the entrants.
        let entrants = Double(parameters.entrants?.arrivals(inMonth: month) ?? 0)
        #expect(alive <= previousAlive + entrants, "\(arm) month \(month)")
        #expect(alive == outcome[arm, month, .atHome] + outcome[arm, month, .institutional])
        for funder in Funder.allCases {
          #expect(
            outcome[arm, month, OutcomeMetric(funder)] >= 0, "\(arm) month \(month) \(funder)")
        }
        #expect(outcome[arm, month, .qalys] >= 0 && outcome[arm, month, .qalys] <= alive / 12)
        // Only participants keep care substituted by network or volunteers.
        #expect(outcome[arm, month, .substituted] <= outcome[arm, month, .participants])
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

  /// How the intervention arm's residents share its capacity in a loop-order test.
  enum CapacityCase: CaseIterable, Sendable {
    /// Few coordinator places, volunteers adding more, substitution needing a free volunteer.
    case scarcePlaces
    /// Unlimited places; only substitution needs a free volunteer.
    case volunteersOnly
    /// Residents do not interact at all.
    case unlimited
  }

  /// Residents who do not interact run one by one through all months, and residents who do are
  /// moved in the intervention arm only once they have taken up; both must give the same bits as
  /// every resident month by month, in both arms.
  @Test(arguments: CapacityCase.allCases)
  func fastestOrderEqualsMonthByMonth(_ capacityCase: CapacityCase) {
    var parameters = TestScenarios.everyMechanism(residents: 150, months: 36)
    // Switch on what the neighbourhood leaves off: extra trajectories, substitution at enrolment
    // and residents returning home from an institution.
    parameters.mechanisms.extraCare = ExtraCare(
      trajectoriesPerParticipantYear: 0.3, costPerTrajectory: FunderAmounts(wmo: 900))
    parameters.mechanisms.substitution.atEnrolment = true
    parameters.transitions[3][2] = 0.02
    parameters.intervention.monthlyUptakeProbability = 0.05
    switch capacityCase {
    case .scarcePlaces:
      parameters.intervention.capacity = Capacity(coordinatorSlots: 8, participantsPerVolunteer: 2)
    case .volunteersOnly:
      parameters.intervention.capacity = .unlimited
    case .unlimited:
      parameters.intervention.capacity = .unlimited
      parameters.mechanisms.substitution.requiresVolunteer = false
    }
    let simulation = Simulation(parameters: parameters)
    var unlimited = parameters
    unlimited.intervention.capacity = .unlimited
    for replication in 0..<3 {
      let fastest = simulation.run(seed: 11, replication: replication)
      #expect(fastest == simulation.run(seed: 11, replication: replication, order: .monthByMonth))
      for metric in [OutcomeMetric.participants, .extraTrajectories, .substituted] {
        #expect(fastest.total(.intervention, metric) > 0, "\(metric) never happened")
      }
      if capacityCase == .scarcePlaces {
        // The places bind: fewer take part than without a limit.
        let free = Simulation(parameters: unlimited).run(seed: 11, replication: replication)
        #expect(
          fastest.total(.intervention, .participants) < free.total(.intervention, .participants))
      }
    }
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
    // A sum of n equal terms carries at most n rounding errors of one ulp each; quality of life is
    // summed in units of 2^-40, each rounded to the nearest.
    func expectSum(_ sum: Double, of term: Double, unit: Double = 0) {
      let exact = residents * term
      #expect(abs(sum - exact) <= residents * (exact.ulp + unit), "\(sum) vs \(exact)")
    }
    expectSum(
      outcome[.control, 0, .qalys], of: 0.85 / 12, unit: MonthlyCounts.qualityOfLifeUnit / 12)
    expectSum(outcome[.control, 0, .wmo], of: 400.0 / 12)
    expectSum(outcome[.intervention, 0, .intervention], of: 500.0 / 12)
    #expect(outcome[.control, 0, .intervention] == 0)
  }
}
