import Foundation
import Testing

@testable import CareSimCore

@Suite struct MonthlyStepperNeedMoveTests {
  @Test func withoutCovariatesEveryRatioIsOne() {
    TestScenarios.withStepper(TestScenarios.markov()) { stepper in
      let state = TestScenarios.resident(at: 1, lonely: true, qualityOfLife: 0.1)
      #expect(
        stepper.covariateRatios(state, ageInMonths: 90 * 12, covariates: stepper.covariates)
          == .none)
    }
  }

  /// Age, a quality-of-life shortfall and each binary covariate multiply the ratios.
  @Test func covariatesMultiplyTheirRatios() {
    let parameters = TestScenarios.everyMechanism()
    let covariates = parameters.covariates
    TestScenarios.withStepper(parameters) { stepper in
      let atReference = TestScenarios.resident(at: 0, qualityOfLife: 0.8)
      let age = 65 * 12
      #expect(
        stepper.covariateRatios(atReference, ageInMonths: age, covariates: stepper.covariates)
          == .none)
      var lonely = atReference
      lonely.isLonely = true
      #expect(
        stepper.covariateRatios(lonely, ageInMonths: age, covariates: stepper.covariates)
          == covariates.loneliness)
      var unmet = atReference
      unmet.needLevel = 1
      #expect(
        stepper.covariateRatios(unmet, ageInMonths: age, covariates: stepper.covariates)
          == covariates.unmetNeed)
      var brokenDown = atReference
      brokenDown.hasCarer = true
      brokenDown.carerHasBrokenDown = true
      #expect(
        stepper.covariateRatios(brokenDown, ageInMonths: age, covariates: stepper.covariates)
          == covariates.carerBreakdown)
      let older = stepper.covariateRatios(
        atReference, ageInMonths: 75 * 12, covariates: stepper.covariates)
      #expect(abs(older.death - Foundation.pow(covariates.agePerYear.death, 10)) < 1e-12)
    }
  }

  @Test func nextLevelIsTheTransitionsSample() {
    let parameters = TestScenarios.everyMechanism()
    let kinds = parameters.needLevels.map(\.kind)
    TestScenarios.withStepper(parameters) { stepper in
      for from in 0..<3 {
        let moves = MonthlyTransition.moves(
          from: from, probabilities: parameters.transitions[from], kinds: kinds)
        moves.withUnsafeBufferPointer { moves in
          for uniform in stride(from: 0.0, to: 0.06, by: 0.001) {
            let expected = MonthlyTransition.sample(
              moves, mass: MonthlyTransition.categoryMass(Array(moves)), from: from,
              ratios: .none, uniform: uniform)
            #expect(stepper.nextLevel(from: from, ratios: .none, uniform: uniform) == expected)
          }
        }
      }
    }
  }
}
