import CareSimCore
import CareSimIO

/// `caresim split SCENARIO`: the funding-split stress test over a simplex grid of splits of the
/// intervention's cost among Wmo, Zvw and Wlz.
enum SplitCommand {
  static let defaultVaried = [
    "mechanisms.substitution.share", "mechanisms.escalation.crisisAdmissionProbability",
    "mechanisms.escalation.participantRelativeRisk",
  ]

  static let spec = CommandSpec(
    name: "split",
    summary: "Funding-split stress test: each payer's balance and chance of loss for every split.",
    positionals: [ScenarioLoading.positional],
    options: [
      OptionSpec(
        "steps", valueName: "K", help: "Grid steps per unit share (default 10: steps of 0.1)"),
      OptionSpec(
        "vary", kind: .repeatedValue, valueName: "PATH=LOW:HIGH",
        help:
          "Show how the results move with a parameter (default: substitution and escalation ranges)"
      ),
    ] + AnalysisContext.options)

  static func run(_ arguments: [String], console: Console) throws {
    guard let parsed = try spec.parse(arguments, helpTo: console) else { return }
    let steps = try parsed.integer("steps", default: 10, allowed: 1...100)
    let context = try AnalysisContext(parsed, command: "split")
    var varied = try parsed.values("vary").map { text throws(CommandLineError) in
      var parameter = try ParameterSpec.parse(text, option: "vary")
      parameter.steps = 2  // the findings compare the two ends
      return parameter
    }
    if parsed.values("vary").isEmpty {
      varied = defaultVaried.compactMap { path in
        context.scenario.ranges[path].map {
          ParameterSpec(path: path, low: $0.lowerBound, high: $0.upperBound, steps: 2)
        }
      }
    }

    try context.check(varied)
    let base = FundingSplitAnalysis(totals: try context.totals([]))
    var grid = ResultTable(
      columns: ["wmo", "zvw", "wlz"]
        + Funder.payers.flatMap { ["balance.\($0)", "probabilityOfLoss.\($0)"] })
    for split in FundingSplitAnalysis.simplexGrid(steps: steps) {
      let balances = Funder.payers.map { base.balance($0, split: split) }
      grid.append(
        Funder.payers.map { .number(split[$0]) }
          + balances.flatMap { [.number($0.mean), .number($0.probabilityOfLoss)] })
    }

    var findings = ResultTable(
      columns: ["setting", "value", "split", "wmo", "zvw", "wlz"]
        + Funder.payers.map { "balance.\($0)" } + Funder.payers.map { "probabilityOfLoss.\($0)" })
    func addFindings(_ analysis: FundingSplitAnalysis, setting: String, value: Double) {
      let candidates: [(String, FunderAmounts?)] = [
        ("scenario", context.scenario.parameters.fundingSplit),
        ("fair share", analysis.fairShare),
        ("all break even", analysis.breakEvenSplit),
      ]
      for (name, split) in candidates {
        guard let split else {
          findings.append(
            [.text(setting), .number(value), .text(name + ": none exists")]
              + Array(repeating: .number(.nan), count: 9))
          continue
        }
        let balances = Funder.payers.map { analysis.balance($0, split: split) }
        findings.append(
          [.text(setting), .number(value), .text(name)] + Funder.payers.map { .number(split[$0]) }
            + balances.map { .number($0.mean) } + balances.map { .number($0.probabilityOfLoss) })
      }
    }
    addFindings(base, setting: "base", value: .nan)
    for parameter in varied {
      for value in [parameter.low, parameter.high] {
        let analysis = FundingSplitAnalysis(totals: try context.totals([(parameter.path, value)]))
        addFindings(analysis, setting: parameter.path, value: value)
      }
    }

    try context.write(
      context.files(
        ["splits": grid, "findings": findings],
        summary: [
          "analysis": .string("funding-split stress test"),
          "note": .string(
            "Balances are discounted savings minus the payer's share of the intervention cost; "
              + "'all break even' is a split at which every payer's expected balance is at least 0."
          ),
        ]))
    console.out(
      "Funding-split stress test of \(context.scenario.metadata.title): "
        + "\(context.replications) replications, seed \(context.seed)\n"
        + "Expected savings: "
        + Funder.payers.map { "\($0) \(ReportFormat.euros(base.meanSavings[$0]))" }
        .joined(separator: ", ") + "; intervention cost \(ReportFormat.euros(base.meanCost))\n\n")
    var shown = ResultTable(
      columns: ["setting", "value", "split", "wmo", "zvw", "wlz", "bal wmo", "bal zvw", "bal wlz"])
    for row in findings.rows { shown.append(Array(row[0..<9])) }
    console.out(shown.rendered)
    console.out("\nWrote \(context.out.path)/splits.csv, findings.csv and result.json\n")
  }
}
