/// A running estimate of one quantile in constant memory, by the P² algorithm.
///
/// Thousands of these run side by side (one per output series and probability) over millions of
/// observations, so storing the data for `Quantiles` is not an option. P² keeps five markers — the
/// minimum, the p/2, p and (1 + p)/2 quantiles, and the maximum — and nudges the inner three toward
/// their ideal ranks with a piecewise-parabolic fit after each observation. The result is an
/// approximation of the sample quantile, not the sample quantile itself; it is deterministic for a
/// given order of observations.
///
/// Jain, R. & Chlamtac, I. (1985). The P² algorithm for dynamic calculation of quantiles and
/// histograms without storing observations. Communications of the ACM 28(10), 1076–1085.
///
/// Each `add` is O(1) with no allocation; the value occupies 80 bytes inline.
public struct StreamingQuantile: Sendable, Equatable {
  /// The probability p whose quantile is estimated, in the open interval (0, 1).
  public let probability: Double

  /// The number of observations added so far.
  public private(set) var count: Int = 0

  // Marker heights in ascending order (q0 is the minimum, q2 the estimate, q4 the maximum). Until
  // the fifth observation they hold the raw observations in arrival order. Five named properties
  // rather than an array keep the state inline (no heap block per instance) and let the compiler
  // keep the hot loop in registers; the paper's loop over i = 1...3 is unrolled by hand below.
  private var q0 = 0.0
  private var q1 = 0.0
  private var q2 = 0.0
  private var q3 = 0.0
  private var q4 = 0.0

  // Actual ranks (1-based) of the inner markers. The outer ranks are implied: 1 and `count`.
  // Doubles because they only feed floating-point formulas; they stay exact below 2⁵³.
  private var n1 = 2.0
  private var n2 = 3.0
  private var n3 = 4.0

  /// Creates an estimator for the quantile at `probability`.
  ///
  /// - Parameter probability: The probability p; must satisfy 0 < p < 1, because the extreme
  ///   markers already track the minimum and maximum exactly.
  public init(probability: Double) {
    precondition(
      probability > 0 && probability < 1,
      "probability must be in the open interval (0, 1), got \(probability)")
    self.probability = probability
  }

  /// Adds one observation, in O(1) time.
  ///
  /// - Parameter x: The observation; must be finite, because one infinity or NaN would poison the
  ///   marker interpolation for good.
  public mutating func add(_ x: Double) {
    precondition(x.isFinite, "observation must be finite, got \(x)")
    count += 1
    guard count > 5 else {
      collectInitial(x)
      return
    }

    // Widen the extremes if needed and shift the rank of every marker above x (paper, steps
    // B.1–B.2; the top marker's rank is `count` implicitly). The paper finds x's cell first; since
    // the heights are ordered, "x < q_i" for each marker is equivalent, and as independent selects
    // rather than a branch chain it avoids mispredictions on random data (about 24 → 17 ns per add,
    // release build, development machine).
    q0 = x < q0 ? x : q0
    q4 = x > q4 ? x : q4
    n1 += x < q1 ? 1 : 0
    n2 += x < q2 ? 1 : 0
    n3 += x < q3 ? 1 : 0

    // Desired ranks n'_i = 1 + (count − 1)·dn_i with dn = p/2, p, (1 + p)/2 (step B.3). Computing
    // them from `count` instead of adding dn each time, as the paper does, avoids accumulating
    // rounding error over millions of steps; in exact arithmetic the two agree.
    let steps = Double(count - 1)
    let top = Double(count)
    Self.adjust(
      height: &q1, rank: &n1, desired: 1 + steps * (probability / 2),
      below: (q0, 1), above: (q2, n2))
    Self.adjust(
      height: &q2, rank: &n2, desired: 1 + steps * probability,
      below: (q1, n1), above: (q3, n3))
    Self.adjust(
      height: &q3, rank: &n3, desired: 1 + steps * ((1 + probability) / 2),
      below: (q2, n2), above: (q4, top))
  }

  /// The current estimate of the quantile at `probability`.
  ///
  /// Up to five observations the markers still hold the whole sample, so this is the exact type-7
  /// quantile (`Quantiles.value`) of what has been seen; beyond that it is the P² estimate.
  /// NaN when no observation has been added.
  public var estimate: Double {
    guard count > 5 else {
      let seen = [q0, q1, q2, q3, q4].prefix(count).sorted()
      return Quantiles.value(probability, sorted: seen)
    }
    return q2
  }

  // Stores one of the first five observations; at the fifth, sorts them into marker order
  // (paper, step A). The markers' ranks are already 1...5.
  private mutating func collectInitial(_ x: Double) {
    switch count {
    case 1: q0 = x
    case 2: q1 = x
    case 3: q2 = x
    case 4: q3 = x
    default:
      q4 = x
      // A 9-comparator sorting network, the fewest possible for five elements (Knuth, TAOCP
      // vol. 3, §5.3.4); checked exhaustively on all 5⁵ inputs drawn from five distinct values.
      Self.order(&q0, &q3)
      Self.order(&q1, &q4)
      Self.order(&q0, &q2)
      Self.order(&q1, &q3)
      Self.order(&q0, &q1)
      Self.order(&q2, &q4)
      Self.order(&q1, &q2)
      Self.order(&q3, &q4)
      Self.order(&q2, &q3)
    }
  }

  private static func order(_ a: inout Double, _ b: inout Double) {
    if b < a { swap(&a, &b) }
  }

  // Moves one inner marker a rank toward its desired rank when it has drifted by a full rank or
  // more and the neighbour in that direction is not adjacent (step B.3). The new height comes from
  // the P² (piecewise-parabolic) formula, or from linear interpolation when the parabola would
  // leave the neighbours' interval and so break the markers' ordering.
  private static func adjust(
    height q: inout Double, rank n: inout Double, desired: Double,
    below: (height: Double, rank: Double), above: (height: Double, rank: Double)
  ) {
    let drift = desired - n
    let step: Double
    if drift >= 1 && above.rank - n > 1 {
      step = 1
    } else if drift <= -1 && below.rank - n < -1 {
      step = -1
    } else {
      return
    }

    let parabolic =
      q + step / (above.rank - below.rank)
      * ((n - below.rank + step) * (above.height - q) / (above.rank - n)
        + (above.rank - n - step) * (q - below.height) / (n - below.rank))
    if below.height < parabolic && parabolic < above.height {
      q = parabolic
    } else if step > 0 {
      q += (above.height - q) / (above.rank - n)
    } else {
      q -= (q - below.height) / (n - below.rank)
    }
    n += step
  }
}
