import CareSimCore
import CareSimIO

/// `caresim sweep SCENARIO [--param PATH=LOW:HIGH[:STEPS]] ...`: one-way sensitivity analysis and
/// its tornado, ranked by the swing of society's net benefit.
enum SweepCommand: Command {
  static let spec = CommandSpec(
    name: "sweep",
    summary: "One-way sensitivity: each parameter from low to high with the others at base, "
      + "ranked in a tornado.",
    positionals: [CommonOptions.scenario],
    options: [
      OptionSpec(
        "param", kind: .repeatedValue, valueName: "PATH=LOW:HIGH[:STEPS]",
        help: "A parameter to sweep, STEPS values from LOW to HIGH",
        default: .described("every parameter with a range in the scenario, 2 steps"))
    ] + AnalysisContext.options(command: "sweep"))

  static func run(_ invocation: Invocation) throws {
    var parameters = try invocation.parsed.values("param").map { text throws(CommandLineError) in
      try ParameterSpec.parse(text, option: "param")
    }
    let context = try AnalysisContext(invocation, command: "sweep")
    if parameters.isEmpty {
      parameters = context.scenario.ranges.keys.sorted().compactMap { path in
        guard let range = context.scenario.ranges[path], range.lowerBound < range.upperBound else {
          return nil
        }
        return ParameterSpec(path: path, low: range.lowerBound, high: range.upperBound, steps: 2)
      }
    }
    guard !parameters.isEmpty else {
      throw CommandFailure(
        message: "error: \(context.scenario.file): no parameter has a range; name one with --param",
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
    let report = OneWaySensitivityReport(
      provenance: context.provenance,
      result: OneWaySensitivity.evaluate(axes, with: context.evaluator))
    try context.finish(
      files: report.files(), table: report.table(),
      fileNames: OneWaySensitivityReport.fileNames)
  }
}
