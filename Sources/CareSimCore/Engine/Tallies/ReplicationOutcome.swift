/// One replication's monthly totals over all residents, for both arms.
public struct ReplicationOutcome: Sendable, Equatable {
  public let months: Int
  /// Flattened `[arm][month][metric]`.
  public private(set) var values: [Double]

  static var metricCount: Int { OutcomeMetric.allCases.count }

  public init(months: Int) {
    self.months = months
    values = Array(
      repeating: 0, count: InterventionArm.allCases.count * months * Self.metricCount)
  }

  /// An outcome from its values, flattened `[arm][month][metric]` (read back from a shard).
  package init(months: Int, values: [Double]) {
    precondition(
      values.count == InterventionArm.allCases.count * months * Self.metricCount,
      "\(values.count) values for \(months) months")
    self.months = months
    self.values = values
  }

  @inlinable
  func index(_ arm: InterventionArm, _ month: Int, _ metric: OutcomeMetric) -> Int {
    (arm.rawValue * months + month) * OutcomeMetric.allCases.count + metric.rawValue
  }

  public subscript(arm: InterventionArm, month: Int, metric: OutcomeMetric) -> Double {
    get { values[index(arm, month, metric)] }
    set { values[index(arm, month, metric)] = newValue }
  }

  /// The sum of a metric over some months, each weighted by `weights[month]` when given.
  public func total(
    _ arm: InterventionArm, _ metric: OutcomeMetric, months: Range<Int>, weights: [Double]? = nil
  ) -> Double {
    var sum = 0.0
    for month in months { sum += self[arm, month, metric] * (weights?[month] ?? 1) }
    return sum
  }

  /// The sum over months of a metric, each month weighted by `weights[month]` (discount factors).
  public func total(_ arm: InterventionArm, _ metric: OutcomeMetric, weights: [Double]? = nil)
    -> Double
  {
    total(arm, metric, months: 0..<months, weights: weights)
  }
}
