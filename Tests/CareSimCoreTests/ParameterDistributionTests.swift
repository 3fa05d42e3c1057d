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

// Statistical checks draw n values at each seed and require |estimate − expected| ≤ z·SE with
// z = 4 and the SE from the analytic moments. A correct sampler fails one check with probability
// about 6e-5, so the ~100 checks below all pass by chance with probability above 99%; the seeds
// are fixed, so a pass is reproducible and a failure names its seed and distribution.
private let drawCount = 20_000
private let zLimit = 4.0
private let seeds: [UInt64] = [1, 20_240_601, 0xDEAD_BEEF_CAFE_F00D]
private let unitRoundoff = Double.ulpOfOne / 2

private func draws(
  _ distribution: ParameterDistribution, count: Int = drawCount, seed: UInt64
) -> [Double] {
  var generator = SplitMix64(seed: seed)
  return (0..<count).map { _ in distribution.sample(using: &generator) }
}

/// Sample mean and unbiased sample variance, two-pass.
///
/// Two passes keep the rounding error near n·u relative (Chan, Golub and LeVeque 1983), far
/// below the 1/√n sampling error these tests allow, so it needs no term in the tolerance.
private func sampleMoments(_ values: [Double]) -> (mean: Double, variance: Double) {
  let n = Double(values.count)
  let mean = values.reduce(0, +) / n
  let squares = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
  return (mean, squares / (n - 1))
}

extension ParameterDistribution {
  /// The excess kurtosis μ₄/σ⁴ − 3, for the standard error of the sample variance.
  ///
  /// Johnson, Kotz and Balakrishnan, "Continuous Univariate Distributions" (2nd ed.): vol. 1
  /// ch. 13 (normal, 0), 14 (lognormal), 17 (gamma, 6/k); vol. 2 ch. 25 (beta), 26 (uniform,
  /// −6/5). The triangular's −3/5, the same for every mode, follows by direct integration.
  fileprivate var excessKurtosis: Double {
    switch self {
    case .fixed:
      return 0
    case .beta(let a, let b):
      let numerator = (a - b) * (a - b) * (a + b + 1) - a * b * (a + b + 2)
      return 6 * numerator / (a * b * (a + b + 2) * (a + b + 3))
    case .gamma(let shape, _):
      return 6 / shape
    case .lognormal(_, let sigma):
      let s2 = sigma * sigma
      return exp(4 * s2) + 2 * exp(3 * s2) + 3 * exp(2 * s2) - 6
    case .normal:
      return 0
    case .uniform:
      return -6.0 / 5
    case .triangular:
      return -3.0 / 5
    }
  }
}

// Distributions whose draws are checked against their analytic moments. Each sampler path is
// covered: gamma shapes below 1 (boost), exactly 1 and above; beta with both, one and neither
// shape below 1; a triangular with its mode inside and at an end.
private let momentCases: [ParameterDistribution] = [
  .beta(alpha: 2, beta: 5),
  .beta(alpha: 0.5, beta: 0.5),
  .beta(alpha: 0.3, beta: 4),
  .gamma(shape: 0.5, scale: 2),
  .gamma(shape: 1, scale: 1500),
  .gamma(shape: 9, scale: 0.5),
  .lognormal(mu: 0, sigma: 0.5),
  .lognormal(mu: 8, sigma: 0.25),
  .normal(mean: -3, standardDeviation: 2),
  .uniform(low: 10, high: 30),
  .triangular(low: 0, mode: 1, high: 4),
  .triangular(low: 2, mode: 2, high: 5),
]

// Distributions for the CDF check: a threshold and the exact probability of falling at or below
// it, to catch a sampler with the right first two moments but the wrong shape.
private struct QuantileCase: Sendable, CustomTestStringConvertible {
  var distribution: ParameterDistribution
  var threshold: Double
  var probability: Double
  var testDescription: String { "P(\(distribution) ≤ \(threshold)) = \(probability)" }
}

private let quantileCases: [QuantileCase] = [
  // Beta(2, 5): I_x(a, b) = P(Binomial(a + b − 1, x) ≥ a) for integer a, b; 1 − 7/64.
  QuantileCase(distribution: .beta(alpha: 2, beta: 5), threshold: 0.5, probability: 57.0 / 64),
  // Beta(½, ½) is the arcsine law, F(x) = (2/π)·asin(√x); F(¼) = (2/π)(π/6).
  QuantileCase(distribution: .beta(alpha: 0.5, beta: 0.5), threshold: 0.25, probability: 1.0 / 3),
  // Gamma(½, 2) is χ²₁, the square of a standard normal: P(Z² ≤ 1) = erf(1/√2).
  QuantileCase(
    distribution: .gamma(shape: 0.5, scale: 2), threshold: 1, probability: erf(0.5.squareRoot())),
  // Gamma(1, θ) is exponential: P(X ≤ θ) = 1 − 1/e.
  QuantileCase(
    distribution: .gamma(shape: 1, scale: 1500), threshold: 1500, probability: -expm1(-1)),
  // The lognormal's median is e^μ.
  QuantileCase(distribution: .lognormal(mu: 8, sigma: 0.25), threshold: exp(8), probability: 0.5),
  // One standard deviation above the normal's mean: Φ(1) = erfc(−1/√2)/2.
  QuantileCase(
    distribution: .normal(mean: -3, standardDeviation: 2), threshold: -1,
    probability: erfc(-(0.5.squareRoot())) / 2),
  QuantileCase(distribution: .uniform(low: 10, high: 30), threshold: 15, probability: 0.25),
  // The triangular's CDF at its mode is (mode − low)/(high − low).
  QuantileCase(
    distribution: .triangular(low: 0, mode: 1, high: 4), threshold: 1, probability: 0.25),
]

// Parameters near the edges of each support: U-shaped and J-shaped betas, gammas with tiny
// shapes and scales, wide lognormals, a uniform one ulp wide, triangulars with the mode at either
// end.
private let supportCases: [ParameterDistribution] = [
  .beta(alpha: 0.1, beta: 0.1),
  .beta(alpha: 0.5, beta: 3),
  .beta(alpha: 50, beta: 0.2),
  .gamma(shape: 0.1, scale: 1),
  .gamma(shape: 0.5, scale: 1e-3),
  .gamma(shape: 30, scale: 2),
  .lognormal(mu: 0, sigma: 2),
  .lognormal(mu: -5, sigma: 1),
  .uniform(low: -1, high: 1),
  .uniform(low: 1, high: 1.0.nextUp),
  .triangular(low: 0, mode: 0, high: 1),
  .triangular(low: 0, mode: 1, high: 1),
  .triangular(low: -3, mode: 0.5, high: 2),
]

private func isInSupport(_ x: Double, of distribution: ParameterDistribution) -> Bool {
  switch distribution {
  case .fixed(let value):
    return x == value
  case .beta:
    return (0.0...1.0).contains(x)
  case .gamma, .lognormal:
    return x > 0 && x.isFinite
  case .normal:
    return x.isFinite
  case .uniform(let low, let high), .triangular(let low, _, let high):
    return (low...high).contains(x)
  }
}

@Suite struct ParameterDistributionTests {
  // MARK: Moments of the draws

  @Test(arguments: momentCases, seeds)
  func sampleMeanMatchesAnalyticMean(distribution: ParameterDistribution, seed: UInt64) {
    let sample = sampleMoments(draws(distribution, seed: seed))
    let standardError = (distribution.variance / Double(drawCount)).squareRoot()
    #expect(abs(sample.mean - distribution.mean) <= zLimit * standardError)
  }

  @Test(arguments: momentCases, seeds)
  func sampleVarianceMatchesAnalyticVariance(distribution: ParameterDistribution, seed: UInt64) {
    let sample = sampleMoments(draws(distribution, seed: seed))
    // Var(s²) = μ₄/n − σ⁴(n − 3)/(n(n − 1)) exactly for the unbiased sample variance (Cramér
    // 1946, "Mathematical Methods of Statistics", ch. 27), ≈ (μ₄ − σ⁴)/n; μ₄ = σ⁴(κ + 3) with
    // the analytic excess kurtosis κ.
    let n = Double(drawCount)
    let sigma4 = distribution.variance * distribution.variance
    let mu4 = sigma4 * (distribution.excessKurtosis + 3)
    let standardError = (mu4 / n - sigma4 * (n - 3) / (n * (n - 1))).squareRoot()
    #expect(abs(sample.variance - distribution.variance) <= zLimit * standardError)
  }

  @Test(arguments: quantileCases, seeds)
  private func shareBelowAKnownQuantileMatches(_ testCase: QuantileCase, seed: UInt64) {
    let values = draws(testCase.distribution, seed: seed)
    let share = Double(values.count(where: { $0 <= testCase.threshold })) / Double(values.count)
    // A binomial proportion: SE = √(p(1 − p)/n).
    let p = testCase.probability
    let standardError = (p * (1 - p) / Double(values.count)).squareRoot()
    #expect(abs(share - p) <= zLimit * standardError)
  }

  // MARK: Support, determinism and use of the generator

  @Test(arguments: supportCases)
  func drawsStayInTheSupport(distribution: ParameterDistribution) {
    for seed in seeds {
      let outside = draws(distribution, seed: seed).filter { !isInSupport($0, of: distribution) }
      #expect(outside.isEmpty, "seed \(seed): \(outside.prefix(5))")
    }
  }

  @Test(arguments: [0, 0.25, -1e300, .greatestFiniteMagnitude] as [Double], seeds)
  func fixedReturnsItsValueAndConsumesNoRandomness(value: Double, seed: UInt64) {
    var generator = SplitMix64(seed: seed)
    for _ in 0..<1_000 {
      #expect(ParameterDistribution.fixed(value).sample(using: &generator) == value)
    }
    #expect(generator.state == seed)
  }

  @Test(arguments: momentCases + supportCases)
  func sameSeedGivesTheSameSequence(distribution: ParameterDistribution) {
    for seed in seeds {
      var first = SplitMix64(seed: seed)
      var second = SplitMix64(seed: seed)
      let a = (0..<500).map { _ in distribution.sample(using: &first) }
      let b = (0..<500).map { _ in distribution.sample(using: &second) }
      // Bit patterns, so that a NaN would count as a difference rather than pass unnoticed.
      #expect(a.map(\.bitPattern) == b.map(\.bitPattern), "seed \(seed)")
      #expect(first.state == second.state, "seed \(seed)")
    }
    // And the seed matters: another seed gives another sequence.
    #expect(draws(distribution, count: 10, seed: 1) != draws(distribution, count: 10, seed: 2))
  }

  // The closed-form samplers consume a fixed number of generator words per draw (documented on
  // `sample(using:)`), so streams stay aligned however the parameters change.
  @Test(
    arguments: [
      (.uniform(low: 0, high: 1), 1),
      (.triangular(low: 0, mode: 0.3, high: 1), 1),
      (.normal(mean: 0, standardDeviation: 1), 2),
      (.lognormal(mu: 0, sigma: 1), 2),
    ] as [(ParameterDistribution, UInt64)])
  func closedFormDrawsConsumeAFixedNumberOfWords(
    distribution: ParameterDistribution, wordsPerDraw: UInt64
  ) {
    let seed: UInt64 = 42
    var generator = SplitMix64(seed: seed)
    for _ in 0..<100 { _ = distribution.sample(using: &generator) }
    #expect(generator.state == seed &+ 100 * wordsPerDraw &* SplitMix64.increment)
  }

  @Test(arguments: seeds)
  func uniformUsesTheTop53Bits(seed: UInt64) {
    var reference = SplitMix64(seed: seed)
    let expected = Double(reference.next() >> 11) * 0x1.0p-53
    var generator = SplitMix64(seed: seed)
    #expect(ParameterDistribution.uniform(low: 0, high: 1).sample(using: &generator) == expected)
  }

  #if compiler(>=6.2)
  @Test func samplingAnInvalidDistributionTraps() async {
    await #expect(processExitsWith: .failure) {
      var generator = SplitMix64(seed: 1)
      _ = ParameterDistribution.beta(alpha: -1, beta: 1).sample(using: &generator)
    }
  }
  #endif

  // MARK: Analytic moments

  // Hand-derived values. Each formula is at most about eight correctly rounded operations
  // without cancellation (the triangular's is written to avoid it), and exp adds at most an ulp,
  // so the relative error is below 16u.
  @Test(
    arguments: [
      (.fixed(-7.5), -7.5, 0),
      (.beta(alpha: 2, beta: 5), 2.0 / 7, 10.0 / 392),
      (.gamma(shape: 9, scale: 0.5), 4.5, 2.25),
      (.lognormal(mu: 0, sigma: 0.5), exp(0.125), expm1(0.25) * exp(0.25)),
      (.normal(mean: -3, standardDeviation: 2), -3, 4),
      (.uniform(low: 10, high: 30), 20, 400.0 / 12),
      // (a + b + c)/3 and (a² + b² + c² − ab − ac − bc)/18.
      (.triangular(low: 0, mode: 1, high: 4), 5.0 / 3, 13.0 / 18),
      (.triangular(low: 1e9, mode: 1e9 + 1, high: 1e9 + 4), 1e9 + 5.0 / 3, 13.0 / 18),
    ] as [(ParameterDistribution, Double, Double)])
  func analyticMomentsMatchClosedForms(
    distribution: ParameterDistribution, mean: Double, variance: Double
  ) {
    let tolerance = 16 * unitRoundoff
    #expect(abs(distribution.mean - mean) <= tolerance * abs(mean))
    #expect(abs(distribution.variance - variance) <= tolerance * abs(variance))
  }

  // MARK: Method of moments

  // Beta and gamma. Every step is a correctly rounded operation (relative error ≤ u). The gamma
  // takes r = m/s, shape r², scale s/r, so mean = shape·scale and variance = shape·scale² carry
  // at most 6u and 9u, the standard deviation 5u. The beta's c = m(1 − m)/s² − 1 cancels when s²
  // nears m(1 − m), but c cancels again from α/(α + β) = m/(m + (1 − m)) (≤ 6u), and the
  // variance m(1 − m)/(c + 1) depends on c + 1, which the 4u error in m(1 − m)/s² bounds to
  // about 6u relative: ≤ 12u for the variance, 7u for its square root. 16u covers both.
  @Test(arguments: [(0.3, 0.1), (0.02, 0.01), (0.5, 0.4999), (0.999, 1e-4)] as [(Double, Double)])
  func betaFromMomentsReproducesThem(mean: Double, standardDeviation: Double) throws {
    try expectMoments(
      ParameterDistribution.beta(mean: mean, standardDeviation: standardDeviation),
      mean: mean, standardDeviation: standardDeviation)
  }

  @Test(arguments: [(1200, 300), (5, 20), (1e-3, 1e-4), (1e6, 1)] as [(Double, Double)])
  func gammaFromMomentsReproducesThem(mean: Double, standardDeviation: Double) throws {
    try expectMoments(
      ParameterDistribution.gamma(mean: mean, standardDeviation: standardDeviation),
      mean: mean, standardDeviation: standardDeviation)
  }

  /// A valid distribution whose mean and standard deviation are those asked for, within 16u.
  func expectMoments(
    _ made: ParameterDistribution?, mean: Double, standardDeviation: Double,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let distribution = try #require(made, sourceLocation: sourceLocation)
    #expect(distribution.invalidReason == nil, sourceLocation: sourceLocation)
    let tolerance = 16 * unitRoundoff
    #expect(abs(distribution.mean - mean) <= tolerance * mean, sourceLocation: sourceLocation)
    #expect(
      abs(distribution.variance.squareRoot() - standardDeviation)
        <= tolerance * standardDeviation, sourceLocation: sourceLocation)
  }

  // Lognormal: σ² = log1p((s/m)²) is within about 5u relative, μ = log m − σ²/2 within about
  // u(|log m| + σ²) + u|μ| absolute. The mean e^{μ + σ²/2} then has relative error about the
  // absolute error of its exponent plus an ulp, ≤ u(2|log m| + 4σ² + 2); the variance
  // expm1(σ²)·e^{2μ + σ²} about twice that plus 8u, so the standard deviation about the same as
  // the mean plus 4u. The bound below covers both.
  @Test(arguments: [(1.5, 0.3), (25_000, 8_000), (0.01, 0.05), (1e-6, 1e-9)] as [(Double, Double)])
  func lognormalFromMomentsReproducesThem(mean: Double, standardDeviation: Double) throws {
    let distribution = try #require(
      ParameterDistribution.lognormal(mean: mean, standardDeviation: standardDeviation))
    #expect(distribution.invalidReason == nil)
    guard case .lognormal(_, let sigma) = distribution else {
      Issue.record("expected a lognormal, got \(distribution)")
      return
    }
    let tolerance = (8 + 2 * abs(log(mean)) + 4 * sigma * sigma) * unitRoundoff
    #expect(abs(distribution.mean - mean) <= tolerance * mean)
    #expect(
      abs(distribution.variance.squareRoot() - standardDeviation)
        <= tolerance * standardDeviation)
  }

  @Test func methodOfMomentsRejectsImpossibleMoments() {
    // A beta needs 0 < m < 1 and s² < m(1 − m); 0.5² is exactly the bound at m = ½.
    for (mean, sd) in [
      (0, 0.1), (1, 0.1), (-0.2, 0.1), (0.5, 0.5), (0.1, 0.31), (0.3, 0), (0.3, -0.1),
      (.nan, 0.1), (0.3, .nan), (0.3, .infinity),
    ] as [(Double, Double)] {
      #expect(ParameterDistribution.beta(mean: mean, standardDeviation: sd) == nil, "\(mean) \(sd)")
    }
    // Gamma and lognormal need m > 0 and s > 0, both finite.
    for (mean, sd) in [
      (0, 1), (-1, 1), (1, 0), (1, -1), (.infinity, 1), (1, .infinity), (.nan, 1), (1, .nan),
    ] as [(Double, Double)] {
      #expect(
        ParameterDistribution.gamma(mean: mean, standardDeviation: sd) == nil, "\(mean) \(sd)")
      #expect(
        ParameterDistribution.lognormal(mean: mean, standardDeviation: sd) == nil, "\(mean) \(sd)")
    }
    // Valid moments whose parameters are not representable: the gamma shape (m/s)² underflows.
    #expect(ParameterDistribution.gamma(mean: 1e-200, standardDeviation: 1e200) == nil)
  }

  // MARK: Validation

  @Test(
    arguments: [
      (.fixed(.nan), "value must be finite, got nan"),
      (.beta(alpha: -1, beta: 2), "alpha must be > 0, got -1.0"),
      (.beta(alpha: 1, beta: 0), "beta must be > 0, got 0.0"),
      (.beta(alpha: .infinity, beta: 1), "alpha must be finite, got inf"),
      (.gamma(shape: .nan, scale: 1), "shape must be > 0, got nan"),
      (.gamma(shape: 2, scale: .infinity), "scale must be finite, got inf"),
      (.lognormal(mu: .infinity, sigma: 1), "mu must be finite, got inf"),
      (.lognormal(mu: 0, sigma: 0), "sigma must be > 0, got 0.0"),
      (.normal(mean: 0, standardDeviation: -2), "standardDeviation must be > 0, got -2.0"),
      (.normal(mean: -.infinity, standardDeviation: 1), "mean must be finite, got -inf"),
      (.uniform(low: 3, high: 3), "low must be < high, got low 3.0 and high 3.0"),
      (.uniform(low: -.infinity, high: 0), "low must be finite, got -inf"),
      (
        .uniform(low: -1e308, high: 1e308),
        "high - low must be finite, got low -1e+308 and high 1e+308"
      ),
      (.triangular(low: 4, mode: 4, high: 0), "low must be < high, got low 4.0 and high 0.0"),
      (
        .triangular(low: 0, mode: 5, high: 4),
        "mode must be between low and high (0.0 ... 4.0), got 5.0"
      ),
      (.triangular(low: 0, mode: .nan, high: 4), "mode must be finite, got nan"),
    ] as [(ParameterDistribution, String)])
  func invalidParametersAreExplained(distribution: ParameterDistribution, reason: String) {
    #expect(distribution.invalidReason == reason)
  }

  @Test(arguments: momentCases + supportCases + [.fixed(3), .triangular(low: 0, mode: 0, high: 1)])
  func validParametersHaveNoReason(distribution: ParameterDistribution) {
    #expect(distribution.invalidReason == nil)
  }
}
