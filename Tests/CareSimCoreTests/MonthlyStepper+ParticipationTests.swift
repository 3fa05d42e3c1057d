import Testing

@testable import CareSimCore

@Suite struct MonthlyStepperParticipationTests {
  /// A scenario in which every eligible resident takes up at once.
  static func certainUptake(eligibleUpTo level: Int = 1) -> ScenarioParameters {
    var parameters = TestScenarios.everyMechanism()
    parameters.intervention.monthlyUptakeProbability = 1
    parameters.intervention.uptakeRelativeRiskIfLonely = 1
    parameters.intervention.maximumEligibleLevel = level
    return parameters
  }

  @Test func onlyEligibleResidentsTakeUp() {
    TestScenarios.withStepper(Self.certainUptake(eligibleUpTo: 1)) { stepper in
      let stream = RandomStreamKey(seed: 1, replication: 0, resident: 0)
      let uptake = stepper.constants.participation.uptake
      for (level, eligible) in [(0, true), (1, true), (2, false), (3, false)] {
        #expect(
          stepper.wouldTakeUp(
            TestScenarios.resident(at: level), stream: stream, month: 0, uptake: uptake)
            == eligible, "level \(level)")
      }
      let none = StepConstants.Uptake(probability: 0, relativeRiskIfLonely: 5)
      #expect(
        !stepper.wouldTakeUp(TestScenarios.resident(at: 0), stream: stream, month: 0, uptake: none))
    }
  }

  /// Lonely residents take up with their relative risk: exactly where the draw lies between the
  /// two probabilities.
  @Test func lonelyResidentsTakeUpWithTheirRelativeRisk() {
    TestScenarios.withStepper { stepper in
      let uptake = StepConstants.Uptake(probability: 0.2, relativeRiskIfLonely: 3)
      var disagree = 0
      for resident in 0..<400 {
        let stream = RandomStreamKey(seed: 2, replication: 0, resident: resident)
        let draw = stream.uniform(month: 3, .uptake)
        let lonely = stepper.wouldTakeUp(
          TestScenarios.resident(at: 0, lonely: true), stream: stream, month: 3, uptake: uptake)
        let notLonely = stepper.wouldTakeUp(
          TestScenarios.resident(at: 0), stream: stream, month: 3, uptake: uptake)
        #expect(lonely == (draw < 0.6) && notLonely == (draw < 0.2))
        disagree += lonely != notLonely ? 1 : 0
      }
      #expect(disagree > 0)
    }
  }

  @Test func aResidentWaitsWithoutAFreePlaceAndJoinsWithOne() {
    TestScenarios.withStepper(Self.certainUptake()) { stepper in
      let stream = RandomStreamKey(seed: 3, replication: 0, resident: 0)
      var full = MonthlyCapacity(freeSlots: 0, serviceIntensity: 1, freeVolunteers: 0)
      var state = TestScenarios.resident(at: 0)
      stepper.updateParticipation(&state, stream: stream, month: 0, capacity: &full)
      #expect(state.participation == .waiting)
      var free = MonthlyCapacity(freeSlots: 1, serviceIntensity: 1, freeVolunteers: 0)
      stepper.updateParticipation(&state, stream: stream, month: 1, capacity: &free)
      #expect(state.participation == .participating && free.freeSlots == 0)
    }
  }

  @Test func leavingEndsVolunteeringAndSubstitutedCare() {
    var parameters = TestScenarios.everyMechanism()
    parameters.intervention.monthlyDropoutProbability = 1
    TestScenarios.withStepper(parameters) { stepper in
      var state = TestScenarios.resident(at: 0, participation: .participating)
      state.isVolunteer = true
      state.isSubstituted = true
      #expect(stepper.participationCanChange(state))
      var capacity = MonthlyCapacity.controlArm
      stepper.updateParticipation(
        &state, stream: RandomStreamKey(seed: 4, replication: 0, resident: 0), month: 0,
        capacity: &capacity)
      #expect(state.participation == .none && !state.isVolunteer && !state.isSubstituted)
    }
  }

  @Test func aParticipantWhoCannotDropOutHasNoParticipationPhase() {
    var parameters = TestScenarios.everyMechanism()
    parameters.intervention.monthlyDropoutProbability = 0
    TestScenarios.withStepper(parameters) { stepper in
      #expect(
        !stepper.participationCanChange(
          TestScenarios.resident(at: 0, participation: .participating)))
      #expect(stepper.participationCanChange(TestScenarios.resident(at: 0)))
    }
  }
}
