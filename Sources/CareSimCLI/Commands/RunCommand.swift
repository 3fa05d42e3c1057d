import ArgumentParsing
import CareSimCore
import CareSimOutput
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
    let (summary, controlArm) = try simulate(
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
  /// same on any thread count. The monthly values are kept in memory up to their budget and in a
  /// temporary file past it (``monthlyValues(months:replications:)``).
  ///
  /// - Throws: ``CommandFailure`` when the temporary file fails (a full disk).
  static func simulate(
    _ parameters: ScenarioParameters, replications: Int, seed: UInt64, threads: Int,
    progress: Progress? = nil
  ) throws(CommandFailure) -> (summary: OutcomeSummary, controlArm: ControlArmProfile) {
    do {
      return try ReplicationRunner(
        simulation: Simulation(parameters: parameters), seed: seed, threads: threads
      ).summaryCountingControlArm(
        replications: replications,
        keepingMonthlyValuesIn: try monthlyValues(
          months: parameters.months, replications: replications)
      ) { progress?.advance(by: $0) }
    } catch {
      throw failure(error)
    }
  }

  /// Where a run of `replications` replications keeps its monthly values: in memory up to
  /// ``MonthlyValuesInMemory/budgetBytes``, in a temporary file past it.
  ///
  /// `CARESIM_MONTHLY_VALUES_BUDGET_FOR_TESTS` (bytes) lowers the budget, so that the tests can
  /// run the file's path through the command line on a small run; users have no need of it
  /// (the budget already bounds memory), so neither `--help` nor the README names it.
  static func monthlyValues(months: Int, replications: Int) throws(MonthlyValueFileError)
    -> RunMonthlyValues
  {
    let budget = ProcessInfo.processInfo.environment["CARESIM_MONTHLY_VALUES_BUDGET_FOR_TESTS"]
      .flatMap { Int($0) }
    return try RunMonthlyValues(
      months: months, replications: replications,
      budgetBytes: budget ?? MonthlyValuesInMemory.budgetBytes)
  }

  /// A failure of the monthly values' temporary file as the command reports it: the system's
  /// fault, not the input's.
  static func failure(_ error: MonthlyValueFileError) -> CommandFailure {
    CommandFailure(message: "error: \(error)", exitCode: .failure)
  }
}
