import Testing

@testable import CareSimCore

@Suite struct MonthlyStepperInformalCareTests {
  /// Strain recovers, then rises with the level's strain (less for a participant's carer), and
  /// the carer breaks down at the threshold.
  @Test func strainFollowsNeedAndBreaksTheCarerDown() {
    var parameters = TestScenarios.everyMechanism()
    parameters.informalCare.breakdownThreshold = 0.1
    parameters.informalCare.strainRecoveryPerMonth = 0.01
    parameters.intervention.carerStrainMultiplier = 0.5
    TestScenarios.withStepper(parameters) { stepper in
      var state = TestScenarios.resident(at: 2)
      state.carer = .active
      state.carerStrain = 0.05
      stepper.updateCarer(&state, level: 2, intensity: 0)
      #expect(abs(state.carerStrain - (0.04 + 0.06)) < 1e-15 && state.carer == .brokenDown)
      var participant = TestScenarios.resident(at: 2, participation: .participating)
      participant.carer = .active
      stepper.updateCarer(&participant, level: 2, intensity: 1)
      #expect(abs(participant.carerStrain - 0.03) < 1e-15 && participant.carer == .active)
    }
  }

  @Test func informalCareActsWhenSomeCarerCanBreakDown() {
    #expect(Mechanism.informalCare.acts(in: TestScenarios.everyMechanism()))
    #expect(!Mechanism.informalCare.acts(in: TestScenarios.markov()))
    var noStrain = TestScenarios.everyMechanism()
    noStrain.needLevels = noStrain.needLevels.map {
      var level = $0
      level.carerStrainPerMonth = 0
      return level
    }
    #expect(!Mechanism.informalCare.acts(in: noStrain))
  }
}
