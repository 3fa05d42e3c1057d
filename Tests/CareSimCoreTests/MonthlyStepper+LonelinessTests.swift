import Testing

@testable import CareSimCore

@Suite struct MonthlyStepperLonelinessTests {
  static func parameters(onset: Double, resolution: Double, participant: Double)
    -> ScenarioParameters
  {
    var parameters = TestScenarios.everyMechanism()
    parameters.informalCare.lonelinessOnset = onset
    parameters.informalCare.lonelinessResolution = resolution
    parameters.intervention.participantLonelinessResolution = participant
    return parameters
  }

  @Test func certainResolutionAndOnsetAlwaysChangeLoneliness() {
    TestScenarios.withStepper(Self.parameters(onset: 1, resolution: 1, participant: 1)) {
      stepper in
      let stream = RandomStreamKey(seed: 1, replication: 0, resident: 0)
      var lonely = TestScenarios.resident(at: 0, lonely: true)
      stepper.updateLoneliness(&lonely, stream: stream, month: 0, intensity: 0)
      #expect(!lonely.isLonely)
      var notLonely = TestScenarios.resident(at: 0)
      stepper.updateLoneliness(&notLonely, stream: stream, month: 0, intensity: 0)
      #expect(notLonely.isLonely)
    }
  }

  /// Without resolution, only taking part resolves loneliness, scaled by the service intensity.
  @Test func onlyTakingPartResolvesLonelinessWithoutResolution() {
    TestScenarios.withStepper(Self.parameters(onset: 0, resolution: 0, participant: 1)) {
      stepper in
      #expect(stepper.lonelinessCanChange(TestScenarios.resident(at: 0, lonely: true)))
      #expect(!stepper.lonelinessCanChange(TestScenarios.resident(at: 0)))
      let stream = RandomStreamKey(seed: 1, replication: 0, resident: 0)
      var served = TestScenarios.resident(at: 0, participation: .participating, lonely: true)
      stepper.updateLoneliness(&served, stream: stream, month: 0, intensity: 1)
      #expect(!served.isLonely)
      var notServed = TestScenarios.resident(at: 0, lonely: true)
      stepper.updateLoneliness(&notServed, stream: stream, month: 0, intensity: 0)
      #expect(notServed.isLonely)
    }
    #expect(
      !Mechanism.loneliness.acts(in: Self.parameters(onset: 0, resolution: 0, participant: 0)))
  }
}
