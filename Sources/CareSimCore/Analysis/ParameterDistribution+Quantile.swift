// The standard library has no exp/log/lgamma; take them from the platform C library rather than
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

/// Quantile functions, which a joint draw needs: a Gaussian copula turns a correlated normal
/// vector into parameter values through each marginal's quantile function (see
/// ``JointParameterDistribution``).
///
/// Normal, lognormal, uniform and triangular quantiles are closed forms. Beta and gamma quantiles
/// invert the regularized incomplete beta and gamma functions, evaluated as in Press et al.,
/// "Numerical Recipes" (3rd ed., 2007), §6.2 (the series below a + 1, Lentz's continued fraction
/// above) and §6.4 (the continued fraction, on whichever side of the mean converges), by Newton's
/// method kept inside a shrinking bracket (their `rtsafe`, §9.4), which converges quadratically
/// from a normal or Wilson-Hilferty start and can never leave the support.
extension ParameterDistribution {
  /// The value below which a draw lies with probability `p`.
  ///
  /// - Parameter p: A probability in `0...1`; traps otherwise.
  /// - Returns: The quantile; the support's end at 0 and 1 (infinite for an unbounded end).
  /// - Precondition: ``invalidReason`` is nil.
  public func quantile(_ p: Double) -> Double {
    precondition((0.0...1.0).contains(p), "a probability must be in 0...1, got \(p)")
    if let reason = invalidReason {
      preconditionFailure("no quantile of an invalid distribution \(self): \(reason)")
    }
    switch self {
    case .fixed(let value):
      return value
    case .beta(let alpha, let beta):
      return Self.betaQuantile(p, alpha, beta)
    case .gamma(let shape, let scale):
      return scale * Self.gammaQuantile(p, shape)
    case .lognormal(let mu, let sigma):
      return exp(mu + sigma * StandardNormal.quantile(p))
    case .normal(let mean, let standardDeviation):
      return mean + standardDeviation * StandardNormal.quantile(p)
    case .uniform(let low, let high):
      // Rounding of low + width·p can land on high, never beyond; min keeps that promise exact.
      return min(low + (high - low) * p, high)
    case .triangular(let low, let mode, let high):
      // Inverse of the piecewise-quadratic CDF: with F(mode) = (mode − low)/width, below it
      // x = low + width·√(p·F(mode)), above it x = high − width·√((1 − p)(1 − F(mode))).
      // This form scales by the width only, so it cannot overflow where (b − a)(c − a) would.
      let width = high - low
      let belowMode = (mode - low) / width
      let x =
        p < belowMode
        ? low + width * (p * belowMode).squareRoot()
        : high - width * ((1 - p) * ((high - mode) / width)).squareRoot()
      return min(max(x, low), high)
    }
  }

  /// The value whose normal score is `z`: `F⁻¹(Φ(z))`, what a Gaussian copula maps a normal
  /// draw to.
  ///
  /// Normal and lognormal values are read from `z` directly, with no round trip through a
  /// probability. For the others Φ(z) is kept below 1: above z ≈ 8.3 it rounds to 1, whose
  /// quantile is the support's end (infinite for a gamma); keeping it at the largest double
  /// below 1 moves a probability of 1e-16.
  public func value(atNormalScore z: Double) -> Double {
    switch self {
    case .lognormal(let mu, let sigma):
      exp(mu + sigma * z)
    case .normal(let mean, let standardDeviation):
      mean + standardDeviation * z
    default:
      quantile(min(StandardNormal.cumulativeProbability(z), 1.0.nextDown))
    }
  }

  // MARK: Beta

  /// I_x(a, b), the regularized incomplete beta function: the Beta(a, b) CDF at x.
  ///
  /// Its error is that of the prefactor's log-gammas, whose differences lose about
  /// `lgamma(a + b) · ε` (1e-10 relative at shapes of 10⁵; 1e-15 at shapes near 1), and the
  /// continued fraction's, stopped at a relative step of 1e-15.
  static func betaProbability(_ x: Double, _ a: Double, _ b: Double) -> Double {
    if x <= 0 { return 0 }
    if x >= 1 { return 1 }
    let logFront = lgamma(a + b) - lgamma(a) - lgamma(b) + a * log(x) + b * log1p(-x)
    // The continued fraction converges fast below the mean-like point (a + 1)/(a + b + 2); above
    // it, the symmetry I_x(a, b) = 1 − I_{1−x}(b, a) keeps it there.
    if x < (a + 1) / (a + b + 2) {
      return exp(logFront) * betaContinuedFraction(x, a, b) / a
    }
    return 1 - exp(logFront) * betaContinuedFraction(1 - x, b, a) / b
  }

  /// The continued fraction of I_x(a, b) by Lentz's method (Numerical Recipes §5.2, §6.4).
  ///
  /// It needs O(√max(a, b)) terms; 10,000 covers shapes up to 10⁸.
  private static func betaContinuedFraction(_ x: Double, _ a: Double, _ b: Double) -> Double {
    let tiny = 1e-300
    func guarded(_ value: Double) -> Double { abs(value) < tiny ? tiny : value }
    var c = 1.0
    var d = 1 / guarded(1 - (a + b) * x / (a + 1))
    var h = d
    for m in 1...10_000 {
      let m = Double(m)
      let even = m * (b - m) * x / ((a - 1 + 2 * m) * (a + 2 * m))
      d = 1 / guarded(1 + even * d)
      c = guarded(1 + even / c)
      h *= d * c
      let odd = -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 1 + 2 * m))
      d = 1 / guarded(1 + odd * d)
      c = guarded(1 + odd / c)
      let step = d * c
      h *= step
      if abs(step - 1) < 1e-15 { break }
    }
    return h
  }

  static func betaQuantile(_ p: Double, _ a: Double, _ b: Double) -> Double {
    if p == 0 { return 0 }
    if p == 1 { return 1 }
    let logNormaliser = lgamma(a + b) - lgamma(a) - lgamma(b)
    // Start from the normal approximation with the beta's moments, inside (0, 1).
    let mean = a / (a + b)
    let spread = (a * b / ((a + b) * (a + b) * (a + b + 1))).squareRoot()
    let start = mean + spread * StandardNormal.quantile(p)
    return invert(
      p, in: 0, 1, from: start > 0 && start < 1 ? start : mean,
      probability: { betaProbability($0, a, b) },
      density: { x in exp(logNormaliser + (a - 1) * log(x) + (b - 1) * log1p(-x)) })
  }

  // MARK: Gamma

  /// P(a, x), the regularized lower incomplete gamma function: the Gamma(a, 1) CDF at x.
  ///
  /// The series below a + 1, the continued fraction (Lentz) above, as in Numerical Recipes §6.2;
  /// each needs O(√a) terms there.
  static func gammaProbability(_ x: Double, _ a: Double) -> Double {
    if x <= 0 { return 0 }
    if x == .infinity { return 1 }
    let logFront = -x + a * log(x) - lgamma(a)
    if x < a + 1 {
      var term = 1 / a
      var sum = term
      var next = a
      for _ in 0..<10_000 {
        next += 1
        term *= x / next
        sum += term
        if abs(term) < abs(sum) * 1e-16 { break }
      }
      return sum * exp(logFront)
    }
    let tiny = 1e-300
    func guarded(_ value: Double) -> Double { abs(value) < tiny ? tiny : value }
    var b = x + 1 - a
    var c = 1 / tiny
    var d = 1 / b
    var h = d
    for i in 1...10_000 {
      let i = Double(i)
      let an = -i * (i - a)
      b += 2
      d = 1 / guarded(an * d + b)
      c = guarded(b + an / c)
      let step = d * c
      h *= step
      if abs(step - 1) < 1e-15 { break }
    }
    return 1 - exp(logFront) * h
  }

  static func gammaQuantile(_ p: Double, _ a: Double) -> Double {
    if p == 0 { return 0 }
    if p == 1 { return .infinity }
    // Wilson and Hilferty (1931): (X/a)^(1/3) is nearly normal with mean 1 − 1/(9a) and
    // variance 1/(9a).
    let cube = 1 - 1 / (9 * a) + StandardNormal.quantile(p) / (3 * a.squareRoot())
    let start = a * cube * cube * cube
    let logNormaliser = -lgamma(a)
    return invert(
      p, in: 0, .infinity, from: start > 0 ? start : a,
      probability: { gammaProbability($0, a) },
      density: { x in exp(logNormaliser + (a - 1) * log(x) - x) })
  }

  // MARK: Inversion

  /// The x in `low...high` with `probability(x) = p`, by Newton's method inside a bracket.
  ///
  /// Each step keeps the bracket [low, high] around the root: a Newton step that would leave it,
  /// or a density of 0, bisects instead (or, with no upper end yet, doubles x). It stops when a
  /// step moves x by less than 1e-15 of itself, or the bracket is that narrow; 200 steps halve
  /// any double interval to its last bit.
  private static func invert(
    _ p: Double, in low: Double, _ high: Double, from start: Double,
    probability: (Double) -> Double, density: (Double) -> Double
  ) -> Double {
    var low = low
    var high = high
    var x = start
    for _ in 0..<200 {
      let excess = probability(x) - p
      if excess == 0 { return x }
      if excess < 0 { low = x } else { high = x }
      var next = x - excess / density(x)
      if !(next > low && next < high) {
        next = high.isFinite ? low + (high - low) / 2 : 2 * x
      }
      if abs(next - x) <= 1e-15 * abs(next) || (high - low) <= 1e-15 * abs(next) {
        return next
      }
      x = next
    }
    return x
  }
}
