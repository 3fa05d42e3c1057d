import Testing

@testable import CareSimCore

@Suite struct MonthlyStepperVolunteeringTests {
  @Test func aVolunteerWhoseNeedRisesStops() {
    TestScenarios.withStepper { stepper in
      var volunteer = TestScenarios.resident(at: 2, participation: .participating)
      volunteer.isVolunteer = true
      #expect(stepper.volunteeringCanChange(volunteer))
      stepper.updateVolunteering(
        &volunteer, stream: RandomStreamKey(seed: 1, replication: 0, resident: 0), month: 0)
      #expect(!volunteer.isVolunteer)
    }
  }

  @Test func onlyParticipantsStartToVolunteer() {
    var parameters = TestScenarios.everyMechanism()
    parameters.intervention.volunteering.monthlyProbability = 1
    TestScenarios.withStepper(parameters) { stepper in
      let stream = RandomStreamKey(seed: 1, replication: 0, resident: 0)
      var participant = TestScenarios.resident(at: 0, participation: .participating)
      stepper.updateVolunteering(&participant, stream: stream, month: 0)
      #expect(participant.isVolunteer)
      #expect(!stepper.volunteeringCanChange(TestScenarios.resident(at: 0)))
    }
  }
}
