/// Where a run's summary keeps every replication's monthly values until it summarises them.
///
/// Each month's percentiles are exact (``OutcomeSummaryBuilder``), so every replication's values
/// are kept until the end: 32,640 bytes a replication at 120 months. ``MonthlyValuesInMemory``
/// keeps them in memory; a caller with many replications keeps them elsewhere (the command line
/// in a temporary file), and the summary reads them back a few months at a time. The core
/// touches no file, so it knows such a store only through this protocol.
public protocol MonthlyValueStore {
  /// What appending or reading can fail with: `Never` in memory, a file's errors on disk.
  associatedtype Failure: Error

  /// The horizon, in months, of every replication stored.
  var months: Int { get }

  /// The number of replications appended so far.
  var replications: Int { get }

  /// Appends the next replication's outcome, after every replication appended before it.
  ///
  /// - Throws: ``Failure`` when the values cannot be kept.
  mutating func append(_ outcome: ReplicationOutcome) throws(Failure)

  /// Every replication's values of the months `months`, in replication order.
  ///
  /// - Parameter months: A range of months within the horizon.
  /// - Returns: The values flattened `[month - months.lowerBound][replication][arm][metric]`
  ///   (arms as ``InterventionArm``, metrics as ``OutcomeMetric``), so that one month's values
  ///   of every replication lie together.
  /// - Throws: ``Failure`` when the values cannot be read back.
  func values(months: Range<Int>) throws(Failure) -> [Double]
}

extension MonthlyValueStore {
  /// Values a replication has in one month: both arms, every metric.
  public static var valuesPerReplicationMonth: Int {
    InterventionArm.allCases.count * OutcomeMetric.allCases.count
  }
}
