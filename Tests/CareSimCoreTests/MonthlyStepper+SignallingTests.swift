import Testing

@testable import CareSimCore

@Suite struct MonthlyStepperSignallingTests {
  @Test func aCertainSignalReadsNoDraw() {
    var reads = 0
    func draw() -> Double {
      reads += 1
      return 0.99
    }
    // Outside #expect, which reads every argument to show it.
    let certain = MonthlyStepper.isSignalled(probability: 1, uniform: draw())
    #expect(certain && reads == 0)
    let likely = MonthlyStepper.isSignalled(probability: 0.999, uniform: draw())
    #expect(likely && reads == 1)
    #expect(MonthlyStepper.isSignalled(probability: 0.3, uniform: 0.299))
    #expect(!MonthlyStepper.isSignalled(probability: 0.3, uniform: 0.3))
    #expect(!MonthlyStepper.isSignalled(probability: 0, uniform: 0))
  }

  /// Participants are signalled with their own chance, scaled by how fully they are served.
  @Test func participantsSignallingIsScaledByTheServiceIntensity() {
    TestScenarios.withStepper { stepper in
      #expect(stepper.signallingProbability(intensity: 0) == 0.1)
      #expect(abs(stepper.signallingProbability(intensity: 1) - 0.4) < 1e-15)
      #expect(abs(stepper.signallingProbability(intensity: 0.5) - 0.25) < 1e-15)
    }
  }

  @Test func signallingActsUnlessEveryNeedIsSignalledAtOnce() {
    #expect(Mechanism.signalling.acts(in: TestScenarios.everyMechanism()))
    #expect(!Mechanism.signalling.acts(in: TestScenarios.markov()))
  }
}
