import CareSimCore

/// Where `caresim run` and `caresim merge` keep a run's monthly values.
///
/// In memory while they fit the budget (``MonthlyValuesInMemory/budgetBytes``), so that everyday
/// runs touch no file, and in a temporary file (``MonthlyValueFile``) past it, so that memory
/// stays bounded however many replications a run has. Either way the summary has the same bits.
public struct RunMonthlyValues: MonthlyValueStore {
  /// The values, when they fit the budget.
  private var memory: MonthlyValuesInMemory?
  /// The file, when they do not.
  public let file: MonthlyValueFile?

  /// The store for a run of `replications` replications of `months` months.
  ///
  /// - Parameters:
  ///   - months: The scenario's horizon.
  ///   - replications: The run's replications.
  ///   - budgetBytes: The most monthly values kept in memory.
  /// - Throws: ``MonthlyValueFileError`` when the values need a file and it cannot be made.
  public init(
    months: Int, replications: Int, budgetBytes: Int = MonthlyValuesInMemory.budgetBytes
  ) throws(MonthlyValueFileError) {
    if replications * MonthlyValuesInMemory.bytesPerReplication(months: months) <= budgetBytes {
      memory = MonthlyValuesInMemory(months: months, replications: replications)
      file = nil
    } else {
      memory = nil
      file = try MonthlyValueFile(months: months)
    }
  }

  public var months: Int { file?.months ?? memory?.months ?? 0 }

  public var replications: Int { file?.replications ?? memory?.replications ?? 0 }

  public mutating func append(_ outcome: ReplicationOutcome) throws(MonthlyValueFileError) {
    if let file {
      try file.append(outcome)
    } else {
      memory?.append(outcome)
    }
  }

  public func values(months range: Range<Int>) throws(MonthlyValueFileError) -> [Double] {
    if let file { return try file.values(months: range) }
    return memory?.values(months: range) ?? []
  }
}
