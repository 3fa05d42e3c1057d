import CareSimCore
import CareSimIO

/// `caresim grid SCENARIO --x PATH=... --y PATH=...`: two-way sensitivity, for example substitution
/// against escalation.
enum GridCommand {
  static let spec = CommandSpec(
    name: "grid",
    summary: "Two-way sensitivity: net benefit per funder and the chance of a positive balance.",
    positionals: [ScenarioLoading.positional],
    options: [
      OptionSpec(
        "x", valueName: "PATH=LOW:HIGH[:STEPS]", help: "First parameter (default 5 steps)"),
      OptionSpec(
        "y", valueName: "PATH=LOW:HIGH[:STEPS]", help: "Second parameter (default 5 steps)"),
    ] + AnalysisContext.options)

  static func run(_ arguments: [String], console: Console) throws {
    guard let parsed = try spec.parse(arguments, helpTo: console) else { return }
    func axis(_ name: String) throws -> ParameterSpec {
      guard let text = parsed.value(name) else {
        throw CommandLineError.missingValue(option: name)
      }
      return try ParameterSpec.parse(text, option: name, defaultSteps: 5)
    }
    let x = try axis("x")
    let y = try axis("y")
    guard x.path != y.path else {
      throw CommandLineError.invalidValue(
        option: "y", value: y.path, allowed: "a parameter other than --x's")
    }
    let context = try AnalysisContext(parsed, command: "grid")
    try context.check([x, y])
    let perspectives = Perspective.allCases
    var grid = ResultTable(
      columns: [x.path, y.path] + perspectives.map { "netBenefit.\($0)" }
        + perspectives.map { "probabilityPositive.\($0)" })
    var shown = ResultTable(columns: [
      x.path, y.path, "society", "P(society > 0)", "wmo", "P(wmo > 0)",
    ])
    let cells = x.values.flatMap { xValue in y.values.map { (xValue, $0) } }
    let estimates = try context.estimates(cells.map { [(x.path, $0.0), (y.path, $0.1)] })
    for ((xValue, yValue), estimate) in zip(cells, estimates) {
      grid.append(
        [.number(xValue), .number(yValue)]
          + perspectives.map { .number(estimate.netBenefit($0).mean) }
          + perspectives.map { .number(estimate.probabilityPositive[$0.rawValue]) })
      shown.append([
        .number(xValue), .number(yValue), .number(estimate.netBenefit(.society).mean),
        .number(estimate.probabilityPositive[Perspective.society.rawValue]),
        .number(estimate.netBenefit(.wmo).mean),
        .number(estimate.probabilityPositive[Perspective.wmo.rawValue]),
      ])
    }
    try context.write(
      context.files(["grid": grid], summary: ["analysis": .string("two-way sensitivity")]))
    console.out(
      "Two-way sensitivity of \(context.scenario.metadata.title): \(x.steps) x \(y.steps) cells, "
        + "\(context.replications) replications a cell, seed \(context.seed)\n\n")
    console.out(shown.rendered)
    console.out("\nWrote \(context.out.path)/grid.csv and result.json\n")
  }
}
