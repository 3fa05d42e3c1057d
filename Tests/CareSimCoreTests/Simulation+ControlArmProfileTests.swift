import Foundation
import Testing

@testable import CareSimCore

@Suite struct SimulationControlArmProfileTests {
  /// The neighbourhood of the tests (entrants, care costs by age, ratios for men, crises, quality
  /// of life that drifts and admits) and a cohort without any of it.
  static let scenarios: [(name: String, parameters: ScenarioParameters)] = [
    ("every mechanism", TestScenarios.everyMechanism(residents: 300, months: 41)),
    ("markov", TestScenarios.markov(residents: 200, months: 36)),
  ]

  /// A run that counts its control arm as it runs gives the bits of the plain run and of the
  /// control arm's profile, which runs the control arm on its own: with lived and drawn starts,
  /// and when everyone takes part from the start (both arms month by month).
  @Test(arguments: [0, 1, 2, 3])
  func aRunCountingItsControlArmGivesTheRunAndTheProfile(variant: Int) {
    var parameters = TestScenarios.everyMechanism(residents: 150, months: 30)
    switch variant {
    case 1: parameters = TestScenarios.drawnStart(parameters)
    case 2: parameters.intervention.initialParticipationShare = 1
    case 3: parameters = TestScenarios.markov(residents: 100, months: 24)
    default: break
    }
    let simulation = Simulation(parameters: parameters)
    let counted = simulation.runCountingControlArm(seed: 9, replication: 1)
    #expect(counted.outcome == simulation.run(seed: 9, replication: 1))
    #expect(counted.controlArm == simulation.controlArmProfile(seed: 9, replication: 1))
    var batches: [ControlArmProfile] = []
    ReplicationRunner(simulation: simulation, seed: 9, threads: 3, batchSize: 2)
      .runCountingControlArm(replications: 5) { _, profile in batches.append(profile) }
    // Each batch's profile is its replications' sum, in order.
    #expect(
      batches
        == [0..<2, 2..<4, 4..<5].map {
          simulation.controlArmProfile(seed: 9, replications: $0, threads: 1)
        })
  }

  /// The cells sum to the control arm's totals of the ordinary run: living and institutional
  /// months and deaths to the bit (integers), quality of life to the bit (integer units, checked
  /// against the run's own tally), costs within rounding (the same terms, grouped by cell rather
  /// than by month).
  @Test(arguments: [0, 1], [3, 20_261_123] as [UInt64])
  func theCellsSumToTheControlArmsTotals(scenario: Int, seed: UInt64) throws {
    let (name, parameters) = Self.scenarios[scenario]
    let simulation = Simulation(parameters: parameters)
    let profile = simulation.controlArmProfile(seed: seed, replication: 2)
    let outcome = simulation.run(seed: seed, replication: 2)
    #expect(profile.years == (parameters.months + 11) / 12)
    for year in 0..<profile.years {
      let months = 12 * year..<min(parameters.months, 12 * year + 12)
      let cells = profile.total { cellYear, _, _ in cellYear == year }
      #expect(
        Double(cells.livingMonths) == outcome.total(.control, .alive, months: months),
        "\(name): year \(year) living months")
      #expect(
        Double(cells.institutionalMonths) == outcome.total(.control, .institutional, months: months)
      )
      // The living at the start of next year are this year's, less its deaths, plus the
      // entrants of the year's last eleven months and next year's first.
      guard months.upperBound < parameters.months else { continue }
      let arrivals = (months.lowerBound + 1...months.upperBound).reduce(0) {
        $0 + (parameters.entrants?.arrivals(inMonth: $1) ?? 0)
      }
      let expectedDeaths =
        outcome[.control, months.lowerBound, .alive] + Double(arrivals)
        - outcome[.control, months.upperBound, .alive]
      #expect(Double(cells.deaths) == expectedDeaths, "\(name): year \(year) deaths")
    }
    // Quality of life in integer units: the observer's cells sum to the run's own tally.
    let control = Simulation(parameters: parameters.controlArmProjection)
    let residents = control.makeResidents(seed: seed, replication: 2)
    var states = residents.map { control.initialState(of: $0, arm: .control) }
    var noWatch = NoStepWatch()
    let record = control.withStepper { stepper in
      stepper.recordUptake(
        profiles: residents, controlStates: &states, interventionStates: states,
        months: parameters.months, stepWatch: &noWatch)
    }
    let units = (0..<parameters.months).reduce(0) {
      $0 + record.control.counts[$1].qualityOfLifeUnits
    }
    let observed = control.withObservedControlArm(seed: seed, replication: 2) { observer, _ in
      (0..<observer.cellCount).reduce(0) { $0 + observer.qualityOfLifeUnits[$1] }
    }
    #expect(observed == units, "\(name): quality of life")
    // Summed in doubles over the cells, each rounded once from its units.
    let qualityOfLife = Double(units) * MonthlyCounts.qualityOfLifeUnit
    #expect(
      abs(profile.total().qualityOfLife - qualityOfLife)
        <= Double(profile.cells.count) * 2 * qualityOfLife.ulp)
    // Costs: each side sums at most `terms` non-negative products, each rounded once and added
    // with one more rounding, so each lies within terms · 2 · ulp(1) of the exact sum, relative.
    let classes = simulation.withStepper(\.classesPerMonth)
    let terms = Double(parameters.months * classes + profile.cells.count * classes)
    let replaced = parameters.intervention.replacedServicesAnnualCost * (1.0 / 12.0)
    for funder in Funder.allCases {
      let expected = outcome.total(.control, OutcomeMetric(funder))
      let summed = profile.total().costs[funder] + Double(parameters.months) * replaced[funder]
      #expect(
        abs(summed - expected) <= 4 * terms * Double.ulpOfOne * expected,
        "\(name): \(funder) \(summed) vs \(expected)")
    }
    #expect(profile.total().costs[.intervention] == 0)
  }

  /// Quality of life at home is the part of the living's lived at a level at home: all of it
  /// when nobody is in an institution, none of it when everybody is, and in between otherwise.
  @Test func qualityOfLifeAtHomeLeavesOutTheInstitutions() throws {
    var parameters = TestScenarios.everyMechanism(residents: 200, months: 25)
    let profile = Simulation(parameters: parameters).controlArmProfile(seed: 4, replication: 0)
    #expect(profile.total().institutionalMonths > 0)
    #expect(profile.total().qualityOfLifeAtHome < profile.total().qualityOfLife)
    #expect(profile.total().qualityOfLifeAtHome > 0)
    // Everybody in an institution from the start, where nobody leaves but by death.
    let institutional = try #require(parameters.needLevels.firstIndex { $0.kind == .institutional })
    parameters.population.initialNeedShares = parameters.needLevels.indices.map {
      $0 == institutional ? 1 : 0
    }
    for band in parameters.population.ageBands.indices {
      parameters.population.ageBands[band].initialNeedShares = nil
    }
    parameters.entrants = nil
    let inInstitutions = Simulation(parameters: parameters).controlArmProfile(
      seed: 4, replication: 0)
    #expect(inInstitutions.total().institutionalMonths == inInstitutions.total().livingMonths)
    #expect(inInstitutions.total().qualityOfLifeAtHome == 0)
    #expect(inInstitutions.total().qualityOfLife > 0)
  }

  /// Summed over replications, on any number of threads, the profile is the sum of each
  /// replication's, to the bit.
  @Test func summedOverReplicationsOnAnyNumberOfThreads() {
    let simulation = Simulation(parameters: TestScenarios.everyMechanism(residents: 60, months: 25))
    let one = (3..<7).map { simulation.controlArmProfile(seed: 8, replication: $0) }
    let expected = ControlArmProfile.sum(one, months: 25)
    for threads in [1, 3] {
      #expect(
        simulation.controlArmProfile(seed: 8, replications: 3..<7, threads: threads) == expected)
    }
  }

  /// Men's death rate is the male ratio times women's, in a population of both: the two monthly
  /// death probabilities of the profile's first year, compared in one test a seed within 4
  /// standard errors (each a rate of deaths over exposure, variance p (1 - p) / months).
  @Test(arguments: [5, 20_261_123] as [UInt64])
  func menDieAtTheMaleRatioInAMixedPopulation(seed: UInt64) {
    var parameters = TestScenarios.mortality(
      deathProbability: 0.01, residents: 20_000, months: 12, femaleShare: 0.5)
    parameters.covariates.male = HazardRatios(progression: 1, admission: 1, death: 1.5)
    let profile = Simulation(parameters: parameters).controlArmProfile(seed: seed, replication: 0)
    let women = profile[year: 0, sex: .female, ageBand: 0]
    let men = profile[year: 0, sex: .male, ageBand: 0]
    let (pw, pm) = (women.monthlyDeathProbability, men.monthlyDeathProbability)
    let standardError =
      (pm * (1 - pm) / Double(men.livingMonths)
      + 2.25 * pw * (1 - pw) / Double(women.livingMonths)).squareRoot()
    #expect(abs(pm - 1.5 * pw) <= 4 * standardError, "men \(pm), women \(pw) ± \(standardError)")
    #expect(abs(pw - 0.01) <= 4 * (0.01 * 0.99 / Double(women.livingMonths)).squareRoot())
  }

  /// The change of quality of life follows the residents at home at t and t + 12: without a move
  /// and with quality of life the level's utility less a decline per year of age, every
  /// survivor's score falls by the decline in a year (from t = 0 by eleven twelfths of it: the
  /// starting score is the target at the starting age, a later one the target at the age of the
  /// month before).
  @Test func theChangeFollowsTheResidentsAtHomeAtBothMonths() {
    var parameters = TestScenarios.mortality(deathProbability: 0.02, residents: 500, months: 30)
    parameters.qualityOfLife.ageDeclinePerYear = 0.01
    let simulation = Simulation(parameters: parameters)
    let profile = simulation.controlArmProfile(seed: 4, replication: 0)
    let outcome = simulation.run(seed: 4, replication: 0)
    #expect(profile.changeYears == 2)
    for startYear in 0..<2 {
      var change = ControlArmProfile.QualityOfLifeChange.zero
      for sex in ControlArmProfile.Sex.allCases {
        for band in 0..<ControlArmProfile.ageBandCount {
          change =
            change + profile.qualityOfLifeChange(startYear: startYear, sex: sex, ageBand: band)
        }
      }
      // Everyone is at home; the survivors to t + 12 are the living then.
      #expect(Double(change.residents) == outcome[.control, 12 * startYear + 12, .alive])
      // Each score is rounded to a unit of 2^-40, and the targets to a few ulps.
      let expected = startYear == 0 ? -0.01 * 11 / 12 : -0.01
      #expect(abs(change.meanChange - expected) <= 2 * MonthlyCounts.qualityOfLifeUnit + 1e-15)
    }
  }
}
