/// Every replication's monthly values kept in memory, in the order they arrive.
///
/// Appending copies a replication's values to the end, `[replication][arm][month][metric]`;
/// reading some months gathers them, month by month, into the order
/// ``MonthlyValueStore/values(months:)`` hands back.
public struct MonthlyValuesInMemory: MonthlyValueStore, Sendable {
  /// The most monthly values a run keeps in memory: past it, `caresim run` and `caresim merge`
  /// keep them in a temporary file and read them back a few months at a time.
  ///
  /// 256 MiB holds 8,224 replications of 120 months, so the runs users make every day (hundreds
  /// to a few thousand replications) touch no file, while no run holds more than a small share
  /// of a laptop's memory or of a scheduled task's: 100,000 replications would hold 3.3 GB.
  public static let budgetBytes = 256 << 20

  public let months: Int
  public private(set) var replications = 0
  /// Flattened `[replication][arm][month][metric]`.
  private var storage: [Double] = []

  /// A store for replications of `months` months; `replications`, when known, sizes it once,
  /// so that it takes its stated bytes rather than up to twice that while it grows.
  public init(months: Int, replications expected: Int = 0) {
    precondition(months >= 0, "months must be non-negative, got \(months)")
    self.months = months
    storage.reserveCapacity(
      expected * Self.bytesPerReplication(months: months) / MemoryLayout<Double>.stride)
  }

  /// Bytes the store keeps per replication: both arms, every month and metric.
  public static func bytesPerReplication(months: Int) -> Int {
    months * valuesPerReplicationMonth * MemoryLayout<Double>.stride
  }

  public mutating func append(_ outcome: ReplicationOutcome) {
    precondition(
      outcome.months == months, "outcome has \(outcome.months) months, expected \(months)")
    storage.append(contentsOf: outcome.values)
    replications += 1
  }

  public func values(months range: Range<Int>) -> [Double] {
    precondition(
      range.lowerBound >= 0 && range.upperBound <= months,
      "months \(range) outside the horizon of \(months)")
    let metrics = OutcomeMetric.allCases.count
    let armStride = months * metrics
    let replicationStride = InterventionArm.allCases.count * armStride
    var values: [Double] = []
    values.reserveCapacity(range.count * replications * Self.valuesPerReplicationMonth)
    for month in range {
      for replication in 0..<replications {
        for arm in InterventionArm.allCases {
          let start = replication * replicationStride + arm.rawValue * armStride + month * metrics
          values.append(contentsOf: storage[start..<(start + metrics)])
        }
      }
    }
    return values
  }
}
