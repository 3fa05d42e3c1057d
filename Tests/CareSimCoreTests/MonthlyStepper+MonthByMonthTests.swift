import Testing

@testable import CareSimCore

@Suite struct MonthlyStepperMonthByMonthTests {
  @Test func residentsJoinByMonthThenByIndex() {
    let ordered = MonthlyStepper.byJoinMonth([3, 0, 3, 1, 0, 5])
    #expect(ordered.map(\.month) == [0, 0, 1, 3, 3, 5])
    #expect(ordered.map(\.resident) == [1, 4, 3, 0, 2, 5])
    #expect(MonthlyStepper.byJoinMonth([]).isEmpty)
  }

  @Test func mergingKeepsResidentsInIndexOrder() {
    #expect(MonthlyStepper.merging([1, 4, 9], [0, 5, 10, 11]) == [0, 1, 4, 5, 9, 10, 11])
    #expect(MonthlyStepper.merging([], [2, 3]) == [2, 3])
    #expect(MonthlyStepper.merging([2, 3], []) == [2, 3])
  }

  /// Residents who join later take no part until their month: with everyone joining at the end
  /// of the horizon, nobody is counted.
  @Test func residentsCountFromTheMonthTheyJoin() {
    let parameters = TestScenarios.everyMechanism(residents: 30, months: 6)
    let simulation = Simulation(parameters: parameters)
    let profiles = simulation.makeResidents(seed: 1, replication: 0)
    simulation.withStepper { stepper in
      func tally(joinMonths: [Int]) -> ArmTally {
        var states = profiles.map { simulation.initialState(of: $0, arm: .control) }
        let tally = ArmTally(months: parameters.months, classesPerMonth: stepper.classesPerMonth)
        stepper.runMonthByMonth(
          arm: .control, profiles: profiles, states: &states, into: tally, joinMonths: joinMonths)
        return tally
      }
      let late = tally(joinMonths: Array(repeating: 3, count: 30))
      #expect(
        (0..<3).allSatisfy {
          late.counts[$0].participants == 0 && late.counts[$0].qualityOfLifeUnits == 0
        })
      #expect(late.counts[3].qualityOfLifeUnits > 0)
      let never = tally(joinMonths: Array(repeating: parameters.months, count: 30))
      #expect((0..<parameters.months).allSatisfy { never.counts[$0].qualityOfLifeUnits == 0 })
    }
  }
}
