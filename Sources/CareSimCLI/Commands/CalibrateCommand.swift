import ArgumentParsing
import CareSimCore
import CareSimReports
import CareSimScenario
import Foundation

/// `caresim calibrate SCENARIO --targets FILE --param PATH[=LOW:HIGH] ...`: fits parameters so
/// that the control arm reproduces national figures, finds how uncertain the targets leave them,
/// and writes a calibrated copy of the file that carries both.
enum CalibrateCommand: Command {
  static let targets: Option<String> = .required(
    "targets", valueName: "FILE",
    help: "Targets file: national figures with their uncertainty and source "
      + "(Scenarios/calibration/netherlands.json)")
  static let param: Option<[String]> = .repeated(
    "param", valueName: "PATH[=LOW:HIGH]",
    help: "A parameter to fit, searched from LOW to HIGH within the file's search box (all of it "
      + "when left out): the box its calibration searched, else its range; the search starts "
      + "at the centre, so a calibrated file is reproduced from its seed",
    required: true)
  static let maximumEvaluations: Option<Int> = .integer(
    "max-evaluations", valueName: "N", help: "Stop the search after N trial points",
    default: Calibration.defaultMaximumEvaluations, range: 2...100_000)
  static let posteriorDraws: Option<Int> = .integer(
    "posterior-draws", valueName: "N",
    help: "Importance draws for the fitted values' posterior, each a trial point; 0 for the "
      + "Laplace approximation alone, which is also reported when the draws' effective "
      + "sample size stays below \(Int(Calibration.minimumEffectiveSampleSize))",
    default: Calibration.defaultPosteriorDraws, range: 0...100_000)
  static let checkReplications: Option<Int?> = .integer(
    "check-replications", valueName: "N",
    help: "Replications that measure the calibrated file for the fit table",
    describedDefault: "the scenario's", range: 2...CommonOptions.maximumReplications)
  static let date: Option<String?> = .text(
    "date", valueName: "YYYY-MM-DD", help: "The date the fitted values' sources give",
    describedDefault: "today")
  static let replications: Option<Int> = .integer(
    "replications", valueName: "N", help: "Replications per trial point, the same at every point",
    default: Calibration.defaultReplications, range: 2...CommonOptions.maximumReplications)

  static let spec = CommandSpec(
    name: "calibrate",
    summary: "Fit parameters to national targets (Nelder-Mead on common random numbers), find "
      + "their posterior uncertainty, and write a calibrated copy of the scenario with a fit "
      + "table per target.",
    positionals: [CommonOptions.scenario],
    options: [
      targets.spec, param.spec, maximumEvaluations.spec, posteriorDraws.spec,
      checkReplications.spec, date.spec,
    ] + AnalysisContext.options(command: "calibrate", replications: replications.spec))

  static func run(_ invocation: Invocation) throws {
    let parsed = invocation.parsed
    let targetsPath = try parsed[Self.targets]
    let date = try calibrationDate(parsed[Self.date])
    let maximumEvaluations = try parsed[Self.maximumEvaluations]
    let draws = try parsed[Self.posteriorDraws]
    let replications = try parsed[Self.replications]
    let context = try AnalysisContext(invocation, command: "calibrate", replications: replications)
    let scenario = context.scenario
    let checkReplications =
      try parsed[Self.checkReplications] ?? scenario.runDefaults.replications
    let targets: CalibrationTargets
    do {
      targets = try CalibrationTargets.load(
        from: URL(fileURLWithPath: targetsPath), name: targetsPath)
    } catch {
      throw CommandFailure(message: error.diagnostics, exitCode: .invalidInput)
    }
    try checkYears(targets, months: scenario.parameters.months)
    let parameters = try parsed[Self.param].map { text in
      try parameter(text, in: context)
    }
    do {
      try CalibratedScenario.checkSelfContained(scenario, fitting: parameters.map(\.path))
    } catch {
      throw CommandFailure(message: error.diagnostics, exitCode: .invalidInput)
    }
    let text: String
    do {
      text = try String(contentsOf: URL(fileURLWithPath: scenario.file), encoding: .utf8)
    } catch {
      throw CommandFailure(
        message: "error: \(scenario.file): cannot be read again as UTF-8 text: \(error)",
        exitCode: .invalidInput)
    }
    let posteriorEvaluations = Calibration.posteriorEvaluations(
      parameters: parameters.count, draws: draws)
    try context.checkBudget(
      settings: maximumEvaluations + posteriorEvaluations + 1 + checkReplications
        / max(1, replications),
      what: "fewer --max-evaluations (now \(maximumEvaluations)) or --posterior-draws (now "
        + "\(draws))")

    func simulation(_ point: [Double]) throws -> Simulation {
      Simulation(
        parameters: try context.scenario(
          setting: zip(parameters, point).map { ($0.path, $1) }
        ).parameters)
    }
    let calibration = Calibration(
      parameters: parameters, targets: targets.targets, seed: context.seed,
      replications: replications, threads: context.threads,
      stopping: Calibration.stopping(maximumEvaluations: maximumEvaluations))
    let start = Calibration.measure(
      targets.targets, in: try simulation(parameters.map(\.start)), seed: context.seed,
      replications: replications, threads: context.threads)
    let progress = Progress(
      total: maximumEvaluations + posteriorEvaluations, unit: "trial points",
      style: invocation.progressStyle)
    let fit = try calibration.fit(simulation) { _ in progress.advance() }
    let posterior = try calibration.posterior(of: fit, draws: draws, simulation) {
      progress.advance()
    }
    progress.finish()

    let calibratedText: String
    let calibrated: Scenario
    do {
      calibratedText = try CalibratedScenario.text(
        text, scenario: scenario, values: CalibratedScenario.values(fit: fit, posterior: posterior),
        record: CalibratedScenario.record(posterior: posterior, targets: targetsPath, date: date),
        method: CalibratedScenario.method(of: posterior))
      calibrated = try Scenario.parse(Data(calibratedText.utf8), file: scenario.file)
    } catch {
      throw CommandFailure(message: error.diagnostics, exitCode: .invalidInput)
    }
    let measured = Calibration.measure(
      targets.targets, in: Simulation(parameters: calibrated.parameters), seed: context.seed,
      replications: checkReplications, threads: context.threads)
    let report = CalibrationReport(
      provenance: AnalysisProvenance(
        scenario: context.scenario, seed: context.seed, replications: context.replications),
      targetsFile: targetsPath, targetsName: targets.name, targetsNameNL: targets.nameNL,
      fit: fit, posterior: posterior, start: start, calibrated: measured,
      checkReplications: checkReplications,
      scenarioFileName: URL(fileURLWithPath: scenario.file).lastPathComponent,
      scenarioText: calibratedText)
    try context.finish(
      files: report.files(), table: report.table(), fileNames: report.fileNames(),
      provenance: report.provenance)
  }

  /// A parameter to fit: `PATH=LOW:HIGH`, or `PATH` with the file's search box (the box the
  /// file's calibration searched it in, else its range); both ends must be values the field
  /// allows, checked before any work.
  static func parameter(_ text: String, in context: AnalysisContext) throws -> Calibration.Parameter
  {
    let allowed = "PATH=LOW:HIGH with finite LOW < HIGH, or PATH with a range in the scenario"
    let parts = text.split(separator: "=", maxSplits: 1).map(String.init)
    guard let path = parts.first, !path.isEmpty else {
      throw CommandLineError.invalidValue(option: "param", value: text, allowed: allowed)
    }
    let bounds: ClosedRange<Double>
    if parts.count == 2 {
      let numbers = parts[1].split(separator: ":", omittingEmptySubsequences: false).map {
        Double($0)
      }
      guard numbers.count == 2, let low = numbers[0], let high = numbers[1], low.isFinite,
        high.isFinite, low < high
      else { throw CommandLineError.invalidValue(option: "param", value: text, allowed: allowed) }
      bounds = low...high
      if let range = context.scenario.searchBounds(for: path),
        !(range.contains(low) && range.contains(high))
      {
        let which =
          context.scenario.isCalibrated(path) ? " (the box its calibration searched)" : ""
        throw CommandFailure(
          message: "error: --param \(text): \(context.scenario.file) gives \(path) the range "
            + "[\(DataNumber.csv(range.lowerBound)), \(DataNumber.csv(range.upperBound))]"
            + "\(which), and the search stays within it, so the calibrated value is one the file "
            + "allows; allowed: bounds within that range, or widen the range in the file",
          exitCode: .invalidInput)
      }
    } else {
      guard context.scenario.number(at: path) != nil else {
        _ = try context.scenario(setting: [(path, 0)])  // throws the error naming nearby paths
        preconditionFailure("a path the file does not hold cannot be set")
      }
      guard let range = context.scenario.searchBounds(for: path),
        range.lowerBound < range.upperBound
      else {
        throw CommandFailure(
          message: "error: --param \(path): \(context.scenario.file) gives it no range; "
            + "write --param \(path)=LOW:HIGH",
          exitCode: .invalidInput)
      }
      bounds = range
    }
    // Both ends and the centre must be values the field takes.
    for value in [bounds.lowerBound, bounds.upperBound] {
      _ = try context.scenario(setting: [(path, value)])
    }
    return Calibration.Parameter(path: path, bounds: bounds)
  }

  /// Every target's years must lie within the scenario's horizon.
  static func checkYears(_ targets: CalibrationTargets, months: Int) throws {
    let years = (months + 11) / 12
    for (index, target) in targets.targets.enumerated() {
      guard let chosen = target.years, chosen.upperBound > years else { continue }
      throw CommandFailure(
        message: "error: \(targets.file): targets.\(index).years: year \(chosen.upperBound) is "
          + "beyond the scenario's horizon of \(years) years; allowed: 1 to \(years)",
        exitCode: .invalidInput)
    }
  }

  /// The date the sources give: `YYYY-MM-DD` as given, or today's (UTC).
  static func calibrationDate(_ text: String?) throws -> String {
    guard let text else {
      let formatter = DateFormatter()
      formatter.locale = Locale(identifier: "en_US_POSIX")
      formatter.timeZone = TimeZone(identifier: "UTC")
      formatter.dateFormat = "yyyy-MM-dd"
      return formatter.string(from: Date())
    }
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
      let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
      (1900...9999).contains(year), (1...12).contains(month), (1...31).contains(day)
    else {
      throw CommandLineError.invalidValue(
        option: "date", value: text, allowed: "a date YYYY-MM-DD, such as 2026-12-01")
    }
    return text
  }
}
