import Testing

@testable import CareSimCore

@Suite struct MonthlyStepperDecisionsTests {
  /// Draws that trap when read: a decision that needs none must not read it.
  struct NoDraws: DecisionDraws {
    func uniform(_ decision: RandomDecision) -> Double {
      preconditionFailure("read a \(decision) draw")
    }
  }

  /// Residents and months of a run of the scenario, with a need above the care served and crises.
  static func monthStarts() -> [(state: ResidentState, profile: ResidentProfile, month: Int)] {
    let parameters = TestScenarios.everyMechanism(residents: 120, months: 24)
    let simulation = Simulation(parameters: parameters)
    let profiles = simulation.makeResidents(seed: 6, replication: 0)
    var starts: [(ResidentState, ResidentProfile, Int)] = []
    simulation.withStepper { stepper in
      for profile in profiles {
        var state = simulation.initialState(of: profile, arm: .control)
        var capacity = MonthlyCapacity.controlArm
        var events = MonthlyEvents()
        for month in 0..<parameters.months where Int(state.needLevel) != stepper.constants.deadLevel
        {
          starts.append((state, profile, month))
          stepper.evolve(
            &state, profile: profile, month: month, arm: .control, capacity: &capacity,
            events: &events)
        }
      }
    }
    return starts
  }

  /// Reading each draw once gives the decisions of reading them from the stream.
  @Test func drawsReadOnceDecideAsTheStream() {
    let starts = Self.monthStarts()
    TestScenarios.withStepper(TestScenarios.everyMechanism(residents: 120, months: 24)) {
      stepper in
      let thresholds = MonthlyStepper.DecisionThresholds(
        crisisAdmission: Chance(0.5), signalling: Chance(0.3))
      var unmet = 0
      for (state, profile, month) in starts {
        let ratios = stepper.covariateRatios(
          state, ageInMonths: profile.ageInMonthsAtStart + month, isFemale: profile.isFemale)
        let uniform = profile.stream.uniform(month: month, .transition)
        let fromStream = stepper.decide(
          state, covariateRatios: ratios, participates: false, intensity: 0,
          thresholds: thresholds, moveUniform: uniform,
          draws: StreamDraws(stream: profile.stream, month: month))
        let once = stepper.decide(
          state, covariateRatios: ratios, participates: false, intensity: 0,
          thresholds: thresholds, moveUniform: uniform,
          draws: DrawnOnce(stream: profile.stream, month: month))
        #expect(fromStream == once)
        unmet += state.hasUnmetNeed ? 1 : 0
      }
      #expect(unmet > 0)
    }
  }

  /// Certain thresholds decide without a draw: no crisis level and certain signalling read none.
  @Test func certainThresholdsReadNoDraw() {
    TestScenarios.withStepper(TestScenarios.markov()) { stepper in
      var state = TestScenarios.resident(at: 1)
      state.servedLevel = 0
      let decided = stepper.decide(
        state, covariateRatios: .none, participates: false, intensity: 0,
        thresholds: MonthlyStepper.DecisionThresholds(
          crisisAdmission: Chance(0), signalling: Chance(1)),
        moveUniform: 0.99, draws: NoDraws())
      #expect(decided == MonthlyStepper.Decisions(level: 1, crisis: false, signalled: true))
    }
  }

  /// Every crisis admits when its admission threshold is 1, none when it is 0; a crisis signals.
  @Test func theAdmissionThresholdDecidesAfterEveryCrisis() {
    var parameters = TestScenarios.everyMechanism()
    parameters.mechanisms.escalation.crisisMonthlyProbability = [1, 1, 1, 0, 0]
    TestScenarios.withStepper(parameters) { stepper in
      let state = TestScenarios.resident(at: 1)
      for (admission, level) in [(1.0, 3), (0.0, 1)] {
        let decided = stepper.decide(
          state, covariateRatios: .none, participates: false, intensity: 0,
          thresholds: MonthlyStepper.DecisionThresholds(
            crisisAdmission: Chance(admission), signalling: Chance(0)),
          moveUniform: 0.999,
          draws: StreamDraws(
            stream: RandomStreamKey(seed: 1, replication: 0, resident: 0), month: 0))
        #expect(decided == MonthlyStepper.Decisions(level: level, crisis: true, signalled: true))
      }
    }
  }
}
