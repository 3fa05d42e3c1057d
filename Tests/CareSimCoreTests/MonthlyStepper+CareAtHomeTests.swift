import Testing

@testable import CareSimCore

@Suite struct MonthlyStepperCareAtHomeTests {
  /// Draws of one decision, for the choice of care at home.
  struct Draws: DecisionDraws {
    var careAtHome: Double
    func uniform(_ decision: RandomDecision) -> Double {
      precondition(decision == .careAtHome, "the choice reads only its own draw")
      return careAtHome
    }
  }

  /// An admission from home below the level of care at home becomes care at home below the
  /// share; any other move, and an admission from that level itself, stays as it is.
  @Test func anAdmissionFromHomeMayBecomeCareAtHome() throws {
    let parameters = TestScenarios.everyMechanism()
    let careAtHome = try #require(parameters.careAtHome)
    let institution = parameters.qualityOfLife.admissionLevel
    TestScenarios.withStepper(parameters) { stepper in
      let chooses = Draws(careAtHome: careAtHome.share.nextDown)
      let declines = Draws(careAtHome: careAtHome.share)
      #expect(stepper.chosenLevel(institution, from: 0, draws: chooses) == careAtHome.level)
      #expect(stepper.chosenLevel(institution, from: 1, draws: declines) == institution)
      // Care at home itself ends in admission, without a choice.
      #expect(
        stepper.chosenLevel(institution, from: careAtHome.level, draws: chooses) == institution)
      // A move that is no admission reads no draw.
      let none = Draws(careAtHome: .nan)
      #expect(stepper.chosenLevel(1, from: 0, draws: none) == 1)
      #expect(stepper.chosenLevel(stepper.constants.deadLevel, from: 0, draws: none) == 4)
    }
  }

  /// Care at home is delivered at once: a resident who chooses it is served at its level in the
  /// month they do, without waiting to be signalled, and stays at home.
  @Test func careAtHomeIsServedAtOnce() {
    var parameters = TestScenarios.everyMechanism()
    parameters.careAtHome = CareAtHome(level: 2, share: 1)
    parameters.mechanisms.signalling = Signalling(
      monthlyProbability: 0, participantMonthlyProbability: 0)
    // Everyone at level 1 is admitted within the month.
    parameters.transitions[1] = [0, 0, 0, 1, 0]
    parameters.mechanisms.escalation.crisisMonthlyProbability = [0, 0, 0, 0, 0]
    TestScenarios.withStepper(parameters) { stepper in
      let profile = ResidentProfile(
        stream: RandomStreamKey(seed: 1, replication: 0, resident: 0), ageInMonthsAtStart: 70 * 12,
        isFemale: true, livesAlone: false)
      var state = TestScenarios.resident(at: 1)
      var capacity = MonthlyCapacity.controlArm
      var events = MonthlyEvents()
      stepper.evolve(
        &state, profile: profile, month: 0, arm: .control, capacity: &capacity, events: &events)
      #expect(state.needLevel == 2 && state.servedLevel == 2 && events.admissions == 0)
      #expect(stepper.levels[2].isAtHome && stepper.levels[2].admissionScore == -1)
    }
  }
}
