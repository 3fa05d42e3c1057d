import CareSimCore
import CareSimScenario
import Foundation

/// The files and table of a probabilistic sensitivity analysis (`caresim psa`).
public struct ProbabilisticSensitivityReport: Sendable {
  public var provenance: AnalysisProvenance
  public var result: ProbabilisticSensitivity

  public init(provenance: AnalysisProvenance, result: ProbabilisticSensitivity) {
    self.provenance = provenance
    self.result = result
  }

  /// Every parameter set: its values and its results.
  public var samples: ResultTable {
    let perspectives = Perspective.allCases
    var table = ResultTable(
      columns: ["sample"] + result.parameterNames + perspectives.map { "netBenefit.\($0)" }
        + ["qalyGain", "interventionCost", "netBenefitStandardError.society"])
    for (index, sample) in result.samples.enumerated() {
      let estimate = sample.estimate
      table.append(
        [.number(Double(index))] + sample.values.map { .number($0) }
          + perspectives.map { .number(estimate.netBenefit($0).mean) }
          + [
            .number(estimate.qalyGain.mean), .number(estimate.interventionCost.mean),
            .number(estimate.netBenefit(.society).standardError),
          ])
    }
    return table
  }

  /// Each perspective's net benefit across the sets, beside the base run.
  public var netBenefit: ResultTable {
    var table = ResultTable(
      columns: [
        "perspective", "mean", "p5", "p50", "p95", "probabilityOfGain", "base",
        "baseStandardError",
      ])
    for spread in result.spreads {
      let base = result.base.netBenefit(spread.perspective)
      table.append([
        .text(spread.perspective.description), .number(spread.summary.mean),
        .number(spread.summary.p5), .number(spread.summary.p50), .number(spread.summary.p95),
        .number(spread.probabilityOfGain), .number(base.mean), .number(base.standardError),
      ])
    }
    return table
  }

  /// The parameters whose distribution is not centred on their value: its value, and the mean the
  /// sets average around.
  public var offCentre: ResultTable {
    var table = ResultTable(columns: ["parameter", "value", "distributionMean"])
    for parameter in result.offCentre {
      table.append([
        .text(parameter.path), .number(parameter.value), .number(parameter.distributionMean),
      ])
    }
    return table
  }

  /// The cost-effectiveness acceptability curve for society.
  public var acceptability: ResultTable {
    var table = ResultTable(columns: ["willingnessToPayPerQALY", "probabilityCostEffective"])
    for point in result.acceptability {
      table.append([.number(point.willingnessToPay), .number(point.probability)])
    }
    return table
  }

  public func files() -> [String: Data] {
    provenance.files(
      [("samples", samples), ("netBenefit", netBenefit), ("ceac", acceptability)],
      summary: [
        "analysis": .string("probabilistic sensitivity analysis"),
        "samples": .number(Double(result.samples.count)),
        "meanWithinSampleStandardError.society": DataNumber.json(
          result.meanWithinSampleStandardError),
        "design": .string(
          "Each parameter set runs its own inner replications on the same replication indices "
            + "(common random numbers). The spread across sets is parameter uncertainty plus the "
            + "Monte-Carlo error of each set's mean (see meanWithinSampleStandardError). 'base' is "
            + "the scenario at its own values with the same replications; a distribution not "
            + "centred on its value (offCentre) can move the sets' mean away from it."),
        "offCentre": offCentre.json,
      ])
  }

  public static let fileNames = ["samples.csv", "netBenefit.csv", "ceac.csv"]

  public func table() -> String {
    var text = provenance.heading(
      "Probabilistic sensitivity analysis",
      detail:
        "\(ReportFormat.count(result.samples.count)) parameter sets over "
        + "\(result.parameterNames.count) distributions")
    text += "\nNet benefit in euros after the funding split, across parameter sets, beside the "
    text += "scenario at its own values (base):\n"
    var shown = ResultTable(columns: [
      "perspective", "mean", "p5", "p50", "p95", "P(gain)", "base",
    ])
    for spread in result.spreads {
      shown.append([
        .text(spread.perspective.description), .euros(spread.summary.mean),
        .euros(spread.summary.p5), .euros(spread.summary.p50), .euros(spread.summary.p95),
        .share(spread.probabilityOfGain), .euros(result.base.netBenefit(spread.perspective).mean),
      ])
    }
    text += shown.rendered
    text += "\nMonte-Carlo error of one set's society mean: about "
    text += "\(ReportFormat.euros(result.meanWithinSampleStandardError)) (part of the spread above)"
    text += "; of the base's: about "
    text += ReportFormat.euros(result.base.netBenefit(.society).standardError)
    if !result.offCentre.isEmpty {
      let phrases = provenance.phrases
      text += "\nDistributions not centred on their value (they can move the sets' mean away from "
      text += "the base): "
      text +=
        result.offCentre.map {
          phrases.format(
            "psa.offCentre.parameter", "\(phrases.parameter($0.path)), \($0.path)",
            phrases.value($0.value), phrases.value($0.distributionMean))
        }.joined(separator: "; ") + "."
    }
    text += "\n\nProbability that the intervention is cost-effective for society:\n"
    var curve = ResultTable(columns: ["willingness to pay per QALY", "probability"])
    let prices = [0] + QALYReferenceValue.allCases.map(\.euros)
    for point in result.acceptability where prices.contains(point.willingnessToPay) {
      curve.append([.euros(point.willingnessToPay), .share(point.probability)])
    }
    return text + curve.rendered
  }
}
