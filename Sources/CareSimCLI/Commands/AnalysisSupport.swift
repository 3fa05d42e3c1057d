import CareSimCore
import CareSimIO
import Foundation

/// What every what-if command shares: options, the scenario, running a setting, writing results.
///
/// Every setting runs the same replication indices under the same seed, so residents and random
/// numbers are common across parameter values and differences between settings are not noise.
struct AnalysisContext {
  static let options: [OptionSpec] = [
    OptionSpec(
      "replications", valueName: "N", help: "Replications per point (default: the scenario's)"),
    OptionSpec("seed", valueName: "S", help: "Random seed (default: the scenario's)"),
    OptionSpec("threads", valueName: "T", help: "Worker threads (default: all cores)"),
    OptionSpec("out", valueName: "DIR", help: "Output folder (default: out/<scenario>-<command>)"),
  ]

  let scenario: Scenario
  let replications: Int
  let seed: UInt64
  let threads: Int
  let out: URL
  /// Runs settings against the base; the base runs on first use, after the command has checked
  /// its input.
  private let evaluator: WhatIfEvaluator

  init(_ parsed: ParsedArguments, command: String, replicationsOverride: Int? = nil) throws {
    let path = parsed.positional("SCENARIO")
    scenario = try ScenarioLoading.load(path)
    replications =
      try replicationsOverride
      ?? parsed.integer(
        "replications", default: scenario.runDefaults.replications, allowed: 2...10_000_000)
    seed = try parsed.unsignedInteger("seed", default: scenario.runDefaults.seed)
    threads = try parsed.integer(
      "threads", default: ProcessInfo.processInfo.activeProcessorCount, allowed: 1...1024)
    let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
    out = URL(fileURLWithPath: parsed.value("out") ?? "out/\(name)-\(command)")
    try OutputFolder.check(out)
    evaluator = WhatIfEvaluator(
      base: scenario.parameters, replications: replications, seed: seed, threads: threads)
  }

  /// The scenario with fields set by path; a bad path or value is an input error.
  func scenario(setting settings: [(path: String, value: Double)]) throws(CommandFailure)
    -> Scenario
  {
    do {
      return try scenario.setting(settings)
    } catch {
      throw CommandFailure(
        message: error.errors.map { "error: \($0)" }.joined(separator: "\n"),
        exitCode: .invalidInput)
    }
  }

  func totals(_ settings: [(path: String, value: Double)]) throws -> [ReplicationTotals] {
    evaluator.totals(try scenario(setting: settings).parameters)
  }

  func estimate(_ settings: [(path: String, value: Double)]) throws -> PointEstimate {
    evaluator.estimate(try scenario(setting: settings).parameters)
  }

  /// The estimates of several settings at once, which lets them share work (see
  /// ``WhatIfEvaluator/totals(of:)``).
  func estimates(_ settings: [[(path: String, value: Double)]]) throws -> [PointEstimate] {
    evaluator.estimates(of: try settings.map { try scenario(setting: $0).parameters })
  }

  /// Checks that every value of every parameter can be set, before any long work.
  func check(_ parameters: [ParameterSpec]) throws(CommandFailure) {
    for parameter in parameters {
      for value in parameter.values { _ = try scenario(setting: [(parameter.path, value)]) }
    }
  }

  func write(_ files: [String: Data]) throws(CommandFailure) {
    do {
      try AtomicFileWriter.writeDirectory(files, to: out)
    } catch {
      throw CommandFailure(
        message: "error: could not write \(out.path): \(error)", exitCode: .failure)
    }
  }

  /// The files of a result table, plus a JSON document with the run's context.
  func files(_ tables: [String: ResultTable], summary: [String: JSONValue]) -> [String: Data] {
    var files: [String: Data] = [:]
    var document = summary
    document["scenario"] = .object([
      "file": .string(scenario.file), "title": .string(scenario.metadata.title),
      "hash": .string(scenario.hash),
    ])
    document["seed"] = .string(String(seed))
    document["replicationsPerPoint"] = .number(Double(replications))
    document["caresimVersion"] = .string(RunReport.version)
    for (name, table) in tables {
      files["\(name).csv"] = Data(table.csv.utf8)
      document[name] = table.json
    }
    files["result.json"] = JSONValue.object(document).encoded(prettyPrinted: true)
    return files
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
    let allowed = "PATH=LOW:HIGH[:STEPS] with LOW < HIGH and STEPS >= 2"
    let parts = text.split(separator: "=", maxSplits: 1).map(String.init)
    guard parts.count == 2, !parts[0].isEmpty else {
      throw .invalidValue(option: option, value: text, allowed: allowed)
    }
    let numbers = parts[1].split(separator: ":", omittingEmptySubsequences: false).map {
      Double($0)
    }
    guard numbers.count == 2 || numbers.count == 3, let low = numbers[0], let high = numbers[1],
      low < high
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

extension PointEstimate {
  /// Columns of a point's results: net benefit per perspective, then ratios and QALYs.
  static let columns =
    Perspective.allCases.map { "netBenefit.\($0)" }
    + [
      "probabilityPositive.society", "benefitCostRatio.financial", "benefitCostRatio.social",
      "qalyGain",
    ]

  var cells: [ResultTable.Cell] {
    Perspective.allCases.map { .number(netBenefit($0).mean) }
      + [
        .number(probabilityPositive[Perspective.society.rawValue]),
        .number(financialBenefitCostRatio ?? .nan), .number(socialBenefitCostRatio ?? .nan),
        .number(qalyGain.mean),
      ]
  }
}
