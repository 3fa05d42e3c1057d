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
