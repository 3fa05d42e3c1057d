import CareSimCore
import Foundation

/// The files and table of a break-even search (`caresim breakeven`).
public struct BreakEvenSearchReport: Sendable {
  public var provenance: AnalysisProvenance
  public var result: BreakEvenSearch

  public init(provenance: AnalysisProvenance, result: BreakEvenSearch) {
    self.provenance = provenance
    self.result = result
  }

  /// Every probe, in the order made.
  public var probes: ResultTable {
    var table = ResultTable(
      columns: [
        result.parameter, "netBenefit.\(result.perspective)",
        "netBenefitStandardError.\(result.perspective)",
      ])
    for probe in result.result.probes {
      table.append([
        .number(probe.value), .number(probe.netBenefit.mean),
        .number(probe.netBenefit.standardError),
      ])
    }
    return table
  }

  public func files() -> [String: Data] {
    provenance.files(
      [("probes", probes)],
      summary: [
        "analysis": .string("break-even search"),
        "parameter": .string(result.parameter),
        "perspective": .string(result.perspective.description),
        "root": DataNumber.json(result.result.root),
        "lower95": DataNumber.json(result.result.lower),
        "upper95": DataNumber.json(result.result.upper),
        "current": DataNumber.json(result.current),
        "note": .string(
          "Bisection on common random numbers; the 95% interval carries the net benefit's "
            + "standard error at the root through the slope of the bracketing probes."),
      ])
  }

  public static let fileNames = ["probes.csv"]

  public func table() -> String {
    let root = result.result
    var text = provenance.heading(
      "Break-even of \(result.parameter) for \(result.perspective)",
      detail: "\(root.probes.count) probes")
    text += "Current value \(ReportFormat.significant(result.current))\n\n"
    text +=
      "Expected net benefit is zero at \(result.parameter) = \(ReportFormat.significant(root.root)) "
    text +=
      "(95% interval \(ReportFormat.significant(root.lower)) to \(ReportFormat.significant(root.upper)))\n"
    return text
  }
}
