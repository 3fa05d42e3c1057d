// The standard library has no exp/log1p; take them from the platform C library rather than
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

/// Monthly discount factors derived from an annual discount rate.
///
/// The simulation runs in months while guidelines state rates per year, so month m is discounted by
/// (1 + r)^(−m/12), which compounds to exactly 1/(1 + r) per year. The Dutch guideline for economic
/// evaluations in healthcare (Zorginstituut Nederland 2016, "Richtlijn voor het uitvoeren van
/// economische evaluaties in de gezondheidszorg") sets 4% for costs and 1.5% for effects; its 2024
/// revision is reported to lower the cost rate to 3%, so scenarios should name the version they use.
public struct Discounting: Sendable, Equatable {
  /// The annual discount rate r, as a fraction (0.04 for 4%).
  public let annualRate: Double

  // log(1 + r), computed once. log1p keeps the rate's full precision: pow(1 + r, −m/12) would
  // round 1 + r first (relative error up to u = 2⁻⁵³) and the exponent multiplies that error by
  // m/12, so tens of ulps after 50 years. exp(t) with t = −m/12 · log1p(r) is off by at most about
  // 2 + 4|t| ulps (t carries ~4u relative error from log1p and two roundings; exp adds ≤ 1 ulp),
  // and |t| ≈ 2 after 50 years at 4%.
  private let logGrowthPerYear: Double

  /// Creates discount factors for an annual rate.
  ///
  /// - Parameter annualRate: The rate r per year as a fraction; must be greater than −1 so that
  ///   1 + r is positive. Negative rates (growth in value) are allowed.
  public init(annualRate: Double) {
    precondition(annualRate > -1, "annual rate must be greater than -1, got \(annualRate)")
    precondition(annualRate.isFinite, "annual rate must be finite, got \(annualRate)")
    self.annualRate = annualRate
    self.logGrowthPerYear = log1p(annualRate)
  }

  /// The discount factor (1 + r)^(−month/12) for a month counted from the start of the simulation.
  ///
  /// - Parameter month: Months elapsed, 0 or more; month 0 is undiscounted (factor exactly 1).
  /// - Returns: The factor by which a value arising in `month` is multiplied.
  public func factor(month: Int) -> Double {
    precondition(month >= 0, "month must be non-negative, got \(month)")
    return exp(-(Double(month) / 12) * logGrowthPerYear)
  }

  /// The discount factors for months `0..<months`, for hot loops that index by month.
  ///
  /// Each element equals `factor(month:)` exactly; they are computed independently rather than by
  /// repeated multiplication, which would accumulate one rounding per month.
  ///
  /// - Parameter months: The number of months, 0 or more.
  /// - Returns: An array whose element m is `factor(month: m)`.
  public func factors(months: Int) -> [Double] {
    precondition(months >= 0, "months must be non-negative, got \(months)")
    return (0..<months).map { factor(month: $0) }
  }
}
