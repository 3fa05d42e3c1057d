import ArgumentParsing
import CareSimCharts
import CareSimCore
import CareSimScenario
import Foundation

/// The options several commands share, declared once so that they read alike everywhere.
enum CommonOptions {
  /// The scenario argument every scenario command takes first.
  static let scenario = (name: "SCENARIO", help: "Scenario file (JSON5: comments allowed)")

  /// The most replications a command accepts: beyond it the totals kept per replication no longer
  /// fit the memory a laptop has to spare, and a run takes hours.
  static let maximumReplications = ScenarioLimits.replications

  /// Replications, by default the scenario's.
  static func replications(_ help: String = "Replications", minimum: Int = 1) -> Option<Int?> {
    .integer(
      "replications", valueName: "N", help: help, describedDefault: "the scenario's",
      range: minimum...maximumReplications)
  }

  static let seed: Option<UInt64?> = .unsignedInteger(
    "seed", valueName: "S", help: "Random seed", describedDefault: "the scenario's")

  static let threads: Option<Int?> = .integer(
    "threads", valueName: "T", help: "Worker threads; results do not depend on it",
    describedDefault: "all cores", range: 1...1024)

  /// The output folder; `text` says where it goes without the option.
  static func out(default text: String) -> Option<String?> {
    .text(
      "out", valueName: "DIR",
      help: "Output folder: new, empty, or an earlier CareSim result, which is replaced",
      describedDefault: text)
  }

  static let quiet: Option<Bool> = .flag("quiet", help: "Print nothing but errors")

  static let progress: Option<Bool> = .flag(
    "progress", help: "Report progress every few seconds even when stderr is not a terminal")

  static let locale: Option<ReportLocale> = .choice(
    "locale", valueName: "LANG",
    help: "Language and numbers of the report or page: en (€1,234.5) or nl (€\u{00A0}1.234,5)",
    default: .en, word: \.rawValue)

  static let noReport: Option<Bool> = .flag(
    "no-report", help: "Write the data files without report.html")

  /// The options of every command that runs replications and writes a result folder.
  static func run(out: Option<String?>, replications: OptionSpec) -> [OptionSpec] {
    [
      replications, seed.spec, threads.spec, out.spec, locale.spec, noReport.spec, quiet.spec,
      progress.spec, RunBudget.force.spec,
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

  /// How a default folder's name gives a parameter: the last part of its path
  /// (`relativeRisk` for `mechanisms.prevention.relativeRisk`), with any character a file name
  /// should not hold as `_`.
  static func folderWord(_ path: String) -> String {
    let last = path.split(separator: ".").last.map(String.init) ?? path
    return String(
      last.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" ? $0 : "_" })
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
    try parsed[CommonOptions.seed] ?? scenario.runDefaults.seed
  }

  func threads() throws(CommandLineError) -> Int {
    try parsed[CommonOptions.threads] ?? ProcessInfo.processInfo.activeProcessorCount
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
      threads: threads, force: parsed.declares(RunBudget.force) && parsed[RunBudget.force],
      smaller: smaller)
  }

  /// The report's language, from `--locale`.
  func reportLocale() throws(CommandLineError) -> ReportLocale {
    try parsed[CommonOptions.locale]
  }

  var progressStyle: ProgressStyle {
    ProgressStyle.forStandardError(
      quiet: parsed[CommonOptions.quiet], requested: parsed[CommonOptions.progress])
  }
}
