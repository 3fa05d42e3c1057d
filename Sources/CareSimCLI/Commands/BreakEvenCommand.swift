import ArgumentParsing
import CareSimCore
import CareSimReports

/// `caresim breakeven SCENARIO --param PATH [--for FUNDER]`: the value of one parameter at which a
/// funder's (or society's) expected net benefit is zero.
enum BreakEvenCommand: Command {
  static let param: Option<String> = .required(
    "param", valueName: "PATH", help: "The parameter to solve for")
  static let payer: Option<Perspective> = .choice(
    "for", valueName: "PAYER",
    help: "Whose net benefit: " + Perspective.allCases.map(\.description).joined(separator: ", "),
    default: .society, word: \.description)
  static let low: Option<Double?> = .number(
    "low", valueName: "X", help: "Bracket start",
    describedDefault: "the parameter's range, or half its value", range: -1e15...1e15)
  static let high: Option<Double?> = .number(
    "high", valueName: "X", help: "Bracket end",
    describedDefault: "the parameter's range, or 1.5 times its value", range: -1e15...1e15)
  static let tolerance: Option<Double?> = .number(
    "tolerance", valueName: "X", help: "Stop when the bracket is this narrow",
    describedDefault: "a thousandth of the bracket", range: 1e-12...1e15)

  /// What the default folder's name adds, as help gives it.
  static let folderNaming = "-<parameter>-<payer>"

  static let spec = CommandSpec(
    name: "breakeven",
    summary: "Find the value of a parameter at which a payer's expected net benefit is zero, by "
      + "bracketing and bisection.",
    positionals: [CommonOptions.scenario],
    options: [param.spec, payer.spec, low.spec, high.spec, tolerance.spec]
      + AnalysisContext.options(command: "breakeven", naming: folderNaming))

  static func run(_ invocation: Invocation) throws {
    let parsed = invocation.parsed
    let path = try parsed[Self.param]
    let perspective = try parsed[Self.payer]
    let context = try AnalysisContext(
      invocation, command: "breakeven", naming: folderNaming,
      distinguishedBy: [CommonOptions.folderWord(path), "\(perspective)"])
    guard let current = context.scenario.number(at: path) else {
      _ = try context.scenario(setting: [(path, 0)])  // throws the error naming nearby paths
      preconditionFailure("a path the file does not hold cannot be set")
    }
    // A path into a sourced number's range or distribution is refused with its reason.
    _ = try context.scenario(setting: [(path, current)])
    let range = context.scenario.ranges[path]
    // The search stays inside the values the schema allows the field, narrowed where it stops
    // meaning what it says (a participant's relative risk above 1).
    let validRange = context.scenario.validRange(at: path) ?? -1e15...1e15
    let wholeNumbers = context.scenario.takesWholeNumbers(at: path)
    let low =
      try parsed[Self.low]
      ?? max(validRange.lowerBound, range?.lowerBound ?? current * 0.5)
    let high =
      try parsed[Self.high]
      ?? min(validRange.upperBound, range?.upperBound ?? current * 1.5)
    guard low < high else {
      throw CommandLineError.invalidValue(
        option: Self.high.name, value: ReportFormat.significant(high),
        allowed: "a value above the bracket's start (\(ReportFormat.significant(low)))")
    }
    for (option, value) in [(Self.low.name, low), (Self.high.name, high)]
    where !validRange.contains(value) {
      throw CommandLineError.invalidValue(
        option: option, value: ReportFormat.significant(value),
        allowed:
          "a value in the valid range of \(path) (\(ReportFormat.significant(validRange.lowerBound)) "
          + "to \(ReportFormat.significant(validRange.upperBound)))")
    }
    if wholeNumbers && low.rounded(.up) >= high.rounded(.down) {
      throw CommandLineError.invalidValue(
        option: Self.high.name, value: ReportFormat.significant(high),
        allowed: "a bracket that holds two whole numbers, as \(path) takes whole numbers only")
    }
    let tolerance = try parsed[Self.tolerance] ?? (high - low) / 1000

    // Two ends, up to six widenings of each, and about ten bisections.
    try context.checkBudget(settings: 24, what: "a wider --tolerance")
    // A probe the scenario refuses (a value another field's check depends on) ends the search
    // with that error.
    var refusal: CommandFailure?
    func evaluate(_ value: Double) -> MeanEstimate {
      do throws(CommandFailure) {
        return context.evaluator.estimate(try context.scenario(setting: [(path, value)]).parameters)
          .netBenefit(perspective)
      } catch {
        refusal = refusal ?? error
      }
      return MeanEstimate(mean: .nan, standardError: .nan)
    }
    let search = BreakEvenSearch.evaluate(
      parameter: path, perspective: perspective, current: current, low: low, high: high,
      validRange: validRange, wholeNumbers: wholeNumbers, tolerance: tolerance,
      netBenefit: evaluate)
    if let refusal { throw refusal }
    let report = BreakEvenSearchReport(
      provenance: try context.inspectedProvenance(), result: search)
    try context.finish(
      files: report.files(), table: report.table(), fileNames: BreakEvenSearchReport.fileNames,
      provenance: report.provenance)
  }
}
