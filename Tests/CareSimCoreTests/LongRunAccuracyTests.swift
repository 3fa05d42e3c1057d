import Foundation
import Testing

@testable import CareSimCore

/// Totals over long horizons and large populations against closed forms: residents who never move
/// cost the same every month, so the total is a product and the discounted total a geometric sum.
///
/// Error model: a month's cost is a count (an exact integer) times a monthly price (one rounding),
/// and the total adds the months (one rounding each), so the undiscounted total is within
/// (months + 2) units in the last place, relative; a discount factor is within 2 + 4|t| ulps of
/// (1 + r)^(−m/12) with |t| = (m/12)·log(1 + r) (see `Discounting`), which adds at most 6 ulps per
/// term over 40 years at 4%. ε is 2^−52.
@Suite struct LongRunAccuracyTests {
  /// Nobody moves, dies or has a crisis; every resident costs the first level's price every month.
  static func still(residents: Int, months: Int, discounting: DiscountRates) -> ScenarioParameters {
    var parameters = TestScenarios.markov(residents: residents, months: months)
    parameters.transitions = parameters.transitions.map { $0.map { _ in 0 } }
    parameters.discounting = discounting
    return parameters
  }

  @Test(arguments: [(1_000, 480), (250_000, 1)] as [(Int, Int)])
  func undiscountedTotalsAreProductsOfCountsAndPrices(residents: Int, months: Int) {
    let parameters = Self.still(
      residents: residents, months: months, discounting: DiscountRates(costs: 0, effects: 0))
    let totals = ReplicationTotals(
      Simulation(parameters: parameters).run(seed: 3, replication: 0), parameters: parameters)
    let annual = TestScenarios.ladder[0].annualCareCost
    for funder in Funder.payers {
      let exact = Double(residents) * Double(months) * annual[funder] / 12
      let total = totals.costs[InterventionArm.control.rawValue][funder]
      let bound = Double(months + 2) * Double.ulpOfOne * exact
      #expect(abs(total - exact) <= bound, "\(funder): \(total) against \(exact)")
    }
  }

  /// Forty years at the Dutch guideline's 4%: the discounted total is the monthly cost times
  /// (1 − v^M) / (1 − v), v = 1.04^(−1/12).
  @Test func discountedTotalsOverFortyYearsMatchTheGeometricSum() {
    let residents = 1_000
    let months = 480
    let parameters = Self.still(
      residents: residents, months: months, discounting: DiscountRates(costs: 0.04, effects: 0.015))
    let totals = ReplicationTotals(
      Simulation(parameters: parameters).run(seed: 3, replication: 0), parameters: parameters)
    let v = pow(1.04, -1.0 / 12)
    let annuity = (1 - pow(v, Double(months))) / (1 - v)
    let annual = TestScenarios.ladder[0].annualCareCost
    for funder in Funder.payers {
      let exact = Double(residents) * annual[funder] / 12 * annuity
      let total = totals.discountedCosts[InterventionArm.control.rawValue][funder]
      // Summation (months + 2) and the factors (at most 6 ulps each, plus pow's own in `exact`).
      let bound = Double(months + 2 + 6 + 16) * Double.ulpOfOne * exact
      #expect(abs(total - exact) <= bound, "\(funder): \(total) against \(exact)")
    }
  }
}
