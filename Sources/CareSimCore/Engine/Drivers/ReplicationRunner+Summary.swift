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
    var builder = OutcomeSummaryBuilder(parameters: simulation.parameters, threads: threads)
    run(replications: replications) { batch in
      builder.add(batch)
      progress(batch.count)
    }
    return builder.summary()
  }

  /// The summary of `replications` replications, and their control arm counted by year, sex and
  /// age as it runs (where its residents die).
  ///
  /// - Parameters:
  ///   - replications: How many replications to run.
  ///   - progress: Called after each batch with its number of replications.
  /// - Returns: The summary and the sum of the replications' control-arm profiles.
  public func summaryCountingControlArm(
    replications: Int, progress: (Int) -> Void = { _ in }
  ) -> (summary: OutcomeSummary, controlArm: ControlArmProfile) {
    var builder = OutcomeSummaryBuilder(parameters: simulation.parameters, threads: threads)
    var controlArm = ControlArmProfile(months: simulation.parameters.months)
    runCountingControlArm(replications: replications) { batch, profile in
      builder.add(batch)
      controlArm += profile
      progress(batch.count)
    }
    return (builder.summary(), controlArm)
  }
}
