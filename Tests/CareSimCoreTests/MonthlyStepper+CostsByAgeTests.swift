import Testing

@testable import CareSimCore

@Suite struct MonthlyStepperCostsByAgeTests {
  /// Residents of one level at home who neither die nor move, every one aged `age` at the start.
  static func cohort(aged age: Double, residents: Int, months: Int) -> ScenarioParameters {
    var parameters = TestScenarios.mortality(
      deathProbability: 0, residents: residents, months: months)
    parameters.population.ageBands = [.init(minimumAge: age, maximumAge: age, share: 1)]
    parameters.costsByAge = CareCostsByAge(bands: [
      .zvw: [.init(fromAge: 65, factor: 1), .init(fromAge: 80, factor: 1.45)],
      .wlz: [.init(fromAge: 90, factor: 2)],
    ])
    return parameters
  }

  /// A payer's factor applies from its band's age until the next band's, and is 1 below the
  /// first band and for a payer without bands.
  @Test func aBandAppliesFromItsAgeUntilTheNext() {
    let costs = Self.cohort(aged: 85, residents: 1, months: 1).costsByAge
    #expect(costs.boundaries == [65, 80, 90])
    #expect(costs.factor(.zvw, atAge: 64) == 1 && costs.factor(.zvw, atAge: 79) == 1)
    #expect(costs.factor(.zvw, atAge: 80) == 1.45 && costs.factor(.zvw, atAge: 120) == 1.45)
    #expect(costs.factor(.wlz, atAge: 89) == 1 && costs.factor(.wlz, atAge: 90) == 2)
    #expect(costs.factor(.wmo, atAge: 95) == 1)
  }

  /// Bands split a month's care classes: one more band than ages at which a band starts, and
  /// none without bands.
  @Test func bandsSplitTheCareClasses() {
    let parameters = Self.cohort(aged: 85, residents: 1, months: 1)
    TestScenarios.withStepper(parameters) { stepper in
      #expect(stepper.constants.costsByAge.bandCount == 4)
      #expect(stepper.classesPerMonth == 4 * stepper.classesPerBand)
      let band = stepper.costBand(ageInMonths: 79 * 12 + 7)
      #expect(band.classOffset == 1 * stepper.classesPerBand && band.months == 5)
      #expect(stepper.costBand(ageInMonths: 95 * 12).classOffset == 3 * stepper.classesPerBand)
    }
    var without = parameters
    without.costsByAge = .none
    TestScenarios.withStepper(without) { stepper in
      #expect(!stepper.constants.costsByAge.acts)
      #expect(stepper.classesPerMonth == stepper.classesPerBand)
      #expect(stepper.costBand(ageInMonths: 95 * 12).classOffset == 0)
      // Beyond any horizon: the resident-by-resident driver counts every month in the one band.
      #expect(stepper.costBand(ageInMonths: 95 * 12).months >= 1 << 30)
    }
  }

  /// At 80 and over, a resident's Zvw cost is the level's cost times the factor, to the bit: a
  /// month's cost is the price of the class times the residents in it.
  @Test func zvwCostAtEightyIsTheLevelCostTimesTheFactorExactly() {
    let residents = 37
    let parameters = Self.cohort(aged: 85, residents: residents, months: 3)
    let level = parameters.needLevels[0].annualCareCost
    let outcome = Simulation(parameters: parameters).run(seed: 5, replication: 0)
    for arm in InterventionArm.allCases {
      for month in 0..<3 {
        #expect(outcome[arm, month, .zvw] == level[.zvw] * (1.0 / 12.0) * 1.45 * Double(residents))
        #expect(outcome[arm, month, .wmo] == level[.wmo] * (1.0 / 12.0) * Double(residents))
        #expect(outcome[arm, month, .wlz] == level[.wlz] * (1.0 / 12.0) * Double(residents))
      }
    }
  }

  /// A resident who turns 80 in the sixth month is priced at the factor from that month on, on
  /// every path.
  @Test(arguments: [LoopOrder.fastest, .monthByMonth])
  func theFactorStartsInTheMonthOfTheBirthday(order: LoopOrder) {
    let parameters = Self.cohort(aged: 79.5, residents: 1, months: 12)
    let simulation = Simulation(parameters: parameters)
    let ageInMonths = simulation.makeResidents(seed: 1, replication: 0)[0].ageInMonthsAtStart
    #expect(ageInMonths == 79 * 12 + 6)
    let monthly = parameters.needLevels[0].annualCareCost[.zvw] * (1.0 / 12.0)
    let outcome = simulation.run(seed: 1, replication: 0, order: order)
    for month in 0..<12 {
      let factor = month < 6 ? 1 : 1.45
      #expect(outcome[.control, month, .zvw] == monthly * factor, "month \(month)")
    }
  }

  /// The factors are prices: a counting projection sets them to 1 and keeps the ages, which
  /// decide how months are counted.
  @Test func theFactorsArePricesAndTheAgesAreCounting() {
    let parameters = Self.cohort(aged: 85, residents: 1, months: 1)
    var cleared = parameters
    StepConstants.CostsByAge.clear(.prices, in: &cleared)
    #expect(cleared.costsByAge.boundaries == parameters.costsByAge.boundaries)
    #expect(cleared.costsByAge.bands.values.joined().allSatisfy { $0.factor == 1 })
    #expect(Mechanism.costsByAge.acts(in: cleared))
    for fields in [MechanismFields.afterUptake, .uptake] {
      var same = parameters
      StepConstants.CostsByAge.clear(fields, in: &same)
      #expect(same == parameters)
    }
  }
}
