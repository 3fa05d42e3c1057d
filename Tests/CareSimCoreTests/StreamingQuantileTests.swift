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

/// SplitMix64 (Steele, Lea & Flood 2014), the seeding generator of xoshiro; enough for a test.
private struct SplitMix64: RandomNumberGenerator {
  var state: UInt64

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  // Uniform on [0, 1) from the top 53 bits: written out rather than `Double.random(in:using:)` so
  // the draws cannot change with the standard library's implementation.
  mutating func nextUniform() -> Double {
    Double(next() >> 11) * 0x1p-53
  }
}

private enum Distribution: String, CaseIterable, CustomStringConvertible, Sendable {
  case uniform
  case exponential

  var description: String { rawValue }

  /// Draws by inversion: U(0, 1), and −log(1 − U) for Exp(1).
  func draw(using generator: inout SplitMix64) -> Double {
    let u = generator.nextUniform()
    switch self {
    case .uniform: return u
    case .exponential: return -log1p(-u)
    }
  }

  func quantile(_ p: Double) -> Double {
    switch self {
    case .uniform: return p
    case .exponential: return -log1p(-p)
    }
  }

  func density(at x: Double) -> Double {
    switch self {
    case .uniform: return 1
    case .exponential: return exp(-x)
    }
  }
}

@Suite struct StreamingQuantileTests {
  // Error model: a sample p-quantile of n draws is asymptotically normal around the true quantile
  // q with standard error √(p(1 − p)/n) / f(q), f the density (e.g. Serfling 1980, §2.3.3). P²
  // adds an approximation error that is small next to this for smooth densities at n = 10,000, so
  // the estimate should lie within z = 4 standard errors (a two-sided 6·10⁻⁵ chance per check for
  // the exact sample quantile). Uniform: q = p, f = 1. Exp(1): q = −log(1 − p), f(q) = 1 − p.
  @Test(arguments: Distribution.allCases, [1, 42, 20_240_601] as [UInt64])
  fileprivate func estimateLiesWithinFourStandardErrors(distribution: Distribution, seed: UInt64) {
    let probabilities = [0.05, 0.5, 0.95]
    let n = 10_000
    var estimators = probabilities.map { StreamingQuantile(probability: $0) }
    var generator = SplitMix64(state: seed)
    for _ in 0..<n {
      let x = distribution.draw(using: &generator)
      for i in estimators.indices { estimators[i].add(x) }
    }

    for (p, estimator) in zip(probabilities, estimators) {
      let q = distribution.quantile(p)
      let standardError = (p * (1 - p) / Double(n)).squareRoot() / distribution.density(at: q)
      #expect(estimator.count == n)
      #expect(abs(estimator.estimate - q) <= 4 * standardError, "p = \(p)")
    }
  }

  @Test func noObservationsGiveNaN() {
    #expect(StreamingQuantile(probability: 0.5).estimate.isNaN)
    #expect(StreamingQuantile(probability: 0.5).count == 0)
  }

  // Until the markers are initialised the estimator holds the whole sample, so it must agree
  // exactly with the type-7 quantile of what it has seen, for every prefix.
  @Test(arguments: [0.05, 0.25, 0.5, 0.9])
  func upToFiveObservationsGiveTheExactQuantile(p: Double) {
    let data = [3.5, -1, 2, 10, 0]
    var estimator = StreamingQuantile(probability: p)
    for (seen, x) in data.enumerated() {
      estimator.add(x)
      let expected = Quantiles.value(p, sorted: data[...seen].sorted())
      #expect(estimator.count == seen + 1)
      #expect(estimator.estimate == expected, "after \(seen + 1) observations")
    }
  }

  // With equal heights every parabolic and linear update moves a marker by exactly 0.
  @Test(arguments: [0.05, 0.5, 0.95])
  func constantInputGivesThatConstant(p: Double) {
    var estimator = StreamingQuantile(probability: p)
    for _ in 0..<1000 { estimator.add(7.25) }
    #expect(estimator.estimate == 7.25)
  }

  @Test func sameObservationsInSameOrderGiveIdenticalState() {
    var first = StreamingQuantile(probability: 0.95)
    var second = StreamingQuantile(probability: 0.95)
    var generator = SplitMix64(state: 7)
    for _ in 0..<1000 {
      let x = Distribution.exponential.draw(using: &generator)
      first.add(x)
      second.add(x)
    }
    #expect(first == second)
    #expect(first.estimate == second.estimate)
  }

  // Monotone input lands in an outer cell every time, the hardest case for rank bookkeeping.
  // For data 1...n the heights are the ranks: the P² parabola through collinear markers is their
  // line, so every marker update moves height and rank together (to rounding). The only error
  // left is the marker's rank, which P² keeps within one of the desired rank 1 + (n − 1)·p, the
  // type-7 sample quantile of 1...n. Hence |estimate − (1 + (n − 1)·p)| ≤ 1, with no sampling error.
  @Test(arguments: [0.05, 0.5, 0.95], [false, true])
  func monotoneInputTracksTheRank(p: Double, descending: Bool) {
    let n = 10_000
    var estimator = StreamingQuantile(probability: p)
    let data = (1...n).map(Double.init)
    for x in descending ? data.reversed() : data { estimator.add(x) }
    #expect(abs(estimator.estimate - (1 + Double(n - 1) * p)) <= 1)
  }

  #if compiler(>=6.2)
  @Test func probabilityOutsideOpenUnitIntervalTraps() async {
    await #expect(processExitsWith: .failure) { _ = StreamingQuantile(probability: 0) }
    await #expect(processExitsWith: .failure) { _ = StreamingQuantile(probability: 1) }
  }

  @Test func nonFiniteObservationTraps() async {
    await #expect(processExitsWith: .failure) {
      var estimator = StreamingQuantile(probability: 0.5)
      estimator.add(.nan)
    }
  }
  #endif
}
