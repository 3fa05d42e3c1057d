import Foundation
import Testing

@testable import CareSimCore

@Suite struct MonthlyStepperNeedMoveTests {
  @Test func withoutCovariatesEveryRatioIsOne() {
    TestScenarios.withStepper(TestScenarios.markov()) { stepper in
      let state = TestScenarios.resident(at: 1, lonely: true, qualityOfLife: 0.1)
      #expect(
        stepper.covariateRatios(
          state, ageInMonths: 90 * 12, isFemale: true)
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
        stepper.covariateRatios(
          atReference, ageInMonths: age, isFemale: true)
          == .none)
      var lonely = atReference
      lonely.isLonely = true
      #expect(
        stepper.covariateRatios(
          lonely, ageInMonths: age, isFemale: true)
          == covariates.loneliness)
      var unmet = atReference
      unmet.needLevel = 1
      #expect(
        stepper.covariateRatios(
          unmet, ageInMonths: age, isFemale: true)
          == covariates.unmetNeed)
      var brokenDown = atReference
      brokenDown.carer = .brokenDown
      #expect(
        stepper.covariateRatios(
          brokenDown, ageInMonths: age, isFemale: true)
          == covariates.carerBreakdown)
      #expect(
        stepper.covariateRatios(
          atReference, ageInMonths: age, isFemale: false)
          == covariates.male)
      let older = stepper.covariateRatios(
        atReference, ageInMonths: 75 * 12, isFemale: true)
      #expect(abs(older.death - Foundation.pow(covariates.agePerYear.death, 10)) < 1e-12)
    }
  }

  /// Men die at the male ratio times women's rate.
  ///
  /// With a monthly death probability p for women and 1.5 p for men, the survivors after a year
  /// are binomial, (1 - p)^12 of the women and (1 - 1.5 p)^12 of the men. Two comparisons a seed
  /// (one per sex and arm pair, the arms being equal), each within 4 binomial standard errors;
  /// the seeds are fixed, so the test is deterministic.
  @Test(arguments: [3, 20_261_123] as [UInt64])
  func menDieAtTheMaleRatio(seed: UInt64) {
    let residents = 20_000
    let monthly = 0.01
    for (femaleShare, probability) in [(1.0, monthly), (0.0, 1.5 * monthly)] {
      var parameters = TestScenarios.mortality(
        deathProbability: monthly, residents: residents, months: 13, femaleShare: femaleShare)
      parameters.covariates.male = HazardRatios(progression: 1, admission: 1, death: 1.5)
      let outcome = Simulation(parameters: parameters).run(seed: seed, replication: 0)
      let survival = Foundation.pow(1 - probability, 12)
      let expected = Double(residents) * survival
      let standardError = (Double(residents) * survival * (1 - survival)).squareRoot()
      for arm in InterventionArm.allCases {
        let survivors = outcome[arm, 12, .alive]
        #expect(
          abs(survivors - expected) <= 4 * standardError,
          "female share \(femaleShare): \(survivors) survivors, expected \(expected) ± 4 × \(standardError)"
        )
      }
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
