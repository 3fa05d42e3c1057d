import ArgumentParsing
import CareSimCore
import CareSimOutput
import Foundation

/// Where a what-if analysis's estimates come from.
enum AnalysisWork {
  /// Computed here, in one process.
  case here
  /// This process was a shard: it wrote its blocks (or, for `caresim plan`, only checked that
  /// they fit), and the command is done.
  case shardWritten
  /// Read from the shards being merged: the settings' estimates, in order, and the base's.
  case merged(settings: [PointEstimate], base: PointEstimate)
}

/// A what-if analysis cut into blocks: each setting one block, in the command's order, then the
/// base; a shard evaluates a contiguous range of them, and a merge reads them back.
extension AnalysisContext {
  /// Runs this command's shard and writes it, or reads the shards being merged, or says that
  /// the work is done here.
  ///
  /// - Parameters:
  ///   - settings: The analysis's settings, in the order its result lists them.
  ///   - command: The command's name, for the manifest.
  /// - Returns: Where the estimates come from.
  /// - Throws: ``CommandFailure`` for shards that do not fit the work, or damaged shards.
  func work(settings: [ScenarioParameters], command: String) throws -> AnalysisWork {
    let blockCount = settings.count + 1
    if let shards = invocation.mergingShards {
      var estimates: [PointEstimate] = []
      for shard in shards {
        let data = try shard.blocks()
        do {
          let blocks = try PointEstimate.decoded(data, path: shard.path)
          guard blocks.map(\.index) == Array(shard.manifest.blocks) else {
            throw ShardError.damaged(
              path: shard.path,
              reason: "its blocks are not blocks \(shard.manifest.blocks.lowerBound)-"
                + "\(shard.manifest.blocks.upperBound - 1)")
          }
          estimates += blocks.map(\.estimate)
        } catch {
          throw CommandFailure(message: "error: \(error)", exitCode: .invalidInput)
        }
      }
      guard estimates.count == blockCount, let base = estimates.last else {
        throw CommandFailure(
          message: "error: \(shards[0].path): the shards hold \(estimates.count) settings, and "
            + "the command has \(blockCount) with its base: it has changed since they ran",
          exitCode: .invalidInput)
      }
      return .merged(settings: Array(estimates.dropLast()), base: base)
    }
    guard let shard = try invocation.shard() else { return .here }
    try ShardFolder.checkWorth(
      shard, blocks: blockCount, blockName: "settings, its base included",
      estimate: WorkEstimate(
        parameters: scenario.parameters, replications: replications, settings: blockCount,
        threads: 1),
      invocation: invocation)
    if invocation.checksShardFitOnly { return .shardWritten }
    let manifest = ShardManifest(
      command: command, commandLine: invocation.commandLine, scenario: scenario.file,
      scenarioHash: scenario.hash, seed: seed,
      options: [
        "replications": String(replications),
        "arguments": ShardFolder.deciding(invocation.commandLine),
      ],
      blockSize: 1, blockCount: blockCount, shard: shard)
    let estimates = evaluator.estimates(ofBlocks: manifest.blocks, settings: settings)
    // The shard that runs the base keeps what its warnings read, so that the merge runs nothing.
    let holdsBase = manifest.blocks.upperBound == blockCount
    try ShardFolder.write(
      manifest, blocks: PointEstimate.encoded(estimates, first: manifest.blocks.lowerBound),
      extra: holdsBase
        ? [ScopeEvidenceFile.fileName: ScopeEvidenceFile.encoded(evaluator.scopeEvidence)] : [:],
      to: folder, invocation)
    let last = manifest.blocks.upperBound == blockCount ? " (the last is the base)" : ""
    invocation.console.out(
      ShardFolder.wroteLine(
        folder: folder.path, manifest: manifest,
        what: "\(manifest.blocks.count) of \(blockCount) settings\(last)"))
    return .shardWritten
  }
}
