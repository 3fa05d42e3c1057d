import Testing

@testable import CareSimCore

@Suite struct MonthlyStepperSubstitutionTests {
  static func parameters(requiresVolunteer: Bool) -> ScenarioParameters {
    var parameters = TestScenarios.everyMechanism()
    parameters.mechanisms.substitution.share = 1
    parameters.mechanisms.substitution.requiresVolunteer = requiresVolunteer
    return parameters
  }

  @Test func aSubstitutionThatNeedsAVolunteerTakesAFreeOne() {
    TestScenarios.withStepper(Self.parameters(requiresVolunteer: true)) { stepper in
      let stream = RandomStreamKey(seed: 1, replication: 0, resident: 0)
      var none = MonthlyCapacity(freeSlots: 5, serviceIntensity: 1, freeVolunteers: 0)
      var state = TestScenarios.resident(at: 1, participation: .participating)
      stepper.substitute(&state, stream: stream, month: 0, capacity: &none)
      #expect(!state.isSubstituted)
      var one = MonthlyCapacity(freeSlots: 5, serviceIntensity: 1, freeVolunteers: 1)
      stepper.substitute(&state, stream: stream, month: 0, capacity: &one)
      #expect(state.isSubstituted && one.freeVolunteers == 0)
    }
  }

  /// A new care episode starts unsubstituted; only a participant's in the intervention arm may be
  /// substituted.
  @Test func serveStartsAnEpisodeAtTheNeedLevel() {
    TestScenarios.withStepper(Self.parameters(requiresVolunteer: false)) { stepper in
      let stream = RandomStreamKey(seed: 1, replication: 0, resident: 0)
      var capacity = MonthlyCapacity.controlArm
      var state = TestScenarios.resident(at: 2, participation: .participating)
      state.servedLevel = 1
      state.isSubstituted = true
      stepper.serve(&state, stream: stream, month: 0, arm: .control, capacity: &capacity)
      #expect(state.servedLevel == 2 && !state.isSubstituted)
      stepper.serve(&state, stream: stream, month: 0, arm: .intervention, capacity: &capacity)
      #expect(state.isSubstituted)
    }
  }

  @Test func aSubstitutedEpisodeKeepsItsShareOfCostAndAddsInformalHours() {
    var parameters = Self.parameters(requiresVolunteer: false)
    parameters.mechanisms.substitution.remainingCostShare = 0.25
    parameters.mechanisms.substitution.informalHoursPerWeek = 2
    parameters.informalCare.shadowPricePerHour = 12
    let substitution = StepConstants.Substitution(parameters)
    let (care, informal) = substitution.cost(care: SIMD8(repeating: 100), informal: 10)
    #expect(care[Funder.wmo.rawValue] == 25 && care[Funder.zvw.rawValue] == 100)
    #expect(informal == 10 + 2 * 12 * 52 / 12)
  }
}
