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
  /// The rule: each percentile is the type-7 sample percentile (``Quantiles``) rounded to the
  /// nearest whole count, halves away from zero. Type 7 interpolates between two counts (the 5th
  /// percentile of 999 and 1,000 residents alive can be 999.05), which no reader can meet; the
  /// rounded value lies between the two counts, so it is one of them or a count between. The mean
  /// and its standard error keep their fraction.
  public func percentilesAsWholeCounts() -> DistributionSummary {
    DistributionSummary(
      mean: mean, standardError: standardError, p5: p5.rounded(), p50: p50.rounded(),
      p95: p95.rounded())
  }
}
