import ArgumentParsing
import CareSimCore
import CareSimReports

/// `caresim sweep SCENARIO [--param PATH=LOW:HIGH[:STEPS]] ...`: one-way sensitivity analysis and
/// its tornado, ranked by the swing of society's net benefit.
///
/// Without `--param` it sweeps every ranged value but the calibrated ones: a calibrated value's
/// range is its posterior interval, the population's uncertainty, which `caresim psa` draws
/// jointly; swept one at a time, with the others held, its ends would be points the calibration
/// found unlikely together. `--include-calibrated` adds them.
enum SweepCommand: Command {
  static let param: Option<[String]> = .repeated(
    "param", valueName: "PATH=LOW:HIGH[:STEPS]",
    help: "A parameter to sweep, STEPS values from LOW to HIGH",
    describedDefault:
      "every parameter with a range in the scenario but its calibrated values, 2 steps")
  static let includeCalibrated: Option<Bool> = .flag(
    "include-calibrated",
    help: "Without --param, sweep the calibrated values too, over their posterior 95% intervals")

  /// What the default folder's name adds, as help gives it.
  static let folderNaming = "[-<parameter>...]"

  static let spec = CommandSpec(
    name: "sweep",
    summary: "One-way sensitivity: each parameter from low to high with the others at base, "
      + "ranked in a tornado.",
    positionals: [CommonOptions.scenario],
    options: [param.spec, includeCalibrated.spec]
      + AnalysisContext.options(command: "sweep", naming: folderNaming) + [ShardOption.shard.spec])

  static func run(_ invocation: Invocation) throws {
    var parameters = try invocation.parsed[Self.param].map { text throws(CommandLineError) in
      try ParameterSpec.parse(text, option: Self.param.name)
    }
    let includesCalibrated = invocation.parsed[Self.includeCalibrated]
    if includesCalibrated && !parameters.isEmpty {
      throw CommandFailure(
        message: "error: --include-calibrated chooses the parameters when no --param names them; "
          + "give one or the other",
        exitCode: .invalidInput)
    }
    let context = try AnalysisContext(
      invocation, command: "sweep", naming: folderNaming,
      distinguishedBy: parameters.map { CommonOptions.folderWord($0.path) })
    if parameters.isEmpty {
      parameters = context.scenario.ranges.keys.sorted().compactMap { path in
        guard let range = context.scenario.ranges[path], range.lowerBound < range.upperBound,
          includesCalibrated || !context.scenario.isCalibrated(path)
        else { return nil }
        return ParameterSpec(path: path, low: range.lowerBound, high: range.upperBound, steps: 2)
      }
    }
    guard !parameters.isEmpty else {
      let calibrated =
        context.scenario.calibration == nil
        ? "" : " but its calibrated values (--include-calibrated)"
      throw CommandFailure(
        message: "error: \(context.scenario.file): no parameter has a range\(calibrated); name "
          + "one with --param",
        exitCode: .invalidInput)
    }
    // Every value of every parameter is set and checked before the first replication runs.
    var axes: [OneWaySensitivity.Axis] = []
    for parameter in parameters {
      axes.append(
        OneWaySensitivity.Axis(
          name: parameter.path, values: parameter.values,
          settings: try context.settings(parameter)))
    }
    try context.checkBudget(
      settings: axes.reduce(1) { $0 + $1.values.count }, what: "fewer parameters or steps")
    let result: OneWaySensitivity
    switch try context.work(settings: axes.flatMap(\.settings), command: spec.name) {
    case .shardWritten:
      return
    case .merged(let estimates, let base):
      result = OneWaySensitivity.assembled(axes, estimates: estimates, base: base)
    case .here:
      result = OneWaySensitivity.evaluate(axes, with: context.evaluator)
    }
    let report = OneWaySensitivityReport(
      provenance: try context.inspectedProvenance(), result: result)
    try context.finish(
      files: report.files(), table: report.table(),
      fileNames: OneWaySensitivityReport.fileNames, provenance: report.provenance)
  }
}
