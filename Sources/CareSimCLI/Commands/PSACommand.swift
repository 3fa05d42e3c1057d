import ArgumentParsing
import CareSimCore
import CareSimReports
import Foundation

/// `caresim psa SCENARIO [--samples K] [--inner R]`: probabilistic sensitivity analysis over the
/// parameter distributions in the scenario.
///
/// A calibrated file's calibrated values are drawn jointly, each from its distribution and
/// together through the calibration's correlation (``JointParameterDistribution``); every other
/// parameter is drawn on its own.
enum PSACommand: Command {
  static let samples: Option<Int> = .integer(
    "samples", valueName: "K", help: "Parameter sets to draw", default: 200, range: 1...100_000)
  static let inner: Option<Int> = .integer(
    "inner", valueName: "R", help: "Replications per parameter set", default: 20,
    range: 2...CommonOptions.maximumReplications)
  static let voi: Option<Bool> = .flag(
    "voi",
    help: "Also estimate the value of information (as caresim voi does from samples.csv) "
      + "into the folder's voi/, at the scenario's value of a QALY")

  static let spec = CommandSpec(
    name: "psa",
    summary: "Probabilistic sensitivity analysis over the scenario's distributions: net benefit "
      + "spread, chance of a gain, acceptability curve.",
    positionals: [CommonOptions.scenario],
    options: [samples.spec, inner.spec, voi.spec]
      + AnalysisContext.options(command: "psa").filter {
        $0 != AnalysisContext.replications.spec
      } + [ShardOption.shard.spec],
    redirects: [AnalysisContext.replications.name: inner.name])

  static func run(_ invocation: Invocation) throws {
    let samples = try invocation.parsed[Self.samples]
    let inner = try invocation.parsed[Self.inner]
    let context = try AnalysisContext(invocation, command: "psa", replications: inner)
    let joint = context.scenario.jointDistribution
    let distributions = context.scenario.distributions.keys.sorted().compactMap { path in
      context.scenario.isCalibrated(path)
        ? nil : context.scenario.distributions[path].map { (path: path, distribution: $0) }
    }
    guard !distributions.isEmpty || joint != nil else {
      throw CommandFailure(
        message: "error: \(context.scenario.file): no parameter has a distribution; add "
          + "\"distribution\": {type: ...} to a sourced number",
        exitCode: .invalidInput)
    }
    // Draw and check every set first, so a bad draw stops the analysis before its work.
    let sets = (0..<samples).map {
      ParameterSample.draw(distributions, joint: joint, seed: context.seed, sample: $0)
    }
    var settings: [ScenarioParameters] = []
    for set in sets { settings.append(try context.scenario(setting: set).parameters) }
    try context.checkBudget(settings: samples + 1, what: "fewer --samples (now \(samples))")
    let names = distributions.map(\.path) + (joint?.paths ?? [])
    let marginals = distributions.map(\.distribution) + (joint?.marginals ?? [])
    let offCentre = OffCentreParameter.among(
      zip(names, marginals).compactMap { path, distribution in
        context.scenario.number(at: path).map { (path, $0, distribution) }
      })
    let values = sets.map { $0.map(\.value) }
    let result: ProbabilisticSensitivity
    switch try context.work(settings: settings, command: spec.name) {
    case .shardWritten:
      return
    case .merged(let estimates, let base):
      result = ProbabilisticSensitivity(
        parameterNames: names,
        samples: zip(values, estimates).map {
          ProbabilisticSensitivity.Sample(values: $0, estimate: $1)
        },
        base: base, offCentre: offCentre)
    case .here:
      let progress = Progress(
        total: samples, unit: "parameter sets", style: invocation.progressStyle)
      result = ProbabilisticSensitivity.evaluate(
        names: names, values: values, settings: settings, with: context.evaluator,
        offCentre: offCentre, progress: { _ in progress.advance() })
      progress.finish()
    }
    let report = ProbabilisticSensitivityReport(
      provenance: try context.inspectedProvenance(), result: result)
    var files = report.files()
    var table = report.table()
    if invocation.parsed[Self.voi] {
      let voi = try PSAValueOfInformation(context: context, samples: files["samples.csv"] ?? Data())
      files.merge(try voi.files()) { _, new in new }
      table += "\n" + voi.report.table()
    }
    try context.finish(
      files: files, table: table, fileNames: ProbabilisticSensitivityReport.fileNames,
      provenance: report.provenance)
  }
}
