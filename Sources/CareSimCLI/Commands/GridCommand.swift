import ArgumentParsing
import CareSimCore
import CareSimIO

/// `caresim grid SCENARIO --x PATH=... --y PATH=...`: two-way sensitivity, for example substitution
/// against escalation.
enum GridCommand: Command {
  static let spec = CommandSpec(
    name: "grid",
    summary: "Two-way sensitivity: net benefit per funder and the chance of a positive balance on "
      + "a grid of two parameters.",
    positionals: [CommonOptions.scenario],
    options: [
      OptionSpec(
        "x", valueName: "PATH=LOW:HIGH[:STEPS]", help: "First parameter; STEPS defaults to 5",
        required: true),
      OptionSpec(
        "y", valueName: "PATH=LOW:HIGH[:STEPS]", help: "Second parameter; STEPS defaults to 5",
        required: true),
    ] + AnalysisContext.options(command: "grid"))

  static func run(_ invocation: Invocation) throws {
    func axis(_ name: String) throws(CommandLineError) -> ParameterSpec {
      guard let text = invocation.parsed.value(name) else {
        throw .missingOption(option: name, usage: spec.usage)
      }
      return try ParameterSpec.parse(text, option: name, defaultSteps: 5)
    }
    let x = try axis("x")
    let y = try axis("y")
    guard x.path != y.path else {
      throw CommandLineError.invalidValue(
        option: "y", value: y.path, allowed: "a parameter other than --x's")
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
    let result = TwoWaySensitivity.evaluate(
      x: .init(name: x.path, values: x.values), y: .init(name: y.path, values: y.values),
      settings: settings, with: context.evaluator)
    let report = TwoWaySensitivityReport(provenance: context.provenance, result: result)
    try context.finish(
      files: report.files(), table: report.table(), fileNames: TwoWaySensitivityReport.fileNames)
  }
}
