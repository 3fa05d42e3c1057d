import CareSimCharts
import CareSimCore
import CareSimIO
import Foundation

/// The options several commands share, declared once so that they read alike everywhere.
enum CommonOptions {
  /// The scenario argument every scenario command takes first.
  static let scenario = (name: "SCENARIO", help: "Scenario file (JSON5: comments allowed)")

  /// The most replications a command accepts: beyond it the totals kept per replication no longer
  /// fit the memory a laptop has to spare, and a run takes hours.
  static let maximumReplications = ScenarioLimits.replications

  static func replications(_ help: String = "Replications", minimum: Int = 1) -> OptionSpec {
    OptionSpec(
      "replications", valueName: "N", help: help, default: .described("the scenario's"),
      range: .integer(minimum...maximumReplications))
  }

  static let seed = OptionSpec(
    "seed", valueName: "S", help: "Random seed", default: .described("the scenario's"))

  static let threads = OptionSpec(
    "threads", valueName: "T", help: "Worker threads; results do not depend on it",
    default: .described("all cores"), range: .integer(1...1024))

  static func out(default text: String) -> OptionSpec {
    OptionSpec(
      "out", valueName: "DIR",
      help: "Output folder: new, empty, or an earlier CareSim result, which is replaced",
      default: .described(text))
  }

  static let quiet = OptionSpec(
    "quiet", kind: .flag, help: "Print nothing but errors")

  static let progress = OptionSpec(
    "progress", kind: .flag,
    help: "Report progress every few seconds even when stderr is not a terminal")

  static let locale = OptionSpec(
    "locale", valueName: "LANG",
    help: "Language and numbers of the report or page: en (€1,234.5) or nl (€\u{00A0}1.234,5)",
    default: .value("en"))

  static let noReport = OptionSpec(
    "no-report", kind: .flag, help: "Write the data files without report.html")

  /// The options of every command that runs replications and writes a result folder.
  static func run(out: String, replications: OptionSpec = replications()) -> [OptionSpec] {
    [
      replications, seed, threads, CommonOptions.out(default: out), locale, noReport, quiet,
      progress, RunBudget.force,
    ]
  }

  /// Loads a scenario, turning every problem in the file into one line on stderr.
  static func loadScenario(_ path: String) throws(CommandFailure) -> Scenario {
    do {
      return try Scenario.load(from: URL(fileURLWithPath: path), name: path)
    } catch {
      throw CommandFailure(
        message: error.diagnostics,
        exitCode: .invalidInput)
    }
  }

  /// The default output folder of a scenario command: `out/<scenario name>[-<command>]`.
  static func defaultOut(scenario path: String, command: String? = nil) -> String {
    let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
    return "out/" + name + (command.map { "-\($0)" } ?? "")
  }
}

extension Invocation {
  /// The seed, the threads and the progress style of a run, from the options and the scenario.
  func seed(_ scenario: Scenario) throws(CommandLineError) -> UInt64 {
    try parsed.unsignedInteger("seed", default: scenario.runDefaults.seed)
  }

  func threads() throws(CommandLineError) -> Int {
    try parsed.integer("threads", default: ProcessInfo.processInfo.activeProcessorCount)
  }

  /// Refuses, before the work, a command too large for the machine or for an hour (see
  /// ``RunBudget``).
  func checkBudget(
    _ parameters: ScenarioParameters, replications: Int, settings: Int, threads: Int,
    smaller: String
  ) throws(CommandFailure) {
    try RunBudget.check(
      WorkEstimate(
        parameters: parameters, replications: replications, settings: settings, threads: threads),
      threads: threads, force: parsed.declares("force") && parsed.flag("force"), smaller: smaller)
  }

  /// The report's language, from `--locale`.
  func reportLocale() throws(CommandLineError) -> ReportLocale {
    let name = try parsed.choice(
      "locale", among: ReportLocale.allCases.map(\.rawValue), default: ReportLocale.en.rawValue)
    return ReportLocale(rawValue: name) ?? .en
  }

  var progressStyle: ProgressStyle {
    ProgressStyle.forStandardError(quiet: parsed.flag("quiet"), requested: parsed.flag("progress"))
  }
}
