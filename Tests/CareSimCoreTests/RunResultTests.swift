import Testing

@testable import CareSimCore

/// A run's result built by hand: the figures its report derives, computed on numbers whose
/// answers can be worked out on paper.
@Suite struct RunResultTests {
  /// A series whose mean is `values` and whose band is the mean itself.
  static func series(_ values: [Double]) -> RunResult.MonthlySeries {
    RunResult.MonthlySeries(mean: values, p5: values, p95: values)
  }

  /// Three months (the third discounted by half), the programme's cost of 30 in the first month
  /// split evenly between the Wmo and the Zvw, and savings that grow month by month.
  static func result(
    months: Int = 3, entrantsPerMonth: Double = 0,
    costs: [SummaryArm: [Funder: [Double]]] = Self.costs,
    outcomes: [SummaryArm: [OutcomeMetric: [Double]]] = [:]
  ) -> RunResult {
    let difference: [OutcomeMetric: Double] = [
      .wmo: -45, .zvw: -7.5, .wlz: 0, .intervention: 30, .informal: -2.5, .qalys: 0.25,
    ]
    let netBenefits: [Perspective: Double] = [
      .wmo: 30, .zvw: -7.5, .wlz: 0, .informal: 2.5, .society: 25,
    ]
    return RunResult(
      provenance: .handBuilt,
      residents: 100, replications: 10, months: months, entrantsPerMonth: entrantsPerMonth,
      fundingSplit: FunderAmounts(wmo: 0.5, zvw: 0.5), valuePerQALY: 50_000,
      minimumQualityForLivingAtHome: .nan,
      discountedTotals: [.intervention: [.intervention: 30], .difference: difference],
      netBenefit: netBenefits.mapValues { .init(mean: $0, probabilityOfLoss: $0 < 0 ? 0.9 : 0.1) },
      netMonetaryBenefit: 12_525,
      discountFactors: [1, 1, 0.5] + Array(repeating: 1, count: months - 3),
      monthlyCosts: costs.mapValues { $0.mapValues(series) },
      monthlyOutcomes: outcomes.mapValues { $0.mapValues(series) }, deathPlaces: nil)
  }

  /// Each arm's cost a month: the difference is with less without.
  static let costs: [SummaryArm: [Funder: [Double]]] = [
    .control: [
      .wmo: [100, 100, 100], .zvw: [50, 50, 50], .wlz: [0, 0, 0], .intervention: [0, 0, 0],
      .informal: [10, 10, 10],
    ],
    .intervention: [
      .wmo: [90, 80, 70], .zvw: [50, 45, 45], .wlz: [0, 0, 0], .intervention: [30, 0, 0],
      .informal: [9, 11, 8],
    ],
    .difference: [
      .wmo: [-10, -20, -30], .zvw: [0, -5, -5], .wlz: [0, 0, 0], .intervention: [30, 0, 0],
      .informal: [-1, 1, -2],
    ],
  ]

  @Test func theProgrammeCostAndTheQALYsAreTheTotals() {
    let result = Self.result()
    #expect(result.programmeCost == 30)
    #expect(result.qalyGain == 0.25)
    #expect(result.years == 0.25)
    #expect(result.total(.control, .wmo).isNaN)
    #expect(result.meanNetBenefit(.zvw) == -7.5)
    #expect(result.probabilityOfLoss(.zvw) == 0.9)
  }

  @Test func residentsPresentCountTheEntrantsArrivedSoFar() {
    let closed = Self.result()
    #expect(closed.entrants == 0)
    #expect((0..<3).map(closed.residentsPresent(byMonth:)) == [100, 100, 100])
    let open = Self.result(entrantsPerMonth: 2)
    #expect(open.entrants == 6)
    #expect((0..<3).map(open.residentsPresent(byMonth:)) == [102, 104, 106])
  }
}
