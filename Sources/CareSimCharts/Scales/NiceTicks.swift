/// Tick values at round numbers (1, 2 or 5 times a power of ten) covering a data range.
///
/// Heckbert's "nice numbers" (Heckbert, P. S. (1990). Nice numbers for graph labels. In
/// A. Glassner (ed.), Graphics Gems, pp. 61–63, Academic Press): the step is the nice number
/// nearest (range / (n − 1)), and with loose labelling the axis runs from the step multiple at or
/// below the data minimum to the one at or above the maximum, so the end ticks frame the data.
/// With a fixed domain (tight labelling) the ticks are the step multiples inside it. Heckbert's
/// routine first rounds the range itself up to a nice number; we divide the raw range, which
/// keeps the count nearer the target (0–36 months with four ticks wanted: steps of 10, where the
/// rounded range of 50 gives steps of 20).
///
/// Tick values are computed as (k·f)·10ᵉ or (k·f)/10⁻ᵉ with k, f integers, not as k times the
/// step, so 0.3 is 0.3 and not 0.30000000000000004. Degenerate input never traps: a constant
/// range is widened around its value, non-finite bounds give [0, 1], and a range too large for
/// doubles (1e308 − (−1e308)) falls back to its two ends.
///
/// Rounding noise is never stretched over an axis: no step is finer than the sixth significant
/// digit of the largest value, so a tick label needs at most six significant digits (`€619,051`,
/// never `€619.0510k` to `€619.0518k`), and a range narrower than that step
/// (``isUniform(_:_:)``) is one value, widened like a constant.
package struct NiceTicks: Sendable, Hashable {
  /// The axis range: widened to step multiples (loose) or as given (fixed).
  package private(set) var lower: Double
  /// The upper end of the axis range.
  package private(set) var upper: Double
  /// The distance between ticks: 1, 2 or 5 times a power of ten, or the step asked for.
  package private(set) var step: Double
  /// The tick values, ascending, inside [lower, upper].
  package private(set) var values: [Double]

  /// Ticks for data in [lower, upper], about `targetCount` of them.
  ///
  /// - Parameters:
  ///   - lower: The smallest value to cover.
  ///   - upper: The largest value to cover.
  ///   - targetCount: The number of ticks wanted, at least 2; the result has about as many.
  ///   - fixed: Keep [lower, upper] as the axis range instead of widening it to ticks.
  package init(covering lower: Double, _ upper: Double, targetCount: Int, fixed: Bool = false) {
    var low = min(lower, upper)
    var high = max(lower, upper)
    if !low.isFinite || !high.isFinite {
      low = 0
      high = 1
    }
    if Self.isUniform(low, high) {
      (low, high) = (low / 2 + high / 2, low / 2 + high / 2)
    }
    if low == high {
      // A constant: widen by a tenth of its size on each side, or to [0, 1] around zero.
      let half = low == 0 ? 0.5 : low.magnitude / 10
      (low, high) = low == 0 ? (0, 1) : (low - half, high + half)
    }
    let count = Double(max(2, targetCount))
    var (fraction, power) = Self.niceParts((high - low) / (count - 1), rounding: true)
    let finest = Self.finestPower(max(low.magnitude, high.magnitude))
    if power < finest { (fraction, power) = (1, finest) }
    self.init(low: low, high: high, fraction: fraction, power: power, fixed: fixed)
  }

  /// The most significant digits a tick label needs (see the type's comment).
  package static let significantDigits = 6

  /// Whether [low, high] is one value for a chart.
  ///
  /// It is when it is narrower than a unit of the sixth significant digit of its largest
  /// magnitude, so that six significant digits cannot tell its ends apart (between a millionth
  /// and a hundred-thousandth of the value). Sums of the same costs in another order differ in
  /// the 15th digit.
  package static func isUniform(_ low: Double, _ high: Double) -> Bool {
    guard low.isFinite, high.isFinite else { return false }
    let magnitude = max(low.magnitude, high.magnitude)
    guard magnitude > 0 else { return true }
    return (high - low).magnitude < value(1, 1, finestPower(magnitude))
  }

  /// The power of ten of a unit in the sixth significant digit of `magnitude` (positive finite;
  /// 0 otherwise): ⌊log₁₀ magnitude⌋ − 5.
  private static func finestPower(_ magnitude: Double) -> Int {
    guard magnitude.isFinite && magnitude > 0 else { return 0 }
    return niceParts(magnitude, rounding: false).1 - (significantDigits - 1)
  }

  /// Ticks every `step` (positive) over [lower, upper]: for axes whose natural step is not 1, 2
  /// or 5 (months by year: 12), and for tests.
  package init(covering lower: Double, _ upper: Double, step: Double, fixed: Bool = false) {
    let low = min(lower, upper)
    let high = max(lower, upper)
    guard step.isFinite, step > 0, low.isFinite, high.isFinite, low < high,
      (high - low) / step <= 1000
    else {
      self.init(covering: lower, upper, targetCount: 5, fixed: fixed)
      return
    }
    self.init(low: low, high: high, fraction: step, power: 0, fixed: fixed)
  }

  /// Ticks at k·fraction·10^power over [low, high]; leaves the fallback alone when that fails.
  private init(low: Double, high: Double, fraction: Double, power: Int, fixed: Bool) {
    self.lower = low
    self.upper = high
    self.step = (high - low).isFinite ? high - low : high / 2 - low / 2
    self.values = [low, high]
    guard (high - low).isFinite else { return }
    let step = Self.value(1, fraction, power)
    let first = fixed ? (low / step).rounded(.up) : (low / step).rounded(.down)
    let last = fixed ? (high / step).rounded(.down) : (high / step).rounded(.up)
    // Ticks are k·step for integral k; beyond 2⁵³ k is no longer exact, and more than a thousand
    // ticks means the range is degenerate for its magnitude.
    guard first.isFinite, last.isFinite, last >= first, last - first <= 1000,
      max(first.magnitude, last.magnitude) * fraction < 9_007_199_254_740_992
    else { return }
    var values: [Double] = []
    var k = first
    while k <= last {
      values.append(Self.value(k, fraction, power))
      k += 1
    }
    guard let start = values.first, let end = values.last, start.isFinite, end.isFinite else {
      return
    }
    self.step = step
    self.values = values
    if !fixed {
      self.lower = start
      self.upper = end
    }
  }

  /// The nice number near `x` (positive): the nearest of 1, 2, 5, 10 times a power of ten when
  /// `rounding`, else the smallest at or above x (Heckbert's `nicenum`).
  package static func niceNumber(_ x: Double, rounding: Bool) -> Double {
    let (fraction, power) = niceParts(x, rounding: rounding)
    return value(1, fraction, power)
  }

  /// The nice number near `x` as a fraction in {1, 2, 5, 10} and a power of ten.
  private static func niceParts(_ x: Double, rounding: Bool) -> (Double, Int) {
    guard x.isFinite && x > 0 else { return (1, 0) }
    var power = Int(x.magnitude.exponentBitPatternLog10)
    // Correct the estimate so that 10^power <= x < 10^(power + 1).
    while value(1, 1, power) > x { power -= 1 }
    while value(1, 1, power + 1) <= x { power += 1 }
    let f = x / value(1, 1, power)
    let fraction: Double
    if rounding {
      fraction = f < 1.5 ? 1 : f < 3 ? 2 : f < 7 ? 5 : 10
    } else {
      fraction = f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10
    }
    return (fraction, power)
  }

  /// k·fraction·10^power, dividing by an exact power of ten for negative powers.
  private static func value(_ k: Double, _ fraction: Double, _ power: Int) -> Double {
    power >= 0 ? k * fraction * powerOfTen(power) : k * fraction / powerOfTen(-power)
  }

  /// 10ⁿ for n ≥ 0, exact up to 10²² (each product of powers of ten up to there is exact).
  private static func powerOfTen(_ n: Int) -> Double {
    var result = 1.0
    for _ in 0..<min(n, 400) { result *= 10 }
    return result
  }
}

extension Double {
  /// An estimate of ⌊log₁₀ x⌋ for positive finite x from the binary exponent, within one.
  ///
  /// Avoids `Foundation.log10`, whose last bit differs between C libraries, so tick choice is the
  /// same on every machine; the caller corrects the estimate with exact powers of ten.
  fileprivate var exponentBitPatternLog10: Double {
    (Double(exponent) * 0.301_029_995_663_981_2).rounded(.down)
  }
}
