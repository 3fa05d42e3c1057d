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
    // Each block encoded as it comes, so the shard holds its file's bytes and no more.
    var blocks = Data()
    ReplicationRunner(
      simulation: Simulation(parameters: scenario.parameters), seed: seed, threads: threads
    ).runBlocks(manifest.blocks, of: replications) { block in
      blocks.append(RunBlock.encoded([block]))
      progress.advance(by: block.outcomes.count)
    }
    progress.finish()
    try ShardFolder.write(manifest, blocks: blocks, to: folder, invocation)
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
    let months = scenario.parameters.months
    let threads = try invocation.threads()
    let store: RunMonthlyValues
    do {
      store = try monthlyValues(months: months, replications: replications)
    } catch {
      throw failure(error)
    }
    var builder = RunSummaryBuilder(
      parameters: scenario.parameters, replications: replications, threads: threads, store: store)
    // Block by block, so that a merge holds one block of the shards at a time.
    for shard in shards {
      let damaged = CommandFailure(
        message: "error: \(shard.path): damaged shard: its blocks are not blocks "
          + "\(shard.manifest.blocks.lowerBound)-\(shard.manifest.blocks.upperBound - 1) of "
          + "\(replications) replications; run that shard again",
        exitCode: .invalidInput)
      var expected = shard.manifest.blocks.makeIterator()
      do {
        var reader = try RunBlockReader(file: shard.blocksFile, months: months, path: shard.path)
        while let block = try reader.next() {
          guard block.index == expected.next(),
            block.outcomes.count
              == RunBlock.replications(in: block.index..<(block.index + 1), of: replications).count
          else { throw damaged }
          try builder.add(block)
        }
      } catch let error as ShardError {
        throw CommandFailure(message: "error: \(error)", exitCode: .invalidInput)
      } catch let error as MonthlyValueFileError {
        throw failure(error)
      }
      guard expected.next() == nil else { throw damaged }
    }
    let result: (summary: OutcomeSummary, controlArm: ControlArmProfile)
    do {
      result = try builder.result()
    } catch {
      throw failure(error)
    }
    let (summary, controlArm) = result
    let report = RunReport(
      scenario: scenario, seed: first.seed, summary: summary, controlArm: controlArm)
    let extra = try ShardFolder.writeMerged(
      report.files(), from: shards, to: folder, invocation: invocation)
    invocation.console.out(report.table())
    invocation.console.out("\n" + report.wroteLine(folder: folder.path, extra: extra) + "\n")
  }
}
