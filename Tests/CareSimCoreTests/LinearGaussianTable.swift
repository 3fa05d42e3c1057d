import CareSimCore
import Foundation

/// A PSA table whose net benefit is linear in independent normal parameters plus normal noise,
/// NB = a + Σ bⱼ θⱼ + ε with θⱼ ~ N(0, σⱼ²) and ε ~ N(0, s²), so that EVPI and every EVPPI have
/// closed forms: E[NB | θ_G] ~ N(a, Σ_{j∈G} bⱼ²σⱼ²), and for X ~ N(a, v),
/// E[max(0, X)] − max(0, a) = a·Φ(a/√v) + √v·φ(a/√v) − max(0, a).
struct LinearGaussianTable {
  var intercept: Double
  var slopes: [Double]
  var spreads: [Double]
  var noise: Double
  var count: Int
  var seed: UInt64

  /// The table, with a standard-error column when there is noise; the QALYs are 0, so the net
  /// benefit is the same at every value of a QALY.
  var table: DecisionTable {
    DecisionTable(
      parameterNames: slopes.indices.map { "p\($0)" }, parameterValues: parameters,
      netBenefits: [.society: netBenefits],
      standardErrors: noise > 0 ? [.society: [Double](repeating: noise, count: count)] : [:],
      qalyGains: [Double](repeating: 0, count: count))
  }

  var parameters: [[Double]] {
    var generator = SplitMix64(seed: seed)
    return spreads.map { spread in (0..<count).map { _ in spread * standardNormalDraw(&generator) }
    }
  }

  /// The conditional mean given the parameters of a group, on the table's own sets.
  func conditionalMean(given group: [Int]) -> [Double] {
    let parameters = parameters
    return (0..<count).map { set in
      group.reduce(intercept) { $0 + slopes[$1] * parameters[$1][set] }
    }
  }

  var netBenefits: [Double] {
    var generator = SplitMix64(seed: seed ^ 0xA5A5)
    return conditionalMean(given: Array(slopes.indices)).map {
      $0 + noise * standardNormalDraw(&generator)
    }
  }

  /// The closed-form value of learning a group (all parameters and, with `noise`, the noise too).
  func closedForm(_ group: [Int], withNoise: Bool = false) -> Double {
    let variance =
      group.reduce(0) { $0 + slopes[$1] * slopes[$1] * spreads[$1] * spreads[$1] }
      + (withNoise ? noise * noise : 0)
    return closedForm(spread: variance.squareRoot())
  }

  /// The closed-form value of learning a conditional mean N(a, σ²).
  func closedForm(spread: Double) -> Double {
    Self.expectedPositivePart(mean: intercept, variance: spread * spread) - max(0, intercept)
  }

  /// The standard deviation of the group's part of the net benefit, √Σ bⱼ²σⱼ².
  func spread(_ group: [Int]) -> Double {
    group.reduce(0) { $0 + slopes[$1] * slopes[$1] * spreads[$1] * spreads[$1] }.squareRoot()
  }

  static func expectedPositivePart(mean: Double, variance: Double) -> Double {
    guard variance > 0 else { return max(0, mean) }
    let deviation = variance.squareRoot()
    let z = mean / deviation
    return mean * StandardNormal.cumulativeProbability(z) + deviation * exp(-z * z / 2)
      / (2 * Double.pi).squareRoot()
  }

  /// The degrees of freedom ν of the estimators' fit of `benefits` on a group of parameters: the
  /// sum of each member's smoother's leverages at the span it chooses (the fitting-error model of
  /// ValueOfInformationTests: a fit errs at each set by about r·√(ν/n), r the residual spread).
  static func degreesOfFreedom(
    _ group: [Int], parameters: [[Double]], benefits: [Double]
  ) -> Double {
    group.reduce(0.0) { total, index in
      let smoother = LocalLinearSmoother(input: parameters[index])
      let span = smoother.fit(benefits).span
      return total + smoother.smooth(benefits, span: span).leverage.reduce(0, +)
    }
  }

  /// The sampling standard error of the value of information computed from `states` (a value of
  /// learning on n sets is a mean of n terms max(0, x) − 1{mean > 0}·x, so its error is their
  /// standard deviation over √n).
  static func samplingError(_ states: [Double]) -> Double {
    let mean = states.reduce(0, +) / Double(states.count)
    var moments = RunningMoments()
    for state in states { moments.add(max(0, state) - (mean > 0 ? state : 0)) }
    return moments.standardError
  }
}

/// A standard normal draw, by inverting the normal distribution at one 53-bit uniform.
func standardNormalDraw(_ generator: inout SplitMix64) -> Double {
  StandardNormal.quantile((Double(generator.next() >> 11) + 0.5) / 9_007_199_254_740_992)
}
