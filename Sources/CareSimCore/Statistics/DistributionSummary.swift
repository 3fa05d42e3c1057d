/// The spread of one quantity across replications: mean, standard error and percentiles.
public struct DistributionSummary: Sendable, Equatable {
  public var mean: Double
  /// Monte-Carlo standard error of the mean.
  public var standardError: Double
  public var p5: Double
  public var p50: Double
  public var p95: Double

  public init(mean: Double, standardError: Double, p5: Double, p50: Double, p95: Double) {
    self.mean = mean
    self.standardError = standardError
    self.p5 = p5
    self.p50 = p50
    self.p95 = p95
  }

  /// Summarises values kept in full (per-replication totals), with exact percentiles.
  public init(values: [Double]) {
    var moments = RunningMoments()
    for value in values { moments.add(value) }
    let percentiles = Quantiles.values([0.05, 0.5, 0.95], of: values)
    self.init(
      mean: moments.mean, standardError: moments.standardError, p5: percentiles[0],
      p50: percentiles[1], p95: percentiles[2])
  }
}

extension DistributionSummary {
  /// The summary of a count (residents, admissions), its percentiles rounded to whole counts.
  ///
  /// A streaming estimate of a count's 5th percentile interpolates between counts (999.74
  /// residents alive, 0.0000955 admissions); the data files write the nearest whole count, the
  /// value a reader can meet. The mean and its standard error keep their fraction.
  public func percentilesAsWholeCounts() -> DistributionSummary {
    DistributionSummary(
      mean: mean, standardError: standardError, p5: p5.rounded(), p50: p50.rounded(),
      p95: p95.rounded())
  }
}
