import CareSimCore
import CareSimIO

/// `caresim sweep SCENARIO [--param PATH=LOW:HIGH[:STEPS]] ...`: one-way sensitivity analysis and
/// its tornado, ranked by the swing of society's net benefit.
enum SweepCommand {
  static let spec = CommandSpec(
    name: "sweep",
    summary: "One-way sensitivity: each parameter from low to high, others at base; a tornado.",
    positionals: [ScenarioLoading.positional],
    options: [
      OptionSpec(
        "param", kind: .repeatedValue, valueName: "PATH=LOW:HIGH[:STEPS]",
        help: "A parameter to sweep (default: every parameter with a range in the scenario)")
    ] + AnalysisContext.options)

  static func run(_ arguments: [String], console: Console) throws {
    guard let parsed = try spec.parse(arguments, helpTo: console) else { return }
    let context = try AnalysisContext(parsed, command: "sweep")
    var parameters = try parsed.values("param").map { text throws(CommandLineError) in
      try ParameterSpec.parse(text, option: "param")
    }
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
    try context.check(parameters)

    var sweep = ResultTable(columns: ["parameter", "value"] + PointEstimate.columns)
    var tornado = ResultTable(
      columns: [
        "parameter", "low", "high", "society.atLow", "society.atHigh", "swing",
        "wmo.atLow", "wmo.atHigh", "zvw.atLow", "zvw.atHigh", "wlz.atLow", "wlz.atHigh",
        "ratio.atLow", "ratio.atHigh", "qalyGain.atLow", "qalyGain.atHigh",
      ])
    var bars: [(swing: Double, row: [ResultTable.Cell])] = []
    let points = try context.estimates(
      parameters.flatMap { parameter in parameter.values.map { [(parameter.path, $0)] } })
    // After the points: evaluated together, they run the base's replications alongside.
    let base = try context.estimate([])
    var nextPoint = points.makeIterator()
    for parameter in parameters {
      var estimates: [PointEstimate] = []
      for value in parameter.values {
        guard let estimate = nextPoint.next() else { preconditionFailure("a point per value") }
        estimates.append(estimate)
        sweep.append([.text(parameter.path), .number(value)] + estimate.cells)
      }
      guard let low = estimates.first, let high = estimates.last else { continue }
      func pair(_ perspective: Perspective) -> [ResultTable.Cell] {
        [.number(low.netBenefit(perspective).mean), .number(high.netBenefit(perspective).mean)]
      }
      let swing = abs(high.netBenefit(.society).mean - low.netBenefit(.society).mean)
      bars.append(
        (
          swing,
          [.text(parameter.path), .number(parameter.low), .number(parameter.high)] + pair(.society)
            + [.number(swing)] + pair(.wmo) + pair(.zvw) + pair(.wlz)
            + [
              .number(low.financialBenefitCostRatio ?? .nan),
              .number(high.financialBenefitCostRatio ?? .nan), .number(low.qalyGain.mean),
              .number(high.qalyGain.mean),
            ]
        ))
    }
    for bar in bars.sorted(by: { $0.swing > $1.swing }) { tornado.append(bar.row) }

    var baseTable = ResultTable(columns: PointEstimate.columns)
    baseTable.append(base.cells)
    try context.write(
      context.files(
        ["sweep": sweep, "tornado": tornado, "base": baseTable],
        summary: [
          "analysis": .string(
            "one-way sensitivity (tornado ranked by swing of society's net benefit)")
        ]))
    console.out(
      "One-way sensitivity of \(context.scenario.metadata.title): \(parameters.count) parameters, "
        + "\(context.replications) replications a point, seed \(context.seed)\n"
        + "Base: net benefit to society \(ReportFormat.euros(base.netBenefit(.society).mean)) "
        + "(SE \(ReportFormat.euros(base.netBenefit(.society).standardError)))\n\n"
        + "Tornado (discounted net benefit after the funding split, ranked by swing for society):\n"
    )
    var shown = ResultTable(
      columns: ["parameter", "low", "high", "society at low", "society at high", "swing"])
    for row in tornado.rows { shown.append(Array(row[0..<6])) }
    console.out(shown.rendered)
    console.out("\nWrote \(context.out.path)/sweep.csv, tornado.csv and result.json\n")
  }
}
