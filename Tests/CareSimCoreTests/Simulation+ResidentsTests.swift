import Testing

@testable import CareSimCore

@Suite struct SimulationResidentsTests {
  /// A resident starts the same in both arms but for taking part, and only at an eligible level.
  @Test func residentsStartAlikeInBothArmsButForParticipation() {
    let simulation = Simulation(parameters: TestScenarios.everyMechanism())
    var participants = 0
    for profile in simulation.makeResidents(seed: 5, replication: 2) {
      let control = simulation.initialState(of: profile, arm: .control)
      let intervention = simulation.initialState(of: profile, arm: .intervention)
      #expect(control.participation == .none && !control.isVolunteer && !control.isSubstituted)
      var unenrolled = intervention
      unenrolled.participation = .none
      unenrolled.isVolunteer = false
      unenrolled.isSubstituted = false
      #expect(unenrolled == control)
      if intervention.isParticipating {
        participants += 1
        #expect(simulation.tables.levels[Int(intervention.needLevel)].isEligible)
      }
    }
    #expect(participants > 0)
  }

  @Test func residentsDependOnlyOnTheirStream() {
    let simulation = Simulation(parameters: TestScenarios.everyMechanism(residents: 50))
    let residents = simulation.makeResidents(seed: 5, replication: 2)
    #expect(residents == simulation.makeResidents(seed: 5, replication: 2))
    #expect(residents != simulation.makeResidents(seed: 5, replication: 3))
    let ages = residents.map { Double($0.ageInMonthsAtArrival) / 12 }
    #expect(ages.allSatisfy { (65...95).contains($0) })
  }

  @Test func pickFollowsTheSharesAndFallsBackToTheLastOne() {
    #expect(pick(0, shares: [0.5, 0.5]) == 0)
    #expect(pick(0.5, shares: [0.5, 0.5]) == 1)
    #expect(pick(0.25, shares: [0, 1]) == 1)
    // Rounding can leave the cumulative sum below the draw: the last share that is not 0.
    #expect(pick(0.999_999_999, shares: [0.3, 0.3, 0.399_999, 0]) == 2)
  }
}
