import ArgumentParsing
import CareSimCore
import CareSimOutput
import CareSimReports
import CareSimScenario
import Foundation

/// What every what-if command shares: options, the scenario, settings by path, the output folder.
///
/// Every setting runs the same replication indices under the same seed, so residents and random
/// numbers are common across parameter values and differences between settings are not noise.
struct AnalysisContext {
  /// Replications per setting, unless the command declares its own.
  static let replications = CommonOptions.replications("Replications per setting", minimum: 2)

  /// The output folder, by default named after the scenario, the command and what distinguishes
  /// one use of the command from another (`naming`, as help describes it: "-<parameter>-<payer>").
  static func out(command: String, naming: String = "") -> Option<String?> {
    CommonOptions.out(default: "out/<scenario name>-\(command)" + naming)
  }

  /// The options every what-if command takes; `replications` replaces ``replications``, and
  /// `naming` says what the default folder's name adds (see ``out(command:naming:)``).
  static func options(
    command: String, naming: String = "", replications: OptionSpec = replications.spec
  ) -> [OptionSpec] {
    CommonOptions.run(out: out(command: command, naming: naming), replications: replications)
  }

  let invocation: Invocation
  let scenario: Scenario
  let replications: Int
  let seed: UInt64
  let threads: Int
  let folder: ResultFolder
  /// Runs settings against the base; the base runs on first use, after the command has checked
  /// its input.
  let evaluator: WhatIfEvaluator

  /// Reads the common options and prepares the output folder, before any work.
  ///
  /// - Parameters:
  ///   - invocation: The command line.
  ///   - command: The command's name.
  ///   - naming: How help describes `words`, as the command declared its options.
  ///   - words: What distinguishes this use of the command from another (a parameter, a payer):
  ///     the default folder's name ends in them, so that two uses do not replace each other.
  ///   - override: The replications, where the command has its own option for them.
  /// - Throws: An input error for a bad option or scenario, or an output folder in the way.
  init(
    _ invocation: Invocation, command: String, naming: String = "",
    distinguishedBy words: [String] = [], replications override: Int? = nil
  ) throws {
    self.invocation = invocation
    let path = invocation.parsed.positional("SCENARIO")
    scenario = try CommonOptions.loadScenario(path)
    replications =
      try override ?? invocation.parsed[Self.replications] ?? scenario.runDefaults.replications
    seed = try invocation.seed(scenario)
    threads = try invocation.threads()
    _ = try invocation.reportLocale()  // checked before the work
    folder = try invocation.outputFolder(
      Self.out(command: command, naming: naming),
      fallback: CommonOptions.defaultOut(
        scenario: path, command: ([command] + words).joined(separator: "-")))
    evaluator = WhatIfEvaluator(
      base: scenario.parameters, replications: replications, seed: seed, threads: threads)
  }

  /// Where the analysis's figures come from, with the scenario's warnings: its base, as written,
  /// on the analysis's replications and seed, inspected (``ScopeWarning``) as the analysis ran
  /// it, or as the shard that ran it kept it, so that the terminal and the report warn as
  /// `caresim run`'s do.
  ///
  /// - Throws: ``CommandFailure`` for a merged shard whose kept means are damaged.
  func inspectedProvenance() throws(CommandFailure) -> AnalysisProvenance {
    var warnings: [ScopeWarning]?
    if let baseShard = invocation.mergingShards?.first(where: {
      $0.manifest.blocks.upperBound == $0.manifest.blockCount
    }) {
      do {
        warnings = try ScopeEvidenceFile.read(shard: baseShard.path).map {
          ScopeWarning.inspect(scenario.parameters, evidence: $0)
        }
      } catch {
        throw CommandFailure(message: "error: \(error)", exitCode: .invalidInput)
      }
    }
    return AnalysisProvenance(
      scenario: scenario, seed: seed, replications: replications,
      warnings: warnings ?? evaluator.scopeWarnings)
  }

  /// The scenario with fields set by path; a bad path or value is an input error.
  func scenario(setting settings: [(path: String, value: Double)]) throws(CommandFailure)
    -> Scenario
  {
    do {
      return try scenario.setting(settings)
    } catch {
      throw CommandFailure(
        message: error.diagnostics,
        exitCode: .invalidInput)
    }
  }

  /// The parameters at every value of a parameter: checked (path and range) before any work.
  func settings(_ parameter: ParameterSpec) throws(CommandFailure) -> [ScenarioParameters] {
    var settings: [ScenarioParameters] = []
    for value in parameter.values {
      settings.append(try scenario(setting: [(parameter.path, value)]).parameters)
    }
    return settings
  }

  /// Refuses, before the work, an analysis of `settings` settings too large for the machine or for
  /// an hour.
  func checkBudget(settings: Int, what: String) throws(CommandFailure) {
    // A merge computes nothing; a shard computes its share.
    guard invocation.mergingShards == nil else { return }
    let shards = (try? invocation.shard())?.count ?? 1
    try invocation.checkBudget(
      scenario.parameters, replications: replications,
      settings: (settings + shards - 1) / shards, threads: threads,
      smaller: "fewer replications per setting (now \(replications)), or \(what)")
  }

  /// Writes the files, prints the table, the provenance's warnings and the line that lists what
  /// was written.
  func finish(
    files: [String: Data], table: String, fileNames: [String], provenance: AnalysisProvenance
  ) throws {
    let extra = try invocation.write(
      files, to: folder, threads: threads, mergedFrom: invocation.mergingShards?.map(\.path))
    invocation.console.out(table + ReportPhrases.terminalLines(provenance.warnings ?? []))
    invocation.console.out(
      "\n" + AnalysisProvenance.wroteLine(folder: folder.path, fileNames + extra) + "\n")
  }
}

/// A parameter and the values to try: `PATH=LOW:HIGH[:STEPS]`.
struct ParameterSpec: Equatable {
  var path: String
  var low: Double
  var high: Double
  var steps: Int

  static func parse(_ text: String, option: String, defaultSteps: Int = 2)
    throws(CommandLineError) -> ParameterSpec
  {
    let allowed = "PATH=LOW:HIGH[:STEPS] with finite LOW < HIGH and whole STEPS in 2...1000"
    let parts = text.split(separator: "=", maxSplits: 1).map(String.init)
    guard parts.count == 2, !parts[0].isEmpty else {
      throw .invalidValue(option: option, value: text, allowed: allowed)
    }
    let numbers = parts[1].split(separator: ":", omittingEmptySubsequences: false).map {
      Double($0)
    }
    guard numbers.count == 2 || numbers.count == 3, let low = numbers[0], let high = numbers[1],
      low.isFinite, high.isFinite, low < high, (high - low).isFinite
    else { throw .invalidValue(option: option, value: text, allowed: allowed) }
    var steps = defaultSteps
    if numbers.count == 3 {
      guard let count = numbers[2], count >= 2, count == count.rounded(), count <= 1000 else {
        throw .invalidValue(option: option, value: text, allowed: allowed)
      }
      steps = Int(count)
    }
    return ParameterSpec(path: parts[0], low: low, high: high, steps: steps)
  }

  /// Evenly spaced values from low to high, both included.
  var values: [Double] {
    (0..<steps).map { low + (high - low) * Double($0) / Double(steps - 1) }
  }
}
