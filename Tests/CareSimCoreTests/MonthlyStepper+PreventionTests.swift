import Testing

@testable import CareSimCore

@Suite struct MonthlyStepperPreventionTests {
  static let ratios = HazardRatios(progression: 1.5, admission: 2, death: 1.2)

  /// Prevention shrinks progression and admission by its relative risk, scaled by how fully the
  /// intervention serves; death is left as it is.
  @Test(arguments: [0.0, 0.5, 1.0])
  func preventionScalesProgressionAndAdmission(intensity: Double) {
    TestScenarios.withStepper(TestScenarios.markov(relativeRisk: 0.8)) { stepper in
      let prevented = stepper.prevented(Self.ratios, intensity: intensity)
      let factor = 1 - (1 - 0.8) * intensity
      #expect(prevented.progression == 1.5 * factor && prevented.admission == 2 * factor)
      #expect(prevented.death == 1.2)
    }
  }

  @Test func preventionActsOnlyWithARelativeRiskOtherThanOne() {
    #expect(Mechanism.prevention.acts(in: TestScenarios.markov(relativeRisk: 0.8)))
    #expect(!Mechanism.prevention.acts(in: TestScenarios.markov(relativeRisk: 1)))
  }
}
