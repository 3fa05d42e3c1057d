/// The one way from replications to the figures a run reports: every command, test and benchmark
/// that summarises replications goes through these, so they summarise alike.
extension ReplicationRunner {
  /// The summary of `replications` replications, added batch by batch in replication order.
  ///
  /// - Parameters:
  ///   - replications: How many replications to run.
  ///   - progress: Called after each batch with its number of replications.
  /// - Returns: The summary, the same on any thread count.
  public func summary(replications: Int, progress: (Int) -> Void = { _ in }) -> OutcomeSummary {
    var builder = OutcomeSummaryBuilder(
      parameters: simulation.parameters, threads: threads, replications: replications)
    run(replications: replications) { batch in
      builder.add(batch)
      progress(batch.count)
    }
    return builder.summary()
  }

  /// The summary of `replications` replications, and their control arm counted by year, sex and
  /// age as it runs (where its residents die), the monthly values kept in memory.
  ///
  /// - Parameters:
  ///   - replications: How many replications to run.
  ///   - progress: Called after each block with its number of replications.
  /// - Returns: The summary and the sum of the replications' control-arm profiles: the same bits
  ///   as a ``RunSummaryBuilder`` given the run's blocks from any number of shards.
  public func summaryCountingControlArm(
    replications: Int, progress: (Int) -> Void = { _ in }
  ) -> (summary: OutcomeSummary, controlArm: ControlArmProfile) {
    summaryCountingControlArm(
      replications: replications,
      keepingMonthlyValuesIn: MonthlyValuesInMemory(
        months: simulation.parameters.months, replications: replications),
      progress: progress)
  }

  /// The summary of `replications` replications and their control arm's profile, as
  /// ``summaryCountingControlArm(replications:progress:)`` gives them, the monthly values kept
  /// in `store`.
  ///
  /// - Parameters:
  ///   - replications: How many replications to run.
  ///   - store: An empty store of the scenario's months.
  ///   - chunkBytes: The most bytes of monthly values the summary reads at once.
  ///   - progress: Called after each block with its number of replications.
  /// - Returns: The summary and the control arm's profile.
  /// - Throws: What the store throws; no replication runs after it.
  public func summaryCountingControlArm<Store: MonthlyValueStore>(
    replications: Int, keepingMonthlyValuesIn store: Store,
    chunkBytes: Int = OutcomeSummaryBuilder<Store>.defaultChunkBytes,
    progress: (Int) -> Void = { _ in }
  ) throws(Store.Failure) -> (summary: OutcomeSummary, controlArm: ControlArmProfile) {
    var builder = RunSummaryBuilder(
      parameters: simulation.parameters, replications: replications, threads: threads,
      store: store, chunkBytes: chunkBytes)
    try runBlocks(0..<RunBlock.count(replications: replications), of: replications) {
      block throws(Store.Failure) in
      try builder.add(block)
      progress(block.outcomes.count)
    }
    return try builder.result()
  }
}

/// Builds a run's figures from its blocks, handed over in block order: in one process as they
/// run, or read back from shards.
///
/// Every statistic is a function of the replications' values in replication order (the summary
/// keeps them; see ``OutcomeSummaryBuilder``) or an exact sum of integer counts, and the
/// control arm's profiles, whose costs are doubles, are added block by block in block order, so
/// the result has the same bits however the blocks were run, and wherever the values were kept.
public struct RunSummaryBuilder<Store: MonthlyValueStore> {
  let replications: Int
  var summary: OutcomeSummaryBuilder<Store>
  var controlArm: ControlArmProfile
  /// The block expected next.
  public private(set) var nextBlock = 0

  /// A builder of a run of `replications` replications that keeps their monthly values in
  /// `store`, an empty store of the scenario's months, and reads at most `chunkBytes` of them
  /// at once (see ``OutcomeSummaryBuilder``).
  public init(
    parameters: ScenarioParameters, replications: Int, threads: Int, store: Store,
    chunkBytes: Int = OutcomeSummaryBuilder<Store>.defaultChunkBytes
  ) {
    self.replications = replications
    summary = OutcomeSummaryBuilder(
      parameters: parameters, threads: threads, store: store, chunkBytes: chunkBytes,
      replications: replications)
    controlArm = ControlArmProfile(months: parameters.months)
  }

  /// Adds the next block.
  ///
  /// - Throws: What the store throws when it cannot keep the block's values.
  public mutating func add(_ block: RunBlock) throws(Store.Failure) {
    precondition(block.index == nextBlock, "block \(block.index) added, expected \(nextBlock)")
    let expected = RunBlock.replications(in: nextBlock..<(nextBlock + 1), of: replications)
    precondition(
      block.outcomes.count == expected.count,
      "block \(block.index) has \(block.outcomes.count) replications, expected \(expected.count)")
    try summary.add(block.outcomes)
    controlArm += block.controlArm
    nextBlock += 1
  }

  /// The summary and the control arm's profile; every block must have been added.
  ///
  /// - Throws: What the store throws when it cannot read the values back.
  public func result() throws(Store.Failure)
    -> (summary: OutcomeSummary, controlArm: ControlArmProfile)
  {
    precondition(
      nextBlock == RunBlock.count(replications: replications),
      "\(nextBlock) of \(RunBlock.count(replications: replications)) blocks added")
    return (try summary.summary(), controlArm)
  }
}

extension RunSummaryBuilder: Sendable where Store: Sendable {}

extension RunSummaryBuilder where Store == MonthlyValuesInMemory {
  /// A builder that keeps the monthly values in memory.
  public init(parameters: ScenarioParameters, replications: Int, threads: Int) {
    self.init(
      parameters: parameters, replications: replications, threads: threads,
      store: MonthlyValuesInMemory(months: parameters.months, replications: replications))
  }
}
