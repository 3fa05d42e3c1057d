import CareSimCore
import Foundation

/// The files and table of a one-way sensitivity analysis (`caresim sweep`).
public struct OneWaySensitivityReport: Sendable {
  public var provenance: AnalysisProvenance
  public var result: OneWaySensitivity

  public init(provenance: AnalysisProvenance, result: OneWaySensitivity) {
    self.provenance = provenance
    self.result = result
  }

  /// Every point: the parameter, its value and the setting's results.
  public var points: ResultTable {
    var table = ResultTable(columns: ["parameter", "value"] + PointEstimate.columns)
    for parameter in result.parameters {
      for (value, estimate) in zip(parameter.values, parameter.estimates) {
        table.append([.text(parameter.name), .number(value)] + estimate.cells)
      }
    }
    return table
  }

  /// The tornado: each parameter's two ends, ranked by the swing of society's net benefit.
  public var tornado: ResultTable {
    let perspectives: [Perspective] =
      [.society] + Funder.payers.compactMap(Perspective.init(funder:))
    var table = ResultTable(
      columns: ["parameter", "low", "high", "swing.society"]
        + perspectives.flatMap { ["netBenefit.\($0).atLow", "netBenefit.\($0).atHigh"] }
        + [
          "benefitCostRatio.financial.atLow", "benefitCostRatio.financial.atHigh",
          "qalyGain.atLow", "qalyGain.atHigh",
        ])
    for parameter in result.tornado {
      table.append(
        [.text(parameter.name), .number(parameter.low), .number(parameter.high)]
          + [.number(parameter.swing)]
          + perspectives.flatMap { perspective -> [ResultTable.Cell] in
            [
              .number(parameter.atLow.netBenefit(perspective).mean),
              .number(parameter.atHigh.netBenefit(perspective).mean),
            ]
          }
          + [
            .number(parameter.atLow.financialBenefitCostRatio ?? .nan),
            .number(parameter.atHigh.financialBenefitCostRatio ?? .nan),
            .number(parameter.atLow.qalyGain.mean), .number(parameter.atHigh.qalyGain.mean),
          ])
    }
    return table
  }

  /// The base setting's results, for comparison with every point.
  public var base: ResultTable {
    var table = ResultTable(columns: PointEstimate.columns)
    table.append(result.base.cells)
    return table
  }

  public func files() -> [String: Data] {
    provenance.files(
      [("sweep", points), ("tornado", tornado), ("base", base)],
      summary: [
        "analysis": .string(
          "one-way sensitivity (tornado ranked by the swing of society's net benefit)"),
        "note": .string(
          "Net benefits are discounted savings less the perspective's share of the programme's "
            + "cost, after the funding split; positive means a gain."),
      ])
  }

  public static let fileNames = ["sweep.csv (every point)", "tornado.csv", "base.csv"]

  public func table() -> String {
    let base = result.base.netBenefit(.society)
    var text = provenance.heading(
      "One-way sensitivity",
      detail: result.parameters.count == 1 ? "1 parameter" : "\(result.parameters.count) parameters"
    )
    text += "Base: net benefit to society \(ReportFormat.euros(base.mean)) "
    text += "(standard error \(ReportFormat.euros(base.standardError)))\n\n"
    text += "Tornado: discounted net benefit to society after the funding split, in euros, ranked "
    text += "by swing:\n"
    var shown = ResultTable(
      columns: ["parameter", "low", "high", "society at low", "society at high", "swing"])
    // The terminal names a parameter by its readable label; the CSVs keep the path, which a
    // command takes.
    let phrases = provenance.phrases
    for parameter in result.tornado {
      shown.append([
        .text(phrases.parameterLabel(parameter.name)), .number(parameter.low),
        .number(parameter.high),
        .number(parameter.atLow.netBenefit(.society).mean),
        .number(parameter.atHigh.netBenefit(.society).mean), .number(parameter.swing),
      ])
    }
    return text + shown.rendered
  }
}
