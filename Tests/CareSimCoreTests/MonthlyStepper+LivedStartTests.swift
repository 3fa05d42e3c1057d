import Testing

@testable import CareSimCore

@Suite struct MonthlyStepperLivedStartTests {
  /// The test scenario's dynamics, the control arm only, with entrants whose mix at 65 is the
  /// population's: the population of `ages` years from 65 by shares, joined by `perMonth`.
  static func population(
    residents: Int, months: Int, ageShares: [Double], perMonth: Double, start: StartingState
  ) -> ScenarioParameters {
    var parameters = TestScenarios.everyMechanism(residents: residents, months: months)
    parameters.intervention.initialParticipationShare = 0
    parameters.intervention.monthlyUptakeProbability = 0
    parameters.population.start = start
    parameters.population.ageBands = ageShares.enumerated().map { year, share in
      .init(minimumAge: 65 + Double(year), maximumAge: 66 + Double(year), share: share)
    }
    var entrants = parameters.population
    entrants.ageBands = [.init(minimumAge: 65, maximumAge: 65 + 1.0 / 12, share: 1)]
    parameters.entrants = perMonth > 0 ? Entrants(perMonth: perMonth, profile: entrants) : nil
    return parameters
  }

  /// A population that starts in balance: in an open, stationary population, year 1's
  /// admissions, deaths and Wlz cost per resident-year are year 2's, within Monte-Carlo noise,
  /// when starts are lived; drawn from the mix at 65, the same population starts with a burst.
  ///
  /// The stationary population is the model's own: a cohort of residents turning 65 gives the
  /// months lived at each year of age (the ages' shares) and the life expectancy at 65 (with the
  /// population size, the entrants a month that replace the deaths). Each comparison is the
  /// mean over replications of year 1 less year 2, per resident-year, against 4 standard errors
  /// of that mean (3 comparisons: a false alarm about 2 in 10,000 runs).
  @Test func aLivedStartBeginsInBalance() {
    let residents = 600
    let cohort = Self.population(
      residents: 4000, months: 40 * 12, ageShares: [1], perMonth: 0, start: .lived(fromAge: 65))
    var cohortProfile = cohort
    cohortProfile.population.ageBands = [.init(minimumAge: 65, maximumAge: 65, share: 1)]
    let outcome = Simulation(parameters: cohortProfile).run(
      seed: 3, replication: 0, arms: [.control], order: .monthByMonth)
    let alive = (0..<cohortProfile.months).map { outcome[.control, $0, .alive] }
    let monthsByYear = stride(from: 0, to: alive.count, by: 12).map {
      alive[$0..<min($0 + 12, alive.count)].reduce(0, +)
    }
    let lifeExpectancyInMonths = alive.reduce(0, +) / Double(cohortProfile.residents)
    let shares = monthsByYear.map { $0 / monthsByYear.reduce(0, +) }
    let perMonth = Double(residents) / lifeExpectancyInMonths

    func firstYearLessSecond(_ start: StartingState) -> [(mean: Double, standardError: Double)] {
      let parameters = Self.population(
        residents: residents, months: 24, ageShares: shares, perMonth: perMonth, start: start)
      let simulation = Simulation(parameters: parameters)
      let replications = 120
      let differences = (0..<replications).map { replication -> [Double] in
        let run = simulation.run(
          seed: 11, replication: replication, arms: [.control], order: .monthByMonth)
        let profile = simulation.controlArmProfile(seed: 11, replication: replication)
        func perResidentYear(_ year: Int) -> [Double] {
          let cell = profile.total { cellYear, _, _ in cellYear == year }
          let months = (12 * year)..<(12 * year + 12)
          return [
            run.total(.control, .admissions, months: months), cell.costs[.wlz],
            Double(cell.deaths),
          ].map { $0 / cell.personYears }
        }
        return zip(perResidentYear(0), perResidentYear(1)).map { $0 - $1 }
      }
      return (0..<3).map { index in
        let values = differences.map { $0[index] }
        let mean = values.reduce(0, +) / Double(replications)
        let variance =
          values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(replications - 1)
        return (mean, (variance / Double(replications)).squareRoot())
      }
    }
    let lived = firstYearLessSecond(.lived(fromAge: 65))
    for (name, difference) in zip(["admissions", "Wlz cost", "deaths"], lived) {
      #expect(
        abs(difference.mean) <= 4 * difference.standardError,
        "\(name): year 1 less year 2 \(difference.mean) ± \(difference.standardError)")
    }
    // Drawn from the mix at 65, residents of every age start as if they had just turned 65:
    // the first year differs from the second by many standard errors.
    let drawn = firstYearLessSecond(.drawn)
    #expect(drawn.contains { abs($0.mean) > 4 * $0.standardError })
  }
}

extension MonthlyStepperLivedStartTests {
  /// A history that ends in death is lived again on the next try's stream: every resident
  /// arrives alive, older residents further along the ladder than younger ones.
  @Test func historiesThatEndInDeathAreLivedAgain() {
    var parameters = TestScenarios.everyMechanism(residents: 200, months: 12)
    parameters.entrants = nil
    let simulation = Simulation(parameters: parameters)
    let profiles = simulation.makeResidents(seed: 4, replication: 0)
    #expect(profiles.allSatisfy { Int($0.start.needLevel) != simulation.constants.deadLevel })
    // Older residents have lived longer: more of them have left the first level.
    let old = profiles.filter { $0.ageInMonthsAtArrival >= 85 * 12 }
    let young = profiles.filter { $0.ageInMonthsAtArrival < 70 * 12 }
    func share(_ group: [ResidentProfile]) -> Double {
      Double(group.count { $0.start.needLevel > 0 }) / Double(group.count)
    }
    #expect(share(old) > share(young))
    // Residents at home have lived in no institution at the start; some in one have for a while.
    let atHome = profiles.filter { simulation.tables.levels[Int($0.start.needLevel)].isAtHome }
    #expect(atHome.allSatisfy { $0.institutionalMonthsAtStart == 0 })
    #expect(profiles.contains { $0.institutionalMonthsAtStart > 0 })
  }

  /// Where every history ends in death, the resident starts from the state drawn at the age the
  /// history started, after the last try.
  @Test func aHistoryThatNeverSurvivesFallsBackToTheDrawnState() {
    var parameters = TestScenarios.everyMechanism(residents: 3, months: 1)
    parameters.entrants = nil
    parameters.population.ageBands = [.init(minimumAge: 66, maximumAge: 66, share: 1)]
    for level in 0..<4 { parameters.transitions[level] = [0, 0, 0, 0, 1] }
    let simulation = Simulation(parameters: parameters)
    let profiles = simulation.makeResidents(seed: 1, replication: 0)
    #expect(profiles.allSatisfy { Int($0.start.needLevel) != simulation.constants.deadLevel })
    #expect(profiles.allSatisfy { $0.institutionalMonthsAtStart == 0 })
  }
}
