// atan, sin and cos from the platform C library rather than Foundation, which Core avoids
// (STYLE.md, convention 1).
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#elseif canImport(ucrt)
import ucrt
#endif

/// Student's t distribution with whole degrees of freedom: the test of a difference between two
/// results whose standard errors come from few replications.
///
/// A standard error estimated from n replications is itself uncertain; a difference divided by
/// it follows t with n − 1 degrees of freedom, not the normal, and the normal's 1.96 marks too
/// many differences at a few replications (t's 95% point is 2.78 at 5 replications).
public enum StudentT {
  /// The probability that |T| ≤ `t`, for `t` ≥ 0.
  ///
  /// The finite series of Abramowitz and Stegun, Handbook of Mathematical Functions, 26.7.3 (odd
  /// degrees of freedom) and 26.7.4 (even), in θ = atan(t/√ν): exact for whole ν, to rounding.
  static func centralProbability(_ t: Double, degreesOfFreedom nu: Int) -> Double {
    let theta = atan(t / Double(nu).squareRoot())
    let (sine, cosine) = (sin(theta), cos(theta))
    let cosineSquared = cosine * cosine
    if nu % 2 == 0 {
      // sinθ (1 + ½cos²θ + (1·3)/(2·4) cos⁴θ + ... up to cos^(ν−2)θ)
      var term = 1.0
      var sum = 1.0
      for k in stride(from: 2, through: nu - 2, by: 2) {
        term *= Double(k - 1) / Double(k) * cosineSquared
        sum += term
      }
      return sine * sum
    }
    guard nu > 1 else { return 2 * theta / .pi }
    // (2/π)(θ + sinθ cosθ (1 + (2/3)cos²θ + (2·4)/(3·5) cos⁴θ + ... up to cos^(ν−3)θ))
    var term = 1.0
    var sum = 1.0
    for k in stride(from: 3, through: nu - 2, by: 2) {
      term *= Double(k - 1) / Double(k) * cosineSquared
      sum += term
    }
    return 2 / .pi * (theta + sine * cosine * sum)
  }

  /// The two-sided critical value at `level`: the t with P(|T| ≤ t) = `level`.
  ///
  /// Up to 1,000 degrees of freedom, bisection on ``centralProbability(_:degreesOfFreedom:)`` to
  /// the last bit; beyond, where that series grows long, the Cornish-Fisher expansion about the
  /// normal's quantile (Abramowitz and Stegun 26.7.5), whose error falls as ν⁻⁵: below 1e-14
  /// there.
  ///
  /// - Parameters:
  ///   - level: The probability inside ±t, in 0..<1 (0.95 for the 95% test).
  ///   - nu: The degrees of freedom, at least 1.
  /// - Returns: t, above the normal's point at `level`.
  public static func twoSidedCriticalValue(level: Double = 0.95, degreesOfFreedom nu: Int)
    -> Double
  {
    precondition((0..<1).contains(level), "a level must be in 0..<1, got \(level)")
    precondition(nu >= 1, "degrees of freedom must be at least 1, got \(nu)")
    let z = StandardNormal.quantile(0.5 + level / 2)
    guard nu <= 1_000 else {
      let (v, z2) = (Double(nu), z * z)
      let g1 = z * (z2 + 1) / 4
      let g2 = z * ((5 * z2 + 16) * z2 + 3) / 96
      let g3 = z * (((3 * z2 + 19) * z2 + 17) * z2 - 15) / 384
      let g4 = z * ((((79 * z2 + 776) * z2 + 1482) * z2 - 1920) * z2 - 945) / 92_160
      return z + (g1 + (g2 + (g3 + g4 / v) / v) / v) / v
    }
    // t lies above the normal's quantile; double the bracket until it holds t.
    var (low, high) = (z, 2 * z + 1)
    while centralProbability(high, degreesOfFreedom: nu) < level { (low, high) = (high, 2 * high) }
    while true {
      let middle = (low + high) / 2
      guard middle > low && middle < high else { return high }
      if centralProbability(middle, degreesOfFreedom: nu) < level {
        low = middle
      } else {
        high = middle
      }
    }
  }
}
