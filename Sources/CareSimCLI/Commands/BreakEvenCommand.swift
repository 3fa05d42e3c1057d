import CareSimCore
import CareSimIO

/// `caresim breakeven SCENARIO --param PATH [--for FUNDER]`: the value of one parameter at which a
/// funder's (or society's) expected net benefit is zero.
enum BreakEvenCommand {
  static let spec = CommandSpec(
    name: "breakeven",
    summary: "Find where a funder's expected net benefit is zero, by bracketing and bisection.",
    positionals: [ScenarioLoading.positional],
    options: [
      OptionSpec("param", valueName: "PATH", help: "The parameter to solve for"),
      OptionSpec("for", valueName: "FUNDER", help: "wmo, zvw, wlz, informal or society (default)"),
      OptionSpec(
        "low", valueName: "X", help: "Bracket start (default: the range, or half the value)"),
      OptionSpec("high", valueName: "X", help: "Bracket end (default: the range, or 1.5 times)"),
      OptionSpec("tolerance", valueName: "X", help: "Stop when the bracket is this narrow"),
    ] + AnalysisContext.options)

  static func run(_ arguments: [String], console: Console) throws {
    guard let parsed = try spec.parse(arguments, helpTo: console) else { return }
    guard let path = parsed.value("param") else {
      throw CommandLineError.missingValue(option: "param")
    }
    let perspectiveName = parsed.value("for") ?? "society"
    guard let perspective = Perspective.allCases.first(where: { $0.description == perspectiveName })
    else {
      throw CommandLineError.invalidValue(
        option: "for", value: perspectiveName, allowed: "wmo, zvw, wlz, informal or society")
    }
    let context = try AnalysisContext(parsed, command: "breakeven")
    guard let current = context.scenario.number(at: path) else {
      _ = try context.scenario(setting: [(path, 0)])  // throws the error naming nearby paths
      return
    }
    let range = context.scenario.ranges[path]
    let low = try parsed.double(
      "low", default: range?.lowerBound ?? current * 0.5, allowed: -1e15...1e15)
    let high = try parsed.double(
      "high", default: range?.upperBound ?? current * 1.5, allowed: -1e15...1e15)
    guard low < high else {
      throw CommandLineError.invalidValue(
        option: "high", value: "\(high)", allowed: "a value above --low (\(low))")
    }
    let tolerance = try parsed.double(
      "tolerance", default: (high - low) / 1000, allowed: 1e-12...1e15)

    // Probes outside the field's allowed range are refused by validation: that is the limit.
    var refusal: CommandFailure?
    let evaluate = { (value: Double) -> MeanEstimate in
      do {
        return try context.estimate([(path, value)]).netBenefit(perspective)
      } catch let failure as CommandFailure {
        refusal = refusal ?? failure
      } catch {
        refusal = refusal ?? CommandFailure(message: "error: \(error)", exitCode: .failure)
      }
      return MeanEstimate(mean: .nan, standardError: .nan)
    }
    let result: BreakEven.Result
    do {
      result = try BreakEven.find(
        low: low, high: high,
        limits: context.scenario.allowedRanges[path] ?? -1e15...1e15, tolerance: tolerance,
        evaluate: evaluate)
    } catch {
      if let refusal { throw refusal }
      guard case .noSignChange(let lower, let upper) = error else { throw error }
      throw CommandFailure(
        message: "error: the \(perspective) net benefit does not change sign between \(path) = "
          + "\(lower.value) (\(ReportFormat.euros(lower.netBenefit.mean))) and \(upper.value) "
          + "(\(ReportFormat.euros(upper.netBenefit.mean))): no break-even in that range",
        exitCode: .failure)
    }
    if let refusal { throw refusal }

    var probes = ResultTable(columns: [path, "netBenefit.\(perspective)", "standardError"])
    for probe in result.probes {
      probes.append([
        .number(probe.value), .number(probe.netBenefit.mean),
        .number(probe.netBenefit.standardError),
      ])
    }
    try context.write(
      context.files(
        ["probes": probes],
        summary: [
          "parameter": .string(path), "perspective": .string(perspective.description),
          "root": RunReport.number(result.root), "lower95": RunReport.number(result.lower),
          "upper95": RunReport.number(result.upper), "current": .number(current),
          "note": .string(
            "Bisection on common random numbers; the 95% interval carries the net benefit's "
              + "standard error at the root through the slope of the bracketing probes."),
        ]))
    console.out(
      "Break-even of \(path) for \(perspective) in \(context.scenario.metadata.title)\n"
        + "(\(context.replications) replications a probe, seed \(context.seed); "
        + "current value \(current))\n\n"
        + "Expected net benefit is zero at \(path) = \(ReportFormat.decimal(result.root, places: 4)) "
        + "(95% interval \(ReportFormat.decimal(result.lower, places: 4)) to "
        + "\(ReportFormat.decimal(result.upper, places: 4))), after \(result.probes.count) probes\n"
    )
    console.out("\nWrote \(context.out.path)/probes.csv and result.json\n")
  }
}
