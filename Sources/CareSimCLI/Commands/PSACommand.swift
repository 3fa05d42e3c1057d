import CareSimCore
import CareSimIO

/// `caresim psa SCENARIO [--samples K]`: probabilistic sensitivity analysis over the parameter
/// distributions in the scenario.
///
/// Each parameter set gets its own inner replications, on the same replication indices (so the same
/// residents and random numbers) as every other set. The spread across sets is then parameter
/// uncertainty plus the Monte-Carlo error of a set's mean, whose variance is the within-set variance
/// over the inner replications; the report gives that error so it can be judged against the spread.
enum PSACommand {
  /// Willingness to pay per QALY: a grid, with the Dutch reference values 20k, 50k and 80k on it.
  static let willingnessToPay = stride(from: 0.0, through: 100_000, by: 5_000).map { $0 }

  static let spec = CommandSpec(
    name: "psa",
    summary: "Probabilistic sensitivity analysis: net benefit spread, chance of saving, CEAC.",
    positionals: [ScenarioLoading.positional],
    options: [
      OptionSpec("samples", valueName: "K", help: "Parameter sets to draw (default 200)"),
      OptionSpec("inner", valueName: "R", help: "Replications per parameter set (default 20)"),
    ] + AnalysisContext.options.filter { $0.name != "replications" })

  static func run(_ arguments: [String], console: Console) throws {
    guard let parsed = try spec.parse(arguments, helpTo: console) else { return }
    let samples = try parsed.integer("samples", default: 200, allowed: 1...1_000_000)
    let inner = try parsed.integer("inner", default: 20, allowed: 2...1_000_000)
    let context = try AnalysisContext(
      parsed, command: "psa", replicationsOverride: inner)
    let distributions = context.scenario.distributions.keys.sorted().compactMap { path in
      context.scenario.distributions[path].map { (path: path, distribution: $0) }
    }
    guard !distributions.isEmpty else {
      throw CommandFailure(
        message: "error: \(context.scenario.file): no parameter has a distribution; add "
          + "\"distribution\": {type: ...} to a sourced number",
        exitCode: .invalidInput)
    }

    let perspectives = Perspective.allCases
    var table = ResultTable(
      columns: ["sample"] + distributions.map(\.path) + perspectives.map { "netBenefit.\($0)" }
        + ["qalyGain", "interventionCost", "netBenefitStandardError.society"])
    var netBenefits = Array(repeating: [Double](), count: perspectives.count)
    var qalyGains: [Double] = []
    var withinErrors: [Double] = []
    // Draw and check every set first, so a bad draw stops the analysis before its work.
    let sets = (0..<samples).map {
      ParameterSample.draw(distributions, seed: context.seed, sample: $0)
    }
    for settings in sets { _ = try context.scenario(setting: settings) }
    for (sample, settings) in sets.enumerated() {
      let estimate = try context.estimate(settings)
      for perspective in perspectives {
        netBenefits[perspective.rawValue].append(estimate.netBenefit(perspective).mean)
      }
      qalyGains.append(estimate.qalyGain.mean)
      withinErrors.append(estimate.netBenefit(.society).standardError)
      table.append(
        [.number(Double(sample))] + settings.map { .number($0.value) }
          + perspectives.map { .number(estimate.netBenefit($0).mean) }
          + [
            .number(estimate.qalyGain.mean), .number(estimate.interventionCost.mean),
            .number(estimate.netBenefit(.society).standardError),
          ])
    }

    var spread = ResultTable(
      columns: ["perspective", "mean", "p5", "p50", "p95", "probabilityCostSaving"])
    for perspective in perspectives {
      let values = netBenefits[perspective.rawValue]
      let summary = DistributionSummary(values: values)
      spread.append([
        .text(perspective.description), .number(summary.mean), .number(summary.p5),
        .number(summary.p50), .number(summary.p95),
        .number(Double(values.count { $0 > 0 }) / Double(values.count)),
      ])
    }
    let societal = netBenefits[Perspective.society.rawValue]
    let acceptance = ParameterSample.acceptability(
      netBenefits: societal, qalyGains: qalyGains, willingnessToPay: willingnessToPay)
    var ceac = ResultTable(columns: ["willingnessToPayPerQALY", "probabilityCostEffective"])
    for (price, probability) in zip(willingnessToPay, acceptance) {
      ceac.append([.number(price), .number(probability)])
    }
    let meanWithinError = MeanEstimate(withinErrors).mean
    try context.write(
      context.files(
        ["samples": table, "netBenefit": spread, "ceac": ceac],
        summary: [
          "analysis": .string("probabilistic sensitivity analysis"),
          "samples": .number(Double(samples)), "innerReplications": .number(Double(inner)),
          "meanWithinSampleStandardError.society": .number(meanWithinError),
          "design": .string(
            "Each parameter set runs its own inner replications on the same replication indices "
              + "(common random numbers). The spread across sets is parameter uncertainty plus the "
              + "Monte-Carlo error of each set's mean (see meanWithinSampleStandardError)."),
        ]))
    console.out(
      "Probabilistic sensitivity analysis of \(context.scenario.metadata.title)\n"
        + "\(samples) parameter sets over \(distributions.count) distributions, \(inner) "
        + "replications each, seed \(context.seed)\n\n"
        + "Net benefit after the funding split across parameter sets:\n")
    console.out(spread.rendered)
    console.out(
      "\nMonte-Carlo error of one set's society mean: about "
        + "\(ReportFormat.euros(meanWithinError)) (part of the spread above)\n\n"
        + "Probability that the intervention is cost-effective for society:\n")
    var shown = ResultTable(columns: ["willingness to pay per QALY", "probability"])
    for (price, probability) in zip(willingnessToPay, acceptance)
    where [0, 20_000, 50_000, 80_000].contains(price) {
      shown.append([.number(price), .number(probability)])
    }
    console.out(shown.rendered)
    console.out(
      "\nWrote \(context.out.path)/samples.csv, netBenefit.csv, ceac.csv and result.json\n")
  }
}
