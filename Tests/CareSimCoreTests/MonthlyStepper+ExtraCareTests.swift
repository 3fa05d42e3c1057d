import Testing

@testable import CareSimCore

@Suite struct MonthlyStepperExtraCareTests {
  @Test func aYearlyRateBecomesAMonthlyChanceOfAtMostOne() {
    var parameters = TestScenarios.everyMechanism()
    parameters.mechanisms.extraCare = ExtraCare(
      trajectoriesPerParticipantYear: 0.6, costPerTrajectory: FunderAmounts(wmo: 900))
    #expect(StepConstants.ExtraCare(parameters).probability == 0.6 / 12)
    parameters.mechanisms.extraCare.trajectoriesPerParticipantYear = 12
    #expect(StepConstants.ExtraCare(parameters).probability == 1)
    #expect(StepConstants.ExtraCare(parameters).cost[Funder.wmo.rawValue] == 900)
    #expect(!Mechanism.extraCare.acts(in: TestScenarios.everyMechanism()))
  }

  @Test func aFullyServedParticipantWithCertainExtraCareStartsATrajectory() {
    var parameters = TestScenarios.everyMechanism()
    parameters.mechanisms.extraCare = ExtraCare(
      trajectoriesPerParticipantYear: 12, costPerTrajectory: .zero)
    TestScenarios.withStepper(parameters) { stepper in
      var events = MonthlyEvents()
      let stream = RandomStreamKey(seed: 1, replication: 0, resident: 0)
      stepper.startExtraCare(stream: stream, month: 0, intensity: 1, events: &events)
      stepper.startExtraCare(stream: stream, month: 1, intensity: 0, events: &events)
      #expect(events.extraTrajectories == 1)
    }
  }
}
