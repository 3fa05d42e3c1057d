/// The standard error of a statistic of equally likely sets, by resampling the sets with
/// replacement (Efron and Tibshirani 1993, An Introduction to the Bootstrap, §6.2).
///
/// The resamples are drawn from a generator of their own, derived from the analysis's seed, so a
/// rerun gives the same error to the digit.
public enum BootstrapStandardError {
  /// Resamples per standard error: 200 puts the error's own relative error near 5%
  /// (Efron and Tibshirani 1993, §6.4, table 6.2).
  public static let resamples = 200
  /// Keeps the resampling's draws apart from other streams of the same seed.
  static let salt: UInt64 = 0x564F_4920_424F_4F54

  /// The standard deviation of `statistic` over resamples of the sets.
  ///
  /// - Parameters:
  ///   - count: The number of sets (1 or more).
  ///   - seed: The analysis's seed; each call with the same seed and count draws the same
  ///     resamples, so estimates of one table are resampled alike.
  ///   - statistic: The statistic of the sets whose indices it is given (with repeats).
  /// - Returns: The bootstrap standard error; 0 for a single set.
  public static func of(
    count: Int, seed: UInt64, statistic: ([Int]) -> Double
  ) -> Double {
    precondition(count >= 1, "a bootstrap needs at least one set")
    guard count > 1 else { return 0 }
    var generator = SplitMix64(seed: SplitMix64.mix(seed ^ salt))
    var moments = RunningMoments()
    var indices = [Int](repeating: 0, count: count)
    for _ in 0..<resamples {
      for slot in 0..<count { indices[slot] = Int(generator.next() % UInt64(count)) }
      moments.add(statistic(indices))
    }
    return moments.standardDeviation
  }
}
