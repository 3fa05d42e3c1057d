import Testing

@testable import CareSimCore

@Suite struct MonthlyStepperEscalationTests {
  /// Covariates raise the crisis hazard as they raise admission; participants' crises have their
  /// relative risk, scaled by how fully the intervention serves.
  @Test func crisisProbabilityFollowsAdmissionRatioAndParticipantRisk() {
    let parameters = TestScenarios.everyMechanism()
    let base = parameters.mechanisms.escalation.crisisMonthlyProbability[2]
    let ratios = HazardRatios(progression: 3, admission: 2, death: 5)
    TestScenarios.withStepper(parameters) { stepper in
      #expect(
        stepper.crisisProbability(
          at: 2, covariateRatios: ratios, participates: false, intensity: 0) == base * 2)
      let participant = stepper.crisisProbability(
        at: 2, covariateRatios: ratios, participates: true, intensity: 0.5)
      #expect(abs(participant - base * 2 * (1 - 0.2 * 0.5)) < 1e-15)
    }
  }

  @Test func aCrisisHappensBelowItsProbabilityOnly() {
    TestScenarios.withStepper { stepper in
      let probability = stepper.crisisProbability(
        at: 2, covariateRatios: .none, participates: false, intensity: 0)
      func crisis(_ uniform: Double) -> Bool {
        stepper.hasCrisis(
          at: 2, covariateRatios: .none, participates: false, intensity: 0, uniform: uniform)
      }
      #expect(crisis(probability.nextDown) && !crisis(probability))
    }
  }

  /// A crisis ends in death below its death probability, decided first.
  ///
  /// Otherwise it ends in admission below the admission probability, or the resident stays where
  /// they are. A death probability of 0 reads no draw.
  @Test func aCrisisEndsInDeathThenInAdmission() {
    struct Draws: DecisionDraws {
      var death: Double
      var admission: Double
      func uniform(_ decision: RandomDecision) -> Double {
        switch decision {
        case .crisisDeath: death
        case .crisisAdmission: admission
        default: preconditionFailure("no \(decision) draw after a crisis")
        }
      }
    }
    var parameters = TestScenarios.everyMechanism()
    parameters.careAtHome = nil
    let death = parameters.mechanisms.escalation.crisisDeathProbability
    TestScenarios.withStepper(parameters) { stepper in
      func after(_ death: Double, _ admission: Double) -> Int {
        stepper.levelAfterCrisis(
          at: 1, admission: Chance(0.2), draws: Draws(death: death, admission: admission))
      }
      #expect(after(death.nextDown, 0) == stepper.constants.deadLevel)
      #expect(after(death, 0.199) == stepper.constants.admissionLevel)
      #expect(after(death, 0.2) == 1)
    }
    parameters.mechanisms.escalation.crisisDeathProbability = 0
    TestScenarios.withStepper(parameters) { stepper in
      #expect(
        stepper.levelAfterCrisis(
          at: 1, admission: Chance(0), draws: Draws(death: .nan, admission: 0.5)) == 1)
    }
  }

  @Test func aCrisisCostsQualityOfLifeButNeverBelowZero() {
    TestScenarios.withStepper { stepper in
      var events = MonthlyEvents()
      var state = TestScenarios.resident(at: 1, qualityOfLife: 0.03)
      stepper.sufferCrisis(&state, events: &events)
      #expect(state.qualityOfLife == 0 && events.crises == 1)
    }
  }
}
