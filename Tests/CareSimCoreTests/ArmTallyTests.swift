import Testing

@testable import CareSimCore

@Suite struct ArmTallyTests {
  /// A tally with arbitrary counts in every cell.
  static func filled(seed: UInt64, months: Int = 4, classesPerMonth: Int = 16) -> ArmTally {
    var generator = SplitMix64(seed: seed)
    let tally = ArmTally(months: months, classesPerMonth: classesPerMonth)
    for index in 0..<months * classesPerMonth {
      tally.residentsByClass[index] = Int.random(in: 0...50, using: &generator)
    }
    for month in 0..<months {
      tally.counts[month].qualityOfLifeUnits = Int.random(in: 0...(1 << 45), using: &generator)
      tally.counts[month].participants = Int.random(in: 0...50, using: &generator)
      tally.counts[month].events.crises = Int.random(in: 0...5, using: &generator)
      tally.serviceIntensity[month] = 1
    }
    return tally
  }

  @Test func subtractingWhatWasAddedRestoresTheTally() {
    let tally = Self.filled(seed: 1)
    let before = ArmTally(copying: tally)
    let other = Self.filled(seed: 2)
    tally.add(other)
    #expect(tally != before)
    tally.subtract(other)
    #expect(tally == before)
  }

  @Test func aCopyIsEqualAndIndependent() {
    let tally = Self.filled(seed: 3)
    let copy = ArmTally(copying: tally)
    #expect(copy == tally)
    copy.residentsByClass[0] += 1
    #expect(copy != tally)
  }

  /// Merging participants' classes gives the bits of a run in which efficiency does not act.
  @Test func mergingEfficiencyClassesCountsAsARunWithoutEfficiency() {
    var withEfficiency = TestScenarios.everyMechanism(residents: 60, months: 24)
    withEfficiency.intervention.capacity = .unlimited
    var without = withEfficiency
    without.mechanisms.efficiency.costMultiplier = 1
    func interventionTally(_ parameters: ScenarioParameters) -> ArmTally {
      let simulation = Simulation(parameters: parameters)
      let profiles = simulation.makeResidents(seed: 4, replication: 0)
      var states = profiles.map { simulation.initialState(of: $0, arm: .intervention) }
      return simulation.withStepper { stepper in
        let tally = ArmTally(months: parameters.months, classesPerMonth: stepper.classesPerMonth)
        stepper.runMonthByMonth(
          arm: .intervention, profiles: profiles, states: &states, into: tally)
        return tally
      }
    }
    let split = interventionTally(withEfficiency)
    let merged = split.mergingEfficiencyClasses()
    #expect(merged == interventionTally(without))
    #expect(merged != split, "participants must have been counted apart")
  }
}
