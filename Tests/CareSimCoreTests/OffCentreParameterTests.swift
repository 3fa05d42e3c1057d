import Testing

@testable import CareSimCore

/// Which parameters a PSA names as not centred on their value.
@Suite struct OffCentreParameterTests {
  /// The default scenario's nursing-home cost: value 44,400, uniform on 44,400 to 60,000, whose
  /// mean of 52,200 lies 1.7 standard deviations above the value.
  @Test func aDistributionSkewedAboveItsValueIsNamed() {
    let found = OffCentreParameter.among([
      (
        path: "needLevels.4.annualCost.wlz", value: 44_400,
        distribution: .uniform(low: 44_400, high: 60_000)
      )
    ])
    #expect(
      found == [
        OffCentreParameter(
          path: "needLevels.4.annualCost.wlz", value: 44_400, distributionMean: 52_200)
      ])
  }

  /// A calibrated value written to four digits beside its posterior's beta (the default
  /// scenario's death rate at home) and a triangular distribution with its mean at the value are
  /// centred; so is a fixed one.
  @Test func distributionsAroundTheirValueAreNotNamed() {
    let found = OffCentreParameter.among([
      (path: "a", value: 0.000_165_4, distribution: .beta(alpha: 19.31, beta: 116_700)),
      (path: "b", value: 0.4, distribution: .triangular(low: 0.25, mode: 0.35, high: 0.6)),
      (path: "c", value: 3, distribution: .fixed(3)),
    ])
    #expect(found.isEmpty)
  }

  /// The rule is a tenth of a standard deviation, on either side: a normal with standard
  /// deviation 1 counts as centred at 0.09 from its value and not at 0.11.
  @Test(arguments: [(0.09, false), (-0.09, false), (0.11, true), (-0.11, true)])
  func theRuleIsATenthOfAStandardDeviation(offset: Double, isNamed: Bool) {
    let found = OffCentreParameter.among([
      (path: "p", value: 10, distribution: .normal(mean: 10 + offset, standardDeviation: 1))
    ])
    #expect(found.count == (isNamed ? 1 : 0))
  }
}
