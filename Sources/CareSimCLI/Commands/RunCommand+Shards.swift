import ArgumentParsing
import CareSimCore
import CareSimOutput
import CareSimReports
import CareSimScenario
import Foundation

/// `caresim run --shard K/N`: one shard of a run's blocks; and the merge of a run's shards.
extension RunCommand {
  /// Runs shard `shard` of the run's blocks and writes its folder: the manifest and the blocks.
  static func runShard(
    _ shard: Shard, of scenario: Scenario, path: String, replications: Int, seed: UInt64,
    threads: Int, invocation: Invocation
  ) throws {
    let blockCount = RunBlock.count(replications: replications)
    try ShardFolder.checkWorth(
      shard, blocks: blockCount, blockName: "blocks of \(RunBlock.size) replications",
      estimate: WorkEstimate(
        parameters: scenario.parameters, replications: replications, settings: 1, threads: 1),
      invocation: invocation)
    if invocation.checksShardFitOnly { return }
    let folder = try invocation.outputFolder(
      Self.out, fallback: CommonOptions.defaultOut(scenario: path, command: "shard-\(shard.index)"))
    let manifest = ShardManifest(
      command: spec.name, commandLine: invocation.commandLine, scenario: path,
      scenarioHash: scenario.hash, seed: seed,
      options: [
        "replications": String(replications),
        "arguments": ShardFolder.deciding(invocation.commandLine),
      ],
      blockSize: RunBlock.size, blockCount: blockCount, shard: shard)
    let shardReplications = RunBlock.replications(in: manifest.blocks, of: replications)
    let progress = Progress(
      total: shardReplications.count, unit: "replications", style: invocation.progressStyle)
    var blocks: [RunBlock] = []
    ReplicationRunner(
      simulation: Simulation(parameters: scenario.parameters), seed: seed, threads: threads
    ).runBlocks(manifest.blocks, of: replications) { block in
      blocks.append(block)
      progress.advance(by: block.outcomes.count)
    }
    progress.finish()
    try ShardFolder.write(manifest, blocks: RunBlock.encoded(blocks), to: folder, invocation)
    invocation.console.out(
      ShardFolder.wroteLine(
        folder: folder.path, manifest: manifest,
        what: "replications \(shardReplications.lowerBound + 1)-\(shardReplications.upperBound)"
          + " of \(replications)"))
  }

  /// Merges a run's shards into the folder `caresim run` writes in one process.
  static func merge(
    _ shards: [ShardFolder.Read], scenario: Scenario, to folder: ResultFolder,
    invocation: Invocation
  ) throws {
    let first = shards[0].manifest
    guard let replications = first.options["replications"].flatMap({ Int($0) }),
      RunBlock.count(replications: replications) == first.blockCount
    else {
      throw CommandFailure(
        message: "error: \(shards[0].path): damaged shard: its replications and blocks disagree",
        exitCode: .invalidInput)
    }
    var builder = RunSummaryBuilder(
      parameters: scenario.parameters, replications: replications,
      threads: try invocation.threads())
    for shard in shards {
      let blocks: [RunBlock]
      do {
        blocks = try RunBlock.decoded(
          shard.blocks, months: scenario.parameters.months, path: shard.path)
      } catch {
        throw CommandFailure(message: "error: \(error)", exitCode: .invalidInput)
      }
      guard blocks.map(\.index) == Array(shard.manifest.blocks),
        blocks.map(\.outcomes.count)
          == shard.manifest.blocks.map({
            RunBlock.replications(in: $0..<($0 + 1), of: replications).count
          })
      else {
        throw CommandFailure(
          message: "error: \(shard.path): damaged shard: its blocks are not blocks "
            + "\(shard.manifest.blocks.lowerBound)-\(shard.manifest.blocks.upperBound - 1) of "
            + "\(replications) replications; run that shard again",
          exitCode: .invalidInput)
      }
      for block in blocks { builder.add(block) }
    }
    let (summary, controlArm) = builder.result()
    let report = RunReport(
      scenario: scenario, seed: first.seed, summary: summary, controlArm: controlArm)
    let extra = try ShardFolder.writeMerged(
      report.files(), from: shards, to: folder, invocation: invocation)
    invocation.console.out(report.table())
    invocation.console.out("\n" + report.wroteLine(folder: folder.path, extra: extra) + "\n")
  }
}
