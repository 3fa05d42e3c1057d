import Testing

@testable import CareSimCore

@Suite struct MonthlyCapacityTests {
  static func counts(participants: Int, volunteers: Int, substituted: Int) -> CapacityCounts {
    var counts = CapacityCounts()
    for index in 0..<participants {
      var state = TestScenarios.resident(at: 0, participation: .participating)
      state.isVolunteer = index < volunteers
      state.isSubstituted = index < substituted
      counts.add(state)
    }
    counts.add(TestScenarios.resident(at: 0))
    return counts
  }

  @Test func unlimitedPlacesServeEveryoneInFull() {
    let rule = StepConstants.Capacity(TestScenarios.markov())
    let capacity = Self.counts(participants: 50, volunteers: 3, substituted: 1).capacity(rule: rule)
    #expect(capacity.freeSlots == .max && capacity.serviceIntensity == 1)
    #expect(capacity.freeVolunteers == 2)
  }

  /// Coordinators' places plus each volunteer's; beyond them, every participant is served less.
  @Test func limitedPlacesServeLessBeyondThem() {
    var parameters = TestScenarios.everyMechanism()
    parameters.intervention.capacity = Capacity(coordinatorSlots: 10, participantsPerVolunteer: 2.5)
    let rule = StepConstants.Capacity(parameters)
    let room = Self.counts(participants: 12, volunteers: 2, substituted: 0).capacity(rule: rule)
    #expect(room.freeSlots == 3 && room.serviceIntensity == 1)
    let crowded = Self.counts(participants: 20, volunteers: 2, substituted: 2).capacity(rule: rule)
    #expect(crowded.freeSlots == -5 && crowded.serviceIntensity == 15.0 / 20)
    #expect(crowded.freeVolunteers == 0)
  }

  @Test func capacityActsOnlyWhenLimited() {
    #expect(Mechanism.capacity.acts(in: TestScenarios.everyMechanism()))
    #expect(!Mechanism.capacity.acts(in: TestScenarios.markov()))
  }
}
