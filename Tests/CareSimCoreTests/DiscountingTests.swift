import CareSimCore
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#elseif canImport(ucrt)
import ucrt
#endif

// Error model for factor(month:) = exp(t), t = −(m/12)·log1p(r): log1p and exp are each within
// 1 ulp on glibc, and t picks up two more roundings, so t has relative error ≤ 4u (u = 2⁻⁵³) and
// the result is off by at most 4u·|t| + 2u relative. As an ulp of v exceeds u·v, that is fewer
// than 2 + 4|t| ulps of the result.
private func factorErrorBoundInUlps(rate: Double, month: Int) -> Double {
  2 + 4 * abs(Double(month) / 12 * log1p(rate))
}

@Suite struct DiscountingTests {
  @Test(arguments: [0.04, 0.015, 0.0, -0.5, 1.0])
  func monthZeroIsUndiscounted(rate: Double) {
    #expect(Discounting(annualRate: rate).factor(month: 0) == 1)
  }

  // One year compounds to 1/(1 + r). The reference 1/(1 + r) rounds twice, so it is within
  // 2 ulps of the exact value for the binary r; add that to factor(month: 12)'s own bound.
  @Test(arguments: [0.04, 0.015, 0.03, -0.2, 1.0])
  func twelveMonthsIsOneOverOnePlusRate(rate: Double) {
    let expected = 1 / (1 + rate)
    let factor = Discounting(annualRate: rate).factor(month: 12)
    let ulps = 2 + factorErrorBoundInUlps(rate: rate, month: 12)
    #expect(abs(factor - expected) <= ulps * expected.ulp)
  }

  // Dutch guideline rates (4% costs, 1.5% effects; 3% for costs in the 2024 revision). Expected
  // values are (1 + r)^(−m/12) for the binary value of r, computed to 50 digits with Python's
  // decimal module and correctly rounded, so they add at most half an ulp.
  @Test(arguments: [
    (0.04, 1, 0.996_736_942_618_562_4),
    (0.04, 6, 0.980_580_675_690_920_1),
    (0.04, 120, 0.675_564_168_825_798_8),
    (0.04, 600, 0.140_712_615_333_239_7),
    (0.015, 1, 0.998_760_051_664_178_6),
    (0.015, 600, 0.475_004_678_896_526_64),
    (0.03, 120, 0.744_093_914_896_725_2),
  ])
  func matchesHighPrecisionReference(rate: Double, month: Int, expected: Double) {
    let factor = Discounting(annualRate: rate).factor(month: month)
    let ulps = 0.5 + factorErrorBoundInUlps(rate: rate, month: month)
    #expect(abs(factor - expected) <= ulps * expected.ulp, "month \(month)")
  }

  @Test func zeroRateGivesAllOnes() {
    let factors = Discounting(annualRate: 0).factors(months: 600)
    #expect(factors.count == 600)
    #expect(factors.allSatisfy { $0 == 1 })
  }

  @Test(arguments: [0.04, 0.015, -0.2])
  func factorsArrayMatchesFactorExactly(rate: Double) {
    let discounting = Discounting(annualRate: rate)
    let factors = discounting.factors(months: 240)
    #expect(factors.count == 240)
    for (month, factor) in factors.enumerated() {
      #expect(factor == discounting.factor(month: month), "month \(month)")
    }
    #expect(discounting.factors(months: 0) == [])
  }

  // A month at 1.5% changes the factor by about 0.12%, far above any rounding error, so a positive
  // rate must give strictly decreasing factors.
  @Test func positiveRateDecreasesEveryMonth() {
    let factors = Discounting(annualRate: 0.015).factors(months: 600)
    for month in 1..<factors.count {
      #expect(factors[month] < factors[month - 1], "month \(month)")
    }
  }

  #if compiler(>=6.2)
  @Test func rateAtOrBelowMinusOneTraps() async {
    await #expect(processExitsWith: .failure) { _ = Discounting(annualRate: -1) }
  }

  @Test func negativeMonthTraps() async {
    await #expect(processExitsWith: .failure) {
      _ = Discounting(annualRate: 0.04).factor(month: -1)
    }
  }
  #endif
}
