import Testing

@testable import CareSimCore

@Suite struct MonthlyStepperAccrualTests {
  @Test func aResidentMonthCountsInItsClassAndAddsItsQualityOfLife() {
    let simulation = Simulation(parameters: TestScenarios.everyMechanism())
    let state = ResidentState(
      needLevel: 2, servedLevel: 1, participation: .participating, isVolunteer: true,
      carer: .active, isSubstituted: true, qualityOfLife: 0.5)
    simulation.withStepper { stepper in
      let tally = ArmTally(months: 1, classesPerMonth: stepper.classesPerMonth)
      stepper.accrue(state, classCounts: tally.classes(in: 0), counts: &tally.counts[0])
      let index = CareClass.index(of: state, efficiencyApplies: true)
      #expect(tally.residentsByClass[index] == 1)
      #expect((0..<tally.classesPerMonth).reduce(0) { $0 + tally.residentsByClass[$1] } == 1)
      let counts = tally.counts[0]
      #expect(counts.qualityOfLifeUnits == 1 << 39)
      #expect(counts.participants == 1 && counts.volunteers == 1)
      #expect(counts.unmetNeed == 1 && counts.substituted == 1)
    }
  }
}
