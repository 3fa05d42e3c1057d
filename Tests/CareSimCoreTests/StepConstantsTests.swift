import Testing

@testable import CareSimCore

@Suite struct StepConstantsTests {
  @Test func aMultiplierScalesItsFundersOnly() {
    let vector = StepConstants.multiplier(0.5, on: [.wmo, .wlz])
    #expect(vector[Funder.wmo.rawValue] == 0.5 && vector[Funder.wlz.rawValue] == 0.5)
    #expect(vector[Funder.zvw.rawValue] == 1 && vector[Funder.informal.rawValue] == 1)
    #expect(StepConstants.multiplier(0.5, on: []) == SIMD8(repeating: 1))
  }

  @Test func theLaddersDeadAndAdmissionLevels() {
    let constants = StepConstants(TestScenarios.everyMechanism())
    #expect(constants.deadLevel == 4 && constants.admissionLevel == 3)
    #expect(constants.interventionCosts.fixedMonthlyCost == 20_000.0 / 12)
  }
}
