// The standard library has no exp/log/cos; take them from the platform C library rather than
// Foundation, which Core avoids (STYLE.md, convention 1).
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#elseif canImport(ucrt)
import ucrt
#endif

/// A distribution of a scenario parameter for probabilistic sensitivity analysis.
///
/// PSA replaces each uncertain input by a distribution and reruns the model on draws from them.
/// The families are the ones health-economic guidance recommends by kind of parameter (Briggs,
/// Claxton and Sculpher 2006, "Decision Modelling for Health Economic Evaluation", ch. 4): beta
/// for probabilities and shares, gamma or lognormal for costs and relative risks, normal for
/// unbounded effects, uniform and triangular when only a range (and a most likely value) is known.
///
/// Every draw is a pure function of the generator's state, so a fixed seed reproduces a PSA run.
/// Check ``invalidReason`` before use: the moments of an invalid distribution are meaningless and
/// ``sample(using:)`` traps on one.
public enum ParameterDistribution: Sendable, Equatable {
  /// Always the given value; draws consume no randomness.
  case fixed(Double)
  /// Beta(α, β) on [0, 1], for probabilities and shares.
  case beta(alpha: Double, beta: Double)
  /// Gamma with shape k and scale θ (mean kθ), for costs and relative risks.
  case gamma(shape: Double, scale: Double)
  /// exp(N(μ, σ²)); `mu` and `sigma` are the mean and standard deviation of the underlying normal.
  case lognormal(mu: Double, sigma: Double)
  /// Normal with the given mean and standard deviation.
  case normal(mean: Double, standardDeviation: Double)
  /// Uniform on [low, high).
  case uniform(low: Double, high: Double)
  /// Triangular on [low, high] with its peak at `mode`.
  case triangular(low: Double, mode: Double, high: Double)
}

// MARK: - Moments

extension ParameterDistribution {
  /// The analytic mean.
  public var mean: Double {
    switch self {
    case .fixed(let value):
      return value
    case .beta(let alpha, let beta):
      return alpha / (alpha + beta)
    case .gamma(let shape, let scale):
      return shape * scale
    case .lognormal(let mu, let sigma):
      return exp(mu + sigma * sigma / 2)
    case .normal(let mean, _):
      return mean
    case .uniform(let low, let high):
      // low + width/2 rather than (low + high)/2: the width is validated finite, the sum is not.
      return low + (high - low) / 2
    case .triangular(let low, let mode, let high):
      return low + ((mode - low) + (high - low)) / 3
    }
  }

  /// The analytic variance.
  public var variance: Double {
    switch self {
    case .fixed:
      return 0
    case .beta(let alpha, let beta):
      let total = alpha + beta
      return alpha * beta / (total * total * (total + 1))
    case .gamma(let shape, let scale):
      return shape * scale * scale
    case .lognormal(let mu, let sigma):
      // (e^{σ²} − 1)·e^{2μ+σ²}; expm1 keeps full precision when σ is small.
      let s2 = sigma * sigma
      return expm1(s2) * exp(2 * mu + s2)
    case .normal(_, let standardDeviation):
      return standardDeviation * standardDeviation
    case .uniform(let low, let high):
      let width = high - low
      return width * width / 12
    case .triangular(let low, let mode, let high):
      // (a² + b² + c² − ab − ac − bc)/18 rewritten in offsets from `low`, p = c − a and q = b − a,
      // as (p² + q² − pq)/18: the textbook form cancels catastrophically far from zero.
      let p = mode - low
      let q = high - low
      return (p * p + q * (q - p)) / 18
    }
  }
}

// MARK: - Validation

extension ParameterDistribution {
  /// Why the parameters do not define a distribution, or nil when they do.
  ///
  /// The scenario reader prefixes the reason with the field path, so the reason names the
  /// parameter and its value (for example "alpha must be > 0, got -1.0"). Spreads must be strictly
  /// positive: a parameter without uncertainty is ``fixed(_:)``, which says so explicitly.
  public var invalidReason: String? {
    switch self {
    case .fixed(let value):
      return finiteReason("value", value)
    case .beta(let alpha, let beta):
      return positiveReason("alpha", alpha) ?? positiveReason("beta", beta)
    case .gamma(let shape, let scale):
      return positiveReason("shape", shape) ?? positiveReason("scale", scale)
    case .lognormal(let mu, let sigma):
      return finiteReason("mu", mu) ?? positiveReason("sigma", sigma)
    case .normal(let mean, let standardDeviation):
      return finiteReason("mean", mean)
        ?? positiveReason("standardDeviation", standardDeviation)
    case .uniform(let low, let high):
      return finiteReason("low", low) ?? finiteReason("high", high)
        ?? rangeReason(low: low, high: high)
    case .triangular(let low, let mode, let high):
      if let reason = finiteReason("low", low) ?? finiteReason("mode", mode)
        ?? finiteReason("high", high) ?? rangeReason(low: low, high: high)
      {
        return reason
      }
      guard low <= mode && mode <= high else {
        return "mode must be between low and high (\(low) ... \(high)), got \(mode)"
      }
      return nil
    }
  }
}

private func finiteReason(_ name: String, _ value: Double) -> String? {
  value.isFinite ? nil : "\(name) must be finite, got \(value)"
}

private func positiveReason(_ name: String, _ value: Double) -> String? {
  // `value > 0` is false for NaN, so NaN is reported here too.
  guard value > 0 else { return "\(name) must be > 0, got \(value)" }
  return finiteReason(name, value)
}

private func rangeReason(low: Double, high: Double) -> String? {
  guard low < high else { return "low must be < high, got low \(low) and high \(high)" }
  // Sampling scales by the width; two finite bounds can still be more than Double.max apart.
  guard (high - low).isFinite else {
    return "high - low must be finite, got low \(low) and high \(high)"
  }
  return nil
}

// MARK: - Method of moments

extension ParameterDistribution {
  /// The beta distribution with the given mean and standard deviation, or nil if none exists.
  ///
  /// Matches the first two moments (Briggs, Claxton and Sculpher 2006, ch. 4): with
  /// c = m(1 − m)/s² − 1, α = m·c and β = (1 − m)·c. A beta distribution needs 0 < m < 1 and
  /// 0 < s² < m(1 − m), so that c > 0.
  ///
  /// - Parameters:
  ///   - mean: The mean m.
  ///   - standardDeviation: The standard deviation s.
  /// - Returns: `.beta(alpha:beta:)`, or nil when the moments are impossible for a beta.
  public static func beta(mean: Double, standardDeviation: Double) -> ParameterDistribution? {
    let m = mean
    let s = standardDeviation
    guard m > 0 && m < 1 && s > 0 && s.isFinite && s * s < m * (1 - m) else { return nil }
    let common = m * (1 - m) / (s * s) - 1
    return validated(.beta(alpha: m * common, beta: (1 - m) * common))
  }

  /// The gamma distribution with the given mean and standard deviation, or nil if none exists.
  ///
  /// Matches the first two moments (Briggs, Claxton and Sculpher 2006, ch. 4): shape (m/s)² and
  /// scale s²/m. Needs m > 0 and s > 0.
  ///
  /// - Parameters:
  ///   - mean: The mean m.
  ///   - standardDeviation: The standard deviation s.
  /// - Returns: `.gamma(shape:scale:)`, or nil when the moments are impossible for a gamma.
  public static func gamma(mean: Double, standardDeviation: Double) -> ParameterDistribution? {
    let m = mean
    let s = standardDeviation
    guard m > 0 && m.isFinite && s > 0 && s.isFinite else { return nil }
    let ratio = m / s
    return validated(.gamma(shape: ratio * ratio, scale: s / ratio))
  }

  /// The lognormal distribution with the given mean and standard deviation, or nil if none exists.
  ///
  /// Matches the first two moments of the lognormal itself, not of its logarithm (Briggs, Claxton
  /// and Sculpher 2006, ch. 4): σ² = log(1 + (s/m)²) and μ = log m − σ²/2. Needs m > 0, s > 0.
  ///
  /// - Parameters:
  ///   - mean: The mean m of the lognormal variable.
  ///   - standardDeviation: The standard deviation s of the lognormal variable.
  /// - Returns: `.lognormal(mu:sigma:)`, or nil when the moments are impossible for a lognormal.
  public static func lognormal(mean: Double, standardDeviation: Double) -> ParameterDistribution? {
    let m = mean
    let s = standardDeviation
    guard m > 0 && m.isFinite && s > 0 && s.isFinite else { return nil }
    let cv = s / m
    // log1p keeps the precision of small coefficients of variation, where 1 + cv² rounds.
    let s2 = log1p(cv * cv)
    return validated(.lognormal(mu: log(m) - s2 / 2, sigma: s2.squareRoot()))
  }

  // The inputs can be valid yet the parameters overflow or underflow (a tiny mean over a huge
  // standard deviation squares to a zero gamma shape); refuse those rather than return them.
  private static func validated(_ distribution: ParameterDistribution) -> ParameterDistribution? {
    distribution.invalidReason == nil ? distribution : nil
  }
}

// MARK: - Sampling

extension ParameterDistribution {
  /// Draws one value.
  ///
  /// Deterministic for a given generator state. How many generator words a draw consumes is
  /// fixed per family except for the rejection samplers: none for `fixed`, one for `uniform` and
  /// `triangular`, two for `normal` and `lognormal`, a variable number for `gamma` and `beta`.
  /// Algorithms: Box and Muller (1958) for the normal; Marsaglia and Tsang (2000) for the gamma,
  /// with their U^(1/a) boost for shapes below 1; a beta as X/(X + Y) of two gammas (Devroye
  /// 1986, "Non-Uniform Random Variate Generation", ch. IX); the inverse CDF for the uniform
  /// and the triangular.
  ///
  /// - Parameter generator: The source of randomness; uniforms use its 53 top bits.
  /// - Returns: A draw; in [0, 1] for beta, > 0 for lognormal and for gamma (except that a gamma
  ///   with shape below about 0.05 may underflow to 0, as its true value would), in [low, high]
  ///   for uniform and triangular.
  /// - Precondition: ``invalidReason`` is nil.
  public func sample(using generator: inout some RandomNumberGenerator) -> Double {
    if let reason = invalidReason {
      preconditionFailure("cannot sample an invalid distribution \(self): \(reason)")
    }
    switch self {
    case .fixed(let value):
      return value
    case .beta(let alpha, let beta):
      let x = Self.gammaVariate(shape: alpha, using: &generator)
      let y = Self.gammaVariate(shape: beta, using: &generator)
      // X/(X + Y) with X = x.mantissa·e^{x.logFactor}, divided through by e^{x.logFactor}.
      // Both log factors are 0 for shapes ≥ 1, so this is exactly x/(x + y) there; for small
      // shapes it stays in [0, 1] where X and Y would both underflow and give 0/0.
      let ratio = exp(y.logFactor - x.logFactor)
      return x.mantissa / (x.mantissa + y.mantissa * ratio)
    case .gamma(let shape, let scale):
      let x = Self.gammaVariate(shape: shape, using: &generator)
      return scale * x.mantissa * exp(x.logFactor)
    case .lognormal(let mu, let sigma):
      return exp(mu + sigma * Self.standardNormal(using: &generator))
    case .normal(let mean, let standardDeviation):
      return mean + standardDeviation * Self.standardNormal(using: &generator)
    case .uniform, .triangular:
      // By the inverse CDF (``quantile(_:)``), from one uniform.
      return quantile(Self.unitInterval(using: &generator))
    }
  }

  /// A uniform double in [0, 1) from the generator's 53 top bits.
  private static func unitInterval(using generator: inout some RandomNumberGenerator) -> Double {
    SplitMix64.unitInterval(generator.next())
  }

  /// A standard normal deviate by the Box–Muller transform.
  ///
  /// Box and Muller (1958), "A Note on the Generation of Random Normal Deviates", Annals of
  /// Mathematical Statistics 29(2), 610–611: for independent uniforms U₁ ∈ (0, 1] and U₂,
  /// √(−2 ln U₁)·cos(2πU₂) and √(−2 ln U₁)·sin(2πU₂) are independent standard normals.
  ///
  /// Only the cosine deviate is returned and the sine one discarded. An enum case has no storage
  /// to cache it in, and a cache would make a draw depend on earlier calls rather than on the
  /// generator alone; the price is one log, square root and cosine per deviate instead of per
  /// two. Each deviate consumes exactly two generator words (U₁ first). With 53-bit uniforms,
  /// U₁ ≥ 2⁻⁵³, so |Z| ≤ √(106 ln 2) ≈ 8.57: the tail beyond it has probability about 1e-17.
  private static func standardNormal(using generator: inout some RandomNumberGenerator) -> Double {
    // 1 − u maps [0, 1) onto (0, 1] exactly (every k·2⁻⁵³ is representable), so log is finite.
    let u1 = 1 - unitInterval(using: &generator)
    let u2 = unitInterval(using: &generator)
    return (-2 * log(u1)).squareRoot() * cos(2 * Double.pi * u2)
  }

  /// A Gamma(shape, 1) deviate as mantissa·e^{logFactor}, by Marsaglia and Tsang's method.
  ///
  /// Marsaglia and Tsang (2000), "A Simple Method for Generating Gamma Variables", ACM
  /// Transactions on Mathematical Software 26(3), 363–372. For a ≥ 1, with d = a − 1/3 and
  /// c = 1/√(9d): draw a normal x and a uniform u, let v = (1 + cx)³, and accept d·v when v > 0
  /// and u < 1 − 0.0331x⁴ (the squeeze) or ln u < x²/2 + d(1 − v + ln v); otherwise repeat.
  /// Acceptance exceeds 95% for every a ≥ 1. For a < 1 they boost: if X ~ Gamma(a + 1) and U is
  /// uniform, X·U^(1/a) ~ Gamma(a).
  ///
  /// The boost factor is returned as its logarithm ln(U)/a rather than applied, because for small
  /// shapes U^(1/a) underflows while a beta's ratio of two such draws is still well defined. For
  /// a ≥ 1, logFactor is 0.
  private static func gammaVariate(
    shape: Double, using generator: inout some RandomNumberGenerator
  ) -> (mantissa: Double, logFactor: Double) {
    guard shape >= 1 else {
      let boosted = gammaVariate(shape: shape + 1, using: &generator)
      // U in (0, 1] so that the logarithm is finite.
      let u = 1 - unitInterval(using: &generator)
      return (boosted.mantissa, log(u) / shape)
    }
    let d = shape - 1.0 / 3
    let c = 1 / (9 * d).squareRoot()
    while true {
      let x = standardNormal(using: &generator)
      let t = 1 + c * x
      guard t > 0 else { continue }
      let v = t * t * t
      let u = unitInterval(using: &generator)
      let x2 = x * x
      if u < 1 - 0.0331 * x2 * x2 || log(u) < x2 / 2 + d * (1 - v + log(v)) {
        return (d * v, 0)
      }
    }
  }
}
