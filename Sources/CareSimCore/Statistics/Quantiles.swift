/// Exact sample quantiles of stored data.
///
/// Uses definition 7 of Hyndman & Fan (1996, "Sample quantiles in statistical packages",
/// The American Statistician 50(4), 361–365): linear interpolation between order statistics at
/// h = (n − 1)·p. It is R's default and NumPy's `"linear"` method, so reports can be checked against
/// either without translating definitions.
public enum Quantiles {
  /// The type-7 quantile of already sorted data.
  ///
  /// Taking sorted data lets callers sort once and read many quantiles.
  ///
  /// - Parameters:
  ///   - p: The probability, in `0...1`; traps otherwise (including NaN).
  ///   - sorted: The data in ascending order. Not checked, because checking is O(n) per call.
  /// - Returns: The interpolated quantile, or NaN when `sorted` is empty.
  public static func value(_ p: Double, sorted: [Double]) -> Double {
    precondition((0.0...1.0).contains(p), "probability must be in 0...1, got \(p)")
    guard !sorted.isEmpty else { return .nan }
    let position = Double(sorted.count - 1) * p
    let lower = Int(position.rounded(.down))
    let fraction = position - Double(lower)
    let below = sorted[lower]
    // When h is whole (always at p = 0 and p = 1) the order statistic itself is the answer; returning
    // it directly keeps the extremes exact and never reads past the last element.
    guard fraction > 0 else { return below }
    return below + fraction * (sorted[lower + 1] - below)
  }

  /// Type-7 quantiles of unsorted data at several probabilities.
  ///
  /// Sorts one copy of the data, O(n log n), then reads each quantile in O(1).
  ///
  /// - Parameters:
  ///   - ps: The probabilities, each in `0...1`; traps otherwise.
  ///   - unsorted: The data in any order. It must not contain NaN, which has no place in an
  ///     ordering (traps).
  /// - Returns: One quantile per element of `ps`, in the same order; all NaN if `unsorted` is empty.
  public static func values(_ ps: [Double], of unsorted: [Double]) -> [Double] {
    precondition(!unsorted.contains { $0.isNaN }, "data must not contain NaN")
    let sorted = unsorted.sorted()
    return ps.map { value($0, sorted: sorted) }
  }
}
