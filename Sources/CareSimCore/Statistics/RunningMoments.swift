/// Streaming count, mean and sample variance of a sequence of `Double`s.
///
/// Replications produce millions of monthly costs that we never want to store, so the moments are
/// updated one observation at a time with Welford's recurrence, which avoids the catastrophic
/// cancellation of the textbook `Σx² − (Σx)²/n` formula when the mean is large relative to the
/// spread (costs in euros are). Partial results from parallel workers are combined with the
/// pairwise update of Chan, Golub & LeVeque (1979, "Updating formulae and a pairwise algorithm for
/// computing sample variances", Stanford CS tech. report STAN-CS-79-773).
///
/// Welford, B. P. (1962). Note on a method for calculating corrected sums of squares and products.
/// Technometrics 4(3), 419–420.
public struct RunningMoments: Sendable, Equatable {
  /// The number of observations added so far.
  public private(set) var count: Int = 0

  /// The arithmetic mean of the observations; 0 when there are none.
  public private(set) var mean: Double = 0

  // Sum of squared deviations from the current mean, Σ(x − mean)²; the variance is derived from it
  // on demand so that `add` stays a handful of flops.
  private var sumOfSquaredDeviations: Double = 0

  /// Creates an accumulator with no observations.
  public init() {}

  /// Adds one observation.
  ///
  /// - Parameter x: The observation. A NaN or infinity propagates into `mean` and `variance`,
  ///   which is deliberate: a poisoned summary is easier to spot than a silently dropped value.
  public mutating func add(_ x: Double) {
    count += 1
    let delta = x - mean
    mean += delta / Double(count)
    // Using the updated mean in the second factor is Welford's trick: the product is the exact
    // increment of Σ(x − mean)² in real arithmetic and is never negative in floating point.
    sumOfSquaredDeviations += delta * (x - mean)
  }

  /// Combines the observations of `other` into this accumulator.
  ///
  /// Equivalent (up to rounding) to adding every observation of `other` here, so replications can
  /// be summarised on separate threads and merged afterwards. Merging is not bit-for-bit
  /// commutative; merge partial results in a fixed order if the output must be reproducible.
  ///
  /// - Parameter other: The accumulator to fold in; it is not modified.
  public mutating func merge(_ other: RunningMoments) {
    guard other.count > 0 else { return }
    guard count > 0 else {
      self = other
      return
    }
    let leftCount = Double(count)
    let rightCount = Double(other.count)
    let combinedCount = leftCount + rightCount
    let delta = other.mean - mean
    // Chan et al.'s update: shift the mean by the other side's share of the gap, and add the
    // between-group term δ²·n_a·n_b/n to the pooled within-group sums of squares.
    mean += delta * (rightCount / combinedCount)
    sumOfSquaredDeviations +=
      other.sumOfSquaredDeviations + delta * delta * (leftCount * rightCount / combinedCount)
    count += other.count
  }

  /// The sample variance with Bessel's correction (divisor n − 1); 0 when `count < 2`.
  ///
  /// Returning 0 rather than NaN for fewer than two observations lets callers sum and report
  /// variances of sparse sub-populations without special-casing; `count` tells the two apart.
  public var variance: Double {
    count < 2 ? 0 : sumOfSquaredDeviations / Double(count - 1)
  }

  /// The sample standard deviation, `variance.squareRoot()`; 0 when `count < 2`.
  public var standardDeviation: Double {
    variance.squareRoot()
  }

  /// The standard error of the mean, s / √n; 0 when `count < 2`.
  public var standardError: Double {
    // One square root of s²/n rather than s / √n: one rounding fewer, same value in real arithmetic.
    count < 2 ? 0 : (variance / Double(count)).squareRoot()
  }
}
