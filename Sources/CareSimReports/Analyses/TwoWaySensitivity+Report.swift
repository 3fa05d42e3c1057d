import CareSimCore
import Foundation

/// The files and table of a two-way sensitivity analysis (`caresim grid`).
public struct TwoWaySensitivityReport: Sendable {
  public var provenance: AnalysisProvenance
  public var result: TwoWaySensitivity

  public init(provenance: AnalysisProvenance, result: TwoWaySensitivity) {
    self.provenance = provenance
    self.result = result
  }

  /// Every cell: both parameters' values, each perspective's net benefit and chance of a gain,
  /// QALYs, and the Monte-Carlo errors of the means.
  public var grid: ResultTable {
    let perspectives = Perspective.allCases
    var table = ResultTable(
      columns: [result.x.name, result.y.name] + perspectives.map { "netBenefit.\($0)" }
        + perspectives.map { "probabilityOfGain.\($0)" } + ["qalyGain"]
        + PointEstimate.errorColumns)
    for (i, x) in result.x.values.enumerated() {
      for (j, y) in result.y.values.enumerated() {
        let cell = result.cell(x: i, y: j)
        table.append(
          [.number(x), .number(y)] + perspectives.map { .number(cell.netBenefit($0).mean) }
            + perspectives.map { .number(cell.probabilityOfGain[$0.rawValue]) }
            + [.number(cell.qalyGain.mean)] + cell.errorCells)
      }
    }
    return table
  }

  public func files() -> [String: Data] {
    provenance.files(
      [("grid", grid)],
      summary: [
        "analysis": .string("two-way sensitivity"),
        "note": .string(
          "probabilityOfGain is the share of replications in which the perspective's net benefit "
            + "is above zero."),
      ])
  }

  public static let fileNames = ["grid.csv"]

  public func table() -> String {
    var text = provenance.heading(
      "Two-way sensitivity",
      detail: "\(result.x.values.count) x \(result.y.values.count) cells")
    // The columns are headed by the paths a command takes; this line names them for a reader.
    let phrases = provenance.phrases
    text += "Moved: \(phrases.parameterLabel(result.x.name)) (\(result.x.name)) and "
    text += "\(phrases.parameter(result.y.name)) (\(result.y.name)).\n"
    text += "Net benefit in euros after the funding split; P(gain): share of replications in which "
    text += "it is above zero.\n\n"
    var shown = ResultTable(columns: [
      result.x.name, result.y.name, "society", "P(society gains)", "wmo", "P(wmo gains)",
    ])
    for (i, x) in result.x.values.enumerated() {
      for (j, y) in result.y.values.enumerated() {
        let cell = result.cell(x: i, y: j)
        shown.append([
          .number(x), .number(y), .euros(cell.netBenefit(.society).mean),
          .share(cell.probabilityOfGain[Perspective.society.rawValue]),
          .euros(cell.netBenefit(.wmo).mean),
          .share(cell.probabilityOfGain[Perspective.wmo.rawValue]),
        ])
      }
    }
    return text + shown.rendered
  }
}
