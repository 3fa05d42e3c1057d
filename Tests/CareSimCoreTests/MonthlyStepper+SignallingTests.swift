import Testing

@testable import CareSimCore

@Suite struct MonthlyStepperSignallingTests {
  @Test func aCertainSignalReadsNoDraw() {
    final class Draw: DecisionDraws {
      let value: Double
      var reads = 0
      init(_ value: Double) { self.value = value }
      func uniform(_ decision: RandomDecision) -> Double {
        precondition(decision == .signalling, "signalling reads only its own draw")
        reads += 1
        return value
      }
    }
    let draw = Draw(0.99)
    // Outside #expect, which reads every argument to show it.
    let certain = MonthlyStepper.isSignalled(Chance(1), draws: draw)
    #expect(certain && draw.reads == 0)
    let likely = MonthlyStepper.isSignalled(Chance(0.999), draws: draw)
    #expect(likely && draw.reads == 1)
    #expect(MonthlyStepper.isSignalled(Chance(0.3), draws: Draw(0.299)))
    #expect(!MonthlyStepper.isSignalled(Chance(0.3), draws: Draw(0.3)))
    #expect(!MonthlyStepper.isSignalled(Chance(0), draws: Draw(0)))
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
