import ArgumentParsing
import CareSimCore
import CareSimReports

/// `caresim grid SCENARIO --x PATH=... --y PATH=...`: two-way sensitivity, for example substitution
/// against escalation.
enum GridCommand: Command {
  static let x: Option<String> = .required(
    "x", valueName: "PATH=LOW:HIGH[:STEPS]", help: "First parameter; STEPS defaults to 5")
  static let y: Option<String> = .required(
    "y", valueName: "PATH=LOW:HIGH[:STEPS]", help: "Second parameter; STEPS defaults to 5")

  static let spec = CommandSpec(
    name: "grid",
    summary: "Two-way sensitivity: net benefit per funder and the chance of a positive balance on "
      + "a grid of two parameters.",
    positionals: [CommonOptions.scenario],
    options: [x.spec, y.spec] + AnalysisContext.options(command: "grid") + [ShardOption.shard.spec])

  static func run(_ invocation: Invocation) throws {
    func axis(_ option: Option<String>) throws(CommandLineError) -> ParameterSpec {
      try ParameterSpec.parse(invocation.parsed[option], option: option.name, defaultSteps: 5)
    }
    let x = try axis(Self.x)
    let y = try axis(Self.y)
    guard x.path != y.path else {
      throw CommandLineError.invalidValue(
        option: Self.y.name, value: y.path, allowed: "a parameter other than --x's")
    }
    let context = try AnalysisContext(invocation, command: "grid")
    // Every cell is set and checked before the first replication runs.
    var settings: [ScenarioParameters] = []
    for xValue in x.values {
      for yValue in y.values {
        settings.append(
          try context.scenario(setting: [(x.path, xValue), (y.path, yValue)]).parameters)
      }
    }
    try context.checkBudget(settings: settings.count + 1, what: "fewer steps on --x and --y")
    let xAxis = TwoWaySensitivity.Axis(name: x.path, values: x.values)
    let yAxis = TwoWaySensitivity.Axis(name: y.path, values: y.values)
    let result: TwoWaySensitivity
    switch try context.work(settings: settings, command: spec.name) {
    case .shardWritten:
      return
    case .merged(let estimates, _):
      result = TwoWaySensitivity(x: xAxis, y: yAxis, cells: estimates)
    case .here:
      result = TwoWaySensitivity.evaluate(
        x: xAxis, y: yAxis, settings: settings, with: context.evaluator)
    }
    let report = TwoWaySensitivityReport(
      provenance: try context.inspectedProvenance(), result: result)
    try context.finish(
      files: report.files(), table: report.table(), fileNames: TwoWaySensitivityReport.fileNames,
      provenance: report.provenance)
  }
}
