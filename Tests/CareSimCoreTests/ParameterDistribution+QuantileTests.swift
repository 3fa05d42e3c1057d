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

/// A distribution, a probability and the quantile there.
private struct QuantileCase: Sendable, CustomTestStringConvertible {
  var distribution: ParameterDistribution
  var probability: Double
  var quantile: Double
  var testDescription: String { "Q(\(distribution), \(probability)) = \(quantile)" }
}

/// Quantiles known in closed form, the inverses of ParameterDistributionTests' exact CDF values.
private let exactCases: [QuantileCase] = [
  // Beta(2, 5): I_½ = 57/64 (a binomial tail).
  QuantileCase(distribution: .beta(alpha: 2, beta: 5), probability: 57.0 / 64, quantile: 0.5),
  // Beta(½, ½), the arcsine law: F(¼) = ⅓.
  QuantileCase(distribution: .beta(alpha: 0.5, beta: 0.5), probability: 1.0 / 3, quantile: 0.25),
  // Gamma(½, 2) is χ²₁: P(Z² ≤ 1) = erf(1/√2).
  QuantileCase(
    distribution: .gamma(shape: 0.5, scale: 2), probability: erf(0.5.squareRoot()), quantile: 1),
  // Gamma(1, θ) is exponential: P(X ≤ θ) = 1 − 1/e.
  QuantileCase(
    distribution: .gamma(shape: 1, scale: 1500), probability: -expm1(-1), quantile: 1500),
  QuantileCase(distribution: .lognormal(mu: 8, sigma: 0.25), probability: 0.5, quantile: exp(8)),
  QuantileCase(
    distribution: .normal(mean: -3, standardDeviation: 2),
    probability: erfc(-(0.5.squareRoot())) / 2, quantile: -1),
  QuantileCase(distribution: .uniform(low: 10, high: 30), probability: 0.25, quantile: 15),
  QuantileCase(distribution: .triangular(low: 0, mode: 1, high: 4), probability: 0.25, quantile: 1),
]

/// Quantiles of SciPy 1.x (`beta.ppf`, `gamma.ppf`, printed to 17 significant digits): far tails,
/// shapes below 1, and the shapes a calibrated monthly death probability takes (a posterior
/// mean of 0.0002 with a standard deviation of 0.00003 is Beta(44.4, 222,000)).
private let referenceCases: [QuantileCase] = [
  QuantileCase(
    distribution: .beta(alpha: 44.4, beta: 222_000), probability: 1e-10,
    quantile: 6.361_603_299_326_953e-05),
  QuantileCase(
    distribution: .beta(alpha: 44.4, beta: 222_000), probability: 0.025,
    quantile: 0.000_145_522_053_440_372_22),
  QuantileCase(
    distribution: .beta(alpha: 44.4, beta: 222_000), probability: 0.5,
    quantile: 0.000_198_461_422_509_691_33),
  QuantileCase(
    distribution: .beta(alpha: 44.4, beta: 222_000), probability: 0.975,
    quantile: 0.000_262_911_843_101_445_6),
  QuantileCase(
    distribution: .beta(alpha: 0.3, beta: 4), probability: 1e-10,
    quantile: 8.842_065_761_995_656e-35),
  QuantileCase(
    distribution: .beta(alpha: 150, beta: 3), probability: 0.025,
    quantile: 0.953_279_078_027_776_2),
  QuantileCase(
    distribution: .gamma(shape: 0.5, scale: 1), probability: 1e-10,
    quantile: 7.853_981_633_974_48e-21),
  QuantileCase(
    distribution: .gamma(shape: 9, scale: 1), probability: 0.975,
    quantile: 15.763_189_220_193_313),
  QuantileCase(
    distribution: .gamma(shape: 400, scale: 1), probability: 0.025,
    quantile: 361.756_296_631_143_47),
  QuantileCase(
    distribution: .gamma(shape: 400, scale: 1), probability: 0.975,
    quantile: 440.137_668_446_575_33),
]

@Suite struct ParameterDistributionQuantileTests {
  /// Quantiles known in closed form.
  ///
  /// Error model: the quantile's error is the CDF's divided by the density, relative to the
  /// value about `δF / (x f(x))`. The incomplete functions err by about 1e-15 at small shapes,
  /// and Newton stops at a relative step of 1e-15; x f(x) is of order 1 at these points, so
  /// 1e-12 relative leaves a wide margin and still catches an error in the functions (which
  /// would show at 1e-6 or more).
  @Test(arguments: exactCases)
  private func quantilesKnownInClosedForm(_ testCase: QuantileCase) {
    let value = testCase.distribution.quantile(testCase.probability)
    #expect(abs(value - testCase.quantile) <= 1e-12 * abs(testCase.quantile), "\(value)")
  }

  /// As above, but the prefactor's log-gammas lose about `lgamma(a + b)·ε` ≈ 3e-10 of the CDF at
  /// shapes near 2·10⁵ (lgamma is 2.5·10⁶ there), and x f(x) is about 1 at the beta's bulk and
  /// 10⁻² to 10⁻³ in its far tail: 1e-7 relative covers both.
  @Test(arguments: referenceCases)
  private func quantilesMatchReferenceValues(_ testCase: QuantileCase) {
    let value = testCase.distribution.quantile(testCase.probability)
    #expect(abs(value - testCase.quantile) <= 1e-7 * testCase.quantile, "\(value)")
  }

  /// The ends of the support at probabilities 0 and 1.
  @Test func quantilesAtTheEndsAreTheSupportsEnds() {
    #expect(ParameterDistribution.beta(alpha: 2, beta: 3).quantile(0) == 0)
    #expect(ParameterDistribution.beta(alpha: 2, beta: 3).quantile(1) == 1)
    #expect(ParameterDistribution.gamma(shape: 2, scale: 3).quantile(1) == .infinity)
    #expect(ParameterDistribution.lognormal(mu: 0, sigma: 1).quantile(0) == 0)
    #expect(ParameterDistribution.fixed(7).quantile(0.3) == 7)
  }

  /// A normal score maps to `F⁻¹(Φ(z))`; normal and lognormal directly from z, and a score so
  /// high that Φ rounds to 1 still maps inside the support.
  @Test func normalScoresMapThroughTheQuantile() {
    #expect(ParameterDistribution.lognormal(mu: 1, sigma: 0.5).value(atNormalScore: 2) == exp(2))
    #expect(
      ParameterDistribution.normal(mean: 1, standardDeviation: 2).value(atNormalScore: -1) == -1)
    let beta = ParameterDistribution.beta(alpha: 2, beta: 5)
    #expect(
      beta.value(atNormalScore: 0.7) == beta.quantile(StandardNormal.cumulativeProbability(0.7)))
    #expect(beta.value(atNormalScore: 9) < 1)
    #expect(ParameterDistribution.gamma(shape: 2, scale: 1).value(atNormalScore: 9).isFinite)
  }
}
