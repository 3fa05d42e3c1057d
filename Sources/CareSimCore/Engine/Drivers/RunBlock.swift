/// One block of a run's replications and everything it adds to the run's figures.
///
/// A run's replications are cut into blocks of ``size`` in replication order (the last may be
/// shorter). A block's outcomes depend only on (seed, replication), and the run's figures are
/// built from its blocks in block order (``RunSummaryBuilder``), so one process and any number of
/// shards, each running a contiguous range of blocks, give the same bits (issue #22).
public struct RunBlock: Sendable, Equatable {
  /// Replications per block: the runner's batch, so a one-process run adds the control arm's
  /// profiles in the same groups as before blocks existed.
  public static let size = 64

  /// The block's place in the run, from 0.
  public let index: Int
  /// Its replications' outcomes, in replication order.
  public let outcomes: [ReplicationOutcome]
  /// The sum of its replications' control-arm profiles, added in replication order.
  public let controlArm: ControlArmProfile

  public init(index: Int, outcomes: [ReplicationOutcome], controlArm: ControlArmProfile) {
    precondition(index >= 0, "block index must be non-negative, got \(index)")
    self.index = index
    self.outcomes = outcomes
    self.controlArm = controlArm
  }

  /// The number of blocks of a run of `replications` replications.
  public static func count(replications: Int) -> Int {
    precondition(replications >= 0, "replications must be non-negative, got \(replications)")
    return (replications + size - 1) / size
  }

  /// The replications of the blocks `blocks` of a run of `replications` replications.
  public static func replications(in blocks: Range<Int>, of replications: Int) -> Range<Int> {
    min(blocks.lowerBound * size, replications)..<min(blocks.upperBound * size, replications)
  }
}
