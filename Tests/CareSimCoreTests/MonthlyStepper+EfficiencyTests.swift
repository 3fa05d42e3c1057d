import Testing

@testable import CareSimCore

@Suite struct MonthlyStepperEfficiencyTests {
  @Test func efficiencyActsOnlyWithAMultiplierOnSomeFunder() {
    var parameters = TestScenarios.everyMechanism()
    #expect(StepConstants.Efficiency(parameters).acts)
    parameters.mechanisms.efficiency.funders = []
    #expect(!StepConstants.Efficiency(parameters).acts)
    parameters.mechanisms.efficiency = Efficiency(costMultiplier: 1, funders: [.wmo])
    #expect(!StepConstants.Efficiency(parameters).acts)
  }

  /// Like every effect, efficiency is scaled by the share of participants the places serve.
  @Test func efficiencyIsScaledByTheServiceIntensity() {
    var parameters = TestScenarios.everyMechanism()
    parameters.mechanisms.efficiency = Efficiency(costMultiplier: 0.6, funders: [.zvw])
    let efficiency = StepConstants.Efficiency(parameters)
    #expect(efficiency.multiplier(serviceIntensity: 0) == SIMD8(repeating: 1))
    let half = efficiency.multiplier(serviceIntensity: 0.5)
    #expect(abs(half[Funder.zvw.rawValue] - 0.8) < 1e-15 && half[Funder.wmo.rawValue] == 1)
  }
}
