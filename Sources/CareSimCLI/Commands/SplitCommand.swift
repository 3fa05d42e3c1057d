import ArgumentParsing
import CareSimCore
import CareSimReports

/// `caresim split SCENARIO`: the funding-split stress test over a simplex grid of splits of the
/// intervention's cost among Wmo, Zvw and Wlz.
enum SplitCommand: Command {
  static let defaultVaried = [
    "mechanisms.substitution.share", "mechanisms.escalation.crisisAdmissionProbability",
    "mechanisms.escalation.participantRelativeRisk",
  ]

  static let steps: Option<Int> = .integer(
    "steps", valueName: "K", help: "Grid steps per unit share (10 gives steps of 0.1)",
    default: 10, range: 1...100)
  static let vary: Option<[String]> = .repeated(
    "vary", valueName: "PATH=LOW:HIGH",
    help: "Show how the findings move between a parameter's two ends",
    describedDefault: "the substitution and escalation ranges of the scenario")

  static let spec = CommandSpec(
    name: "split",
    summary: "Funding-split stress test: each payer's balance and chance of a loss for every "
      + "split of the programme's cost.",
    positionals: [CommonOptions.scenario],
    options: [steps.spec, vary.spec] + AnalysisContext.options(command: "split"))

  static func run(_ invocation: Invocation) throws {
    let steps = try invocation.parsed[Self.steps]
    var varied = try invocation.parsed[Self.vary].map { text throws(CommandLineError) in
      var parameter = try ParameterSpec.parse(text, option: Self.vary.name)
      parameter.steps = 2  // the findings compare the two ends
      return parameter
    }
    let context = try AnalysisContext(invocation, command: "split")
    if varied.isEmpty {
      varied = defaultVaried.compactMap { path in
        context.scenario.ranges[path].map {
          ParameterSpec(path: path, low: $0.lowerBound, high: $0.upperBound, steps: 2)
        }
      }
    }
    // Every variation is set and checked before the first replication runs.
    var variations: [FundingSplitStressTest.Variation] = []
    for parameter in varied {
      for (value, setting) in zip(parameter.values, try context.settings(parameter)) {
        variations.append(.init(parameter: parameter.path, value: value, setting: setting))
      }
    }
    try context.checkBudget(settings: variations.count + 1, what: "fewer --vary parameters")
    let result = FundingSplitStressTest.evaluate(
      steps: steps, variations: variations, with: context.evaluator)
    let report = FundingSplitStressTestReport(
      provenance: try context.inspectedProvenance(), result: result)
    try context.finish(
      files: report.files(), table: report.table(),
      fileNames: FundingSplitStressTestReport.fileNames, provenance: report.provenance)
  }
}
