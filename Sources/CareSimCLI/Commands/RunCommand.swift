import ArgumentParsing
import CareSimCore
import CareSimReports
import Foundation

/// `caresim run SCENARIO`: runs replications in parallel and writes the result folder.
enum RunCommand: Command {
  static let replications = CommonOptions.replications()
  static let out = CommonOptions.out(default: "out/<scenario name>")

  static let spec = CommandSpec(
    name: "run",
    summary: "Run a scenario's replications: totals per funder, net benefit per payer after the "
      + "funding split, monthly trajectories, where residents die.",
    positionals: [CommonOptions.scenario],
    options: CommonOptions.run(out: out, replications: replications.spec) + [
      ShardOption.shard.spec
    ])

  static func run(_ invocation: Invocation) throws {
    let path = invocation.parsed.positional("SCENARIO")
    let scenario = try CommonOptions.loadScenario(path)
    let replications =
      try invocation.parsed[Self.replications] ?? scenario.runDefaults.replications
    let seed = try invocation.seed(scenario)
    let threads = try invocation.threads()
    _ = try invocation.reportLocale()  // checked before the work
    if let shard = try invocation.shard() {
      return try runShard(
        shard, of: scenario, path: path, replications: replications, seed: seed,
        threads: threads, invocation: invocation)
    }
    let folder = try invocation.outputFolder(
      Self.out, fallback: CommonOptions.defaultOut(scenario: path))
    try invocation.checkBudget(
      scenario.parameters, replications: replications, settings: 1, threads: threads,
      smaller: "fewer --replications (now \(replications)), or fewer residents or months in the "
        + "scenario")

    let progress = Progress(
      total: replications, unit: "replications", style: invocation.progressStyle)
    let (summary, controlArm) = simulate(
      scenario.parameters, replications: replications, seed: seed, threads: threads,
      progress: progress)
    progress.finish()
    let report = RunReport(
      scenario: scenario, seed: seed, summary: summary, controlArm: controlArm)
    let extra = try invocation.write(report.files(), to: folder, threads: threads)
    invocation.console.out(report.table())
    invocation.console.out("\n" + report.wroteLine(folder: folder.path, extra: extra) + "\n")
  }

  /// Runs the replications and summarises them, and counts their control arm by year, sex and
  /// age as it runs (where its residents die).
  ///
  /// Batches have the runner's fixed size and add in replication order, so the result is the
  /// same on any thread count.
  static func simulate(
    _ parameters: ScenarioParameters, replications: Int, seed: UInt64, threads: Int,
    progress: Progress? = nil
  ) -> (summary: OutcomeSummary, controlArm: ControlArmProfile) {
    ReplicationRunner(simulation: Simulation(parameters: parameters), seed: seed, threads: threads)
      .summaryCountingControlArm(replications: replications) { progress?.advance(by: $0) }
  }
}
