import CareSimCore
import CareSimIO
import Foundation

/// `caresim run SCENARIO`: runs replications in parallel and writes the output folder atomically.
enum RunCommand {
  static let spec = CommandSpec(
    name: "run", summary: "Run a scenario's replications; write summary.json and trajectories.csv.",
    positionals: [ScenarioLoading.positional],
    options: [
      OptionSpec("replications", valueName: "N", help: "Replications (default: the scenario's)"),
      OptionSpec("seed", valueName: "S", help: "Random seed (default: the scenario's)"),
      OptionSpec("threads", valueName: "T", help: "Worker threads (default: all cores)"),
      OptionSpec("out", valueName: "DIR", help: "Output folder (default: out/<scenario name>)"),
    ])

  static func run(_ arguments: [String], console: Console) throws {
    guard let parsed = try spec.parse(arguments, helpTo: console) else { return }
    let path = parsed.positional("SCENARIO")
    let scenario = try ScenarioLoading.load(path)
    let replications = try parsed.integer(
      "replications", default: scenario.runDefaults.replications, allowed: 1...10_000_000)
    let seed = try parsed.unsignedInteger("seed", default: scenario.runDefaults.seed)
    let threads = try parsed.integer(
      "threads", default: ProcessInfo.processInfo.activeProcessorCount, allowed: 1...1024)
    let outDirectory = URL(
      fileURLWithPath: parsed.value("out")
        ?? "out/" + URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent)

    try OutputFolder.check(outDirectory)
    let summary = simulate(
      scenario.parameters, replications: replications, seed: seed, threads: threads)
    let report = RunReport(scenario: scenario, seed: seed, summary: summary)
    do {
      try AtomicFileWriter.writeDirectory(report.files(), to: outDirectory)
    } catch {
      throw CommandFailure(
        message: "error: could not write \(outDirectory.path): \(error)", exitCode: .failure)
    }
    console.out(report.table())
    console.out("\nWrote \(outDirectory.path)/summary.json, trajectories.csv and outcomes.csv\n")
  }

  /// Runs the replications and summarises them; shared by every command that runs a scenario.
  static func simulate(
    _ parameters: ScenarioParameters, replications: Int, seed: UInt64,
    threads: Int
  ) -> OutcomeSummary {
    let runner = ReplicationRunner(
      simulation: Simulation(parameters: parameters), seed: seed, threads: threads)
    var builder = OutcomeSummaryBuilder(parameters: parameters, threads: threads)
    runner.run(replications: replications) { builder.add($0) }
    return builder.summary()
  }
}
