import CareSimCore
import Testing

/// A run cut into shards and merged gives the bits of the run in one process.
///
/// Each shard's blocks run on their own (on their own thread count) and the blocks are merged in
/// block order; the result is the one-process run's to the bit: the summary (means,
/// standard errors, exact percentiles of every month and total) and the control arm's profile.
/// On scenarios drawn as the engine's equivalence tests draw them (``GeneratedScenarios``), kept
/// small in residents so that seven blocks of replications stay quick.
@Suite struct ShardEquivalenceTests {
  /// Seven blocks, the last of one replication: every shard count below holds a short block.
  static let replications = 6 * RunBlock.size + 1

  @Test(arguments: GeneratedScenarios.seeds.prefix(4))
  func shardsMergedGiveTheOneProcessRun(seed: UInt64) {
    var drawn = GeneratedScenarios.scenario(seed: seed)
    drawn.parameters.residents = min(drawn.parameters.residents, 12)
    drawn.parameters.months = min(drawn.parameters.months, 14)
    let simulation = Simulation(parameters: drawn.parameters)
    let whole = ReplicationRunner(simulation: simulation, seed: seed, threads: 2)
      .summaryCountingControlArm(replications: Self.replications)
    let blockCount = RunBlock.count(replications: Self.replications)
    for shards in [1, 2, 3, 7] {
      // Shards run last to first, as a scheduler may finish them; the merge orders the blocks.
      var blocks: [RunBlock] = []
      for index in (0..<shards).reversed() {
        guard let shard = Shard(index: index, count: shards) else {
          Issue.record("no shard \(index) of \(shards)")
          return
        }
        ReplicationRunner(simulation: simulation, seed: seed, threads: 1 + index % 3)
          .runBlocks(shard.blocks(of: blockCount), of: Self.replications) { blocks.append($0) }
      }
      var builder = RunSummaryBuilder(
        parameters: drawn.parameters, replications: Self.replications, threads: 3)
      for block in blocks.sorted(by: { $0.index < $1.index }) { builder.add(block) }
      let merged = builder.result()
      #expect(merged.summary == whole.summary, "\(drawn), \(shards) shards: the summary differs")
      #expect(
        merged.controlArm == whole.controlArm, "\(drawn), \(shards) shards: the profile differs")
    }
  }
}
