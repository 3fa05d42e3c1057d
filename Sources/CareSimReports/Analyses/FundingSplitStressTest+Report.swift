import CareSimCore
import CareSimScenario
import Foundation

/// The files and table of a funding-split stress test (`caresim split`).
public struct FundingSplitStressTestReport: Sendable {
  public var provenance: AnalysisProvenance
  public var result: FundingSplitStressTest

  public init(provenance: AnalysisProvenance, result: FundingSplitStressTest) {
    self.provenance = provenance
    self.result = result
  }

  static let splitColumns = Funder.payers.map { "share.\($0)" }
  static let balanceColumns =
    Funder.payers.map { "netBenefit.\($0)" } + Funder.payers.map { "probabilityOfLoss.\($0)" }

  static func cells(_ balances: FundingSplitStressTest.SplitBalances) -> [ResultTable.Cell] {
    Funder.payers.map { .number(balances.split[$0]) }
      + balances.balances.map { .number($0.mean) }
      + balances.balances.map { .number($0.probabilityOfLoss) }
  }

  /// Every split on the grid with each payer's expected balance and chance of a loss.
  public var splits: ResultTable {
    var table = ResultTable(columns: Self.splitColumns + Self.balanceColumns)
    for balances in result.grid { table.append(Self.cells(balances)) }
    return table
  }

  /// The notable splits per setting; `status` says whether the split exists.
  public var findings: ResultTable {
    var table = ResultTable(
      columns: ["setting", "value", "split", "status"] + Self.splitColumns + Self.balanceColumns)
    for finding in result.findings {
      for (candidate, balances) in finding.candidates {
        let setting: [ResultTable.Cell] = [
          .text(finding.parameter ?? "base"), .number(finding.value ?? .nan),
          .text(candidate.rawValue),
        ]
        if let balances {
          table.append(setting + [.text("exists")] + Self.cells(balances))
        } else {
          table.append(
            setting + [.text("none exists")]
              + Array(repeating: .number(.nan), count: Self.splitColumns.count + 6))
        }
      }
    }
    return table
  }

  public func files() -> [String: Data] {
    provenance.files(
      [("splits", splits), ("findings", findings)],
      summary: [
        "analysis": .string("funding-split stress test"),
        "meanSavings": .object(
          Dictionary(
            uniqueKeysWithValues: Funder.payers.map {
              ($0.description, DataNumber.json(result.base.meanSavings[$0]))
            })),
        "meanCost": DataNumber.json(result.base.meanCost),
        "note": .string(
          "netBenefit is a payer's discounted saving less its share of the programme's cost; "
            + "'all break even' is a split at which every payer's expected net benefit is at "
            + "least 0; 'fair share' splits the cost in proportion to the expected savings."),
      ])
  }

  public static let fileNames = ["splits.csv", "findings.csv"]

  public func table() -> String {
    let base = result.base
    var text = provenance.heading(
      "Funding-split stress test", detail: "\(result.grid.count) splits")
    text += "Expected savings in euros: "
    text += Funder.payers.map { "\($0) \(ReportFormat.euros(base.meanSavings[$0]))" }
      .joined(separator: ", ")
    text += "; programme cost \(ReportFormat.euros(base.meanCost))\n"
    text += "Net benefit: a payer's saving less its share of the programme's cost; P(loss): the "
    text += "share of replications in which the payer loses.\n\n"
    var shown = ResultTable(
      columns: ["setting", "value", "split", "wmo share", "zvw share", "wlz share"]
        + Funder.payers.map { "net \($0)" } + Funder.payers.map { "P(loss) \($0)" },
      textColumns: ["split"])
    // The terminal names a setting's parameter by its label; the CSVs keep the path.
    let phrases = provenance.phrases
    for finding in result.findings {
      for (candidate, balances) in finding.candidates {
        let setting: [ResultTable.Cell] = [
          .text(finding.parameter.map(phrases.parameterLabel) ?? "base"),
          finding.value.map { .number($0) } ?? .text(""),
        ]
        guard let balances else {
          shown.append(
            setting + [.text(candidate.rawValue + ": none exists")]
              + Array(repeating: .text(""), count: 9))
          continue
        }
        shown.append(
          setting + [.text(candidate.rawValue)]
            + Funder.payers.map { .share(balances.split[$0]) }
            + balances.balances.map { .euros($0.mean) }
            + balances.balances.map { .share($0.probabilityOfLoss) })
      }
    }
    return text + shown.rendered
  }
}
