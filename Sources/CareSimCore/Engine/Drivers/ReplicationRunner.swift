import Dispatch

/// Runs replications in parallel with Dispatch and hands their outcomes over in replication order.
///
/// Replications run in batches of a fixed size; within a batch, worker `w` of `T` runs replications
/// `w, w + T, …`. Each outcome depends only on (seed, replication), and batches are handed to the
/// consumer in order, so everything downstream is identical on 1 thread and on many. Memory is one
/// batch of outcomes, whatever the number of replications.
public struct ReplicationRunner: Sendable {
  public let simulation: Simulation
  public let seed: UInt64
  public let threads: Int
  public let batchSize: Int
  /// The arms each replication runs; an analysis that reuses a control arm runs the other only.
  package let arms: [InterventionArm]
  /// How each replication visits residents and months; every order gives the same outcomes.
  package let order: LoopOrder

  public init(
    simulation: Simulation, seed: UInt64, threads: Int, batchSize: Int = RunBlock.size
  ) {
    self.init(
      simulation: simulation, seed: seed, threads: threads, batchSize: batchSize,
      arms: InterventionArm.allCases, order: .fastest)
  }

  /// A runner of some arms only, or in another order (for tests and the benchmark).
  package init(
    simulation: Simulation, seed: UInt64, threads: Int, batchSize: Int = RunBlock.size,
    arms: [InterventionArm], order: LoopOrder = .fastest
  ) {
    precondition(threads >= 1, "threads must be at least 1, got \(threads)")
    precondition(batchSize >= 1, "batchSize must be at least 1, got \(batchSize)")
    self.simulation = simulation
    self.seed = seed
    self.threads = threads
    self.batchSize = batchSize
    self.arms = arms
    self.order = order
  }

  /// Runs `replications` replications and passes each batch of outcomes, in replication order, to
  /// `consume`.
  public func run(replications: Int, consume: ([ReplicationOutcome]) -> Void) {
    let simulation = simulation
    let seed = seed
    let arms = arms
    let order = order
    inBatches(replications, consume: consume) { replication in
      simulation.run(seed: seed, replication: replication, arms: arms, order: order)
    }
  }

  /// Runs `replications` replications, both arms, and counts their control arm as it runs (see
  /// ``Simulation/runCountingControlArm(seed:replication:)``): `consume` gets each batch's
  /// outcomes and the sum of its control arms' profiles, in replication order.
  public func runCountingControlArm(
    replications: Int, consume: ([ReplicationOutcome], ControlArmProfile) -> Void
  ) {
    precondition(replications >= 0, "replications must be non-negative, got \(replications)")
    runCountingControlArm(0..<replications, batchSize: batchSize, consume: consume)
  }

  /// Runs the blocks `blocks` of a run of `replications` replications, both arms counting the
  /// control arm, and passes each block to `consume` in block order.
  ///
  /// A block's outcomes and profile do not depend on which other blocks run, or where, so a
  /// shard's blocks are those of the one-process run. When `consume` throws, no further block
  /// runs, and the error is rethrown.
  public func runBlocks<Failure: Error>(
    _ blocks: Range<Int>, of replications: Int, consume: (RunBlock) throws(Failure) -> Void
  ) throws(Failure) {
    precondition(
      blocks.lowerBound >= 0 && blocks.upperBound <= RunBlock.count(replications: replications),
      "blocks \(blocks) outside the \(RunBlock.count(replications: replications)) of the run")
    var index = blocks.lowerBound
    try runCountingControlArm(
      RunBlock.replications(in: blocks, of: replications), batchSize: RunBlock.size
    ) { outcomes, profile throws(Failure) in
      try consume(RunBlock(index: index, outcomes: outcomes, controlArm: profile))
      index += 1
    }
  }

  private func runCountingControlArm<Failure: Error>(
    _ replications: Range<Int>, batchSize: Int,
    consume: ([ReplicationOutcome], ControlArmProfile) throws(Failure) -> Void
  ) throws(Failure) {
    let simulation = simulation
    let seed = seed
    let months = simulation.parameters.months
    try inBatches(replications, of: batchSize) { results throws(Failure) in
      try consume(
        results.map(\.outcome), ControlArmProfile.sum(results.map(\.controlArm), months: months))
    } replicate: { replication in
      simulation.runCountingControlArm(seed: seed, replication: replication)
    }
  }

  /// Runs `replicate` on `0..<replications` in batches of ``batchSize`` on the runner's threads
  /// and passes each batch's results, in replication order, to `consume`.
  private func inBatches<Result>(
    _ replications: Int, consume: ([Result]) -> Void,
    replicate: @escaping @Sendable (Int) -> Result
  ) {
    precondition(replications >= 0, "replications must be non-negative, got \(replications)")
    inBatches(0..<replications, of: batchSize, consume: consume, replicate: replicate)
  }

  /// Runs `replicate` on `replications` in batches of `batchSize` on the runner's threads and
  /// passes each batch's results, in replication order, to `consume`.
  private func inBatches<Result, Failure: Error>(
    _ replications: Range<Int>, of batchSize: Int, consume: ([Result]) throws(Failure) -> Void,
    replicate: @escaping @Sendable (Int) -> Result
  ) throws(Failure) {
    var start = replications.lowerBound
    while start < replications.upperBound {
      let count = min(batchSize, replications.upperBound - start)
      let first = start
      try consume(concurrentMap(count, threads: threads) { replicate(first + $0) })
      start += count
    }
  }
}

/// `transform` applied to `0..<count` on up to `threads` workers, the results in index order.
///
/// Worker `w` of `W` takes indices `w, w + W, …`. When each result depends only on its index, the
/// results are the same on any thread count.
func concurrentMap<Result>(
  _ count: Int, threads: Int, _ transform: @Sendable (Int) -> Result
) -> [Result] {
  let workers = min(threads, count)
  if workers <= 1 { return (0..<count).map(transform) }
  var results = [Result?](repeating: nil, count: count)
  results.withUnsafeMutableBufferPointer { results in
    let slots = UncheckedBuffer(results)
    DispatchQueue.concurrentPerform(iterations: workers) { worker in
      for index in stride(from: worker, to: count, by: workers) {
        slots.buffer[index] = transform(index)
      }
    }
  }
  return results.map { result in
    guard let result else { preconditionFailure("a slot was never filled") }
    return result
  }
}
