import ArgumentParsing
import CareSimCore
import CareSimOutput
import CareSimScenario
import Foundation

/// `caresim merge SHARD... --out DIR`: the shards of one command line, merged into exactly the
/// files that command writes in one process.
enum MergeCommand: Command {
  static let out = CommonOptions.out(default: "the command's own default folder")

  static let spec = CommandSpec(
    name: "merge",
    summary: "Merge the shards that '--shard K/N' wrote into the result one process writes, "
      + "byte for byte; refuses missing, duplicated or mismatched shards.",
    positionals: [
      (
        name: "SHARD...",
        help: "The folders the shards wrote, in any order, each once"
      )
    ],
    options: [
      out.spec, CommonOptions.threads.spec, CommonOptions.locale.spec,
      CommonOptions.noReport.spec, CommonOptions.quiet.spec,
    ],
    takesMore: true)

  static func run(_ invocation: Invocation) throws {
    _ = try invocation.reportLocale()  // checked before the work
    _ = try invocation.threads()
    let shards = try ShardFolder.readAll(invocation.parsed.positionals("SHARD..."))
    let first = shards[0].manifest
    let folder = try invocation.outputFolder(
      Self.out, fallback: CommonOptions.defaultOut(scenario: first.scenario))
    let scenario = try CommonOptions.loadScenario(first.scenario)
    guard scenario.hash == first.scenarioHash else {
      throw CommandFailure(
        message: "error: "
          + "\(ShardError.scenarioChanged(path: first.scenario, expected: first.scenarioHash, found: scenario.hash))",
        exitCode: .invalidInput)
    }
    switch first.command {
    case RunCommand.spec.name:
      try RunCommand.merge(shards, scenario: scenario, to: folder, invocation: invocation)
    case PSACommand.spec.name, SweepCommand.spec.name, GridCommand.spec.name:
      // The command sets up its settings again from its own command line (drawing a PSA's
      // sets, checking every value), then takes their estimates from the shards.
      guard let command = CareSimCommand.commands.first(where: { $0.spec.name == first.command })
      else { preconditionFailure("\(first.command) is a command") }
      let line = ShardFolder.commandLine(
        of: first, out: folder.path, presentation: ShardFolder.presentation(of: invocation))
      var merged = invocation
      merged.parsed = try command.spec.parse(Array(line.dropFirst(2)))
      merged.commandLine = line
      merged.mergingShards = shards
      try command.run(merged)
    default:
      throw CommandFailure(
        message: "error: \(shards[0].path): shards of '\(first.command)' cannot be merged by "
          + "this CareSim; merge shards of run, psa, sweep or grid",
        exitCode: .invalidInput)
    }
  }
}
