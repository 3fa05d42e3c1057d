import CareSimCore
import CareSimScenario
import Foundation
import JSON5

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
    for probe in result.probes {
      table.append([
        .number(probe.value), .number(probe.netBenefit.mean),
        .number(probe.netBenefit.standardError),
      ])
    }
    return table
  }

  public func files() -> [String: Data] {
    var summary: [String: JSONValue] = [
      "analysis": .string("break-even search"),
      "parameter": .string(result.parameter),
      "perspective": .string(result.perspective.description),
      "current": DataNumber.json(result.current),
      "validRange": .object([
        "low": DataNumber.json(result.validRange.lowerBound),
        "high": DataNumber.json(result.validRange.upperBound),
      ]),
      "noneInValidRange": .bool(result.noneInValidRange),
      "note": .string(
        "Bisection on common random numbers; the 95% interval carries the net benefit's "
          + "standard error at the root through the slope of the bracketing probes. Without a "
          + "sign change in the parameter's valid range ('validRange', from the scenario's "
          + "schema) there is no break-even: 'root' is null, 'searched' gives the widest bracket "
          + "tried, and 'noneInValidRange' says whether it is the whole valid range."),
    ]
    switch result.outcome {
    case .root(let value, let lower, let upper):
      summary["root"] = DataNumber.json(value)
      summary["lower95"] = DataNumber.json(lower)
      summary["upper95"] = DataNumber.json(upper)
    case .noSignChange(let low, let high):
      summary["root"] = .null
      summary["searched"] = .object([
        "low": DataNumber.json(low.value), "high": DataNumber.json(high.value),
        "netBenefitAtLow": DataNumber.json(low.netBenefit.mean),
        "netBenefitAtHigh": DataNumber.json(high.netBenefit.mean),
      ])
    }
    return provenance.files([("probes", probes)], summary: summary)
  }

  public static let fileNames = ["probes.csv"]

  /// The answer in a sentence: where the net benefit is zero, or that it never is.
  public var finding: String {
    let name = result.parameter
    switch result.outcome {
    case .root(let value, let lower, let upper):
      return "Expected net benefit for \(result.perspective) is zero at \(name) = "
        + "\(ReportFormat.significant(value)) (95% interval \(ReportFormat.significant(lower)) to "
        + "\(ReportFormat.significant(upper)))."
    case .noSignChange(let low, let high):
      let sign = low.netBenefit.mean < 0 ? "negative" : "positive"
      let (from, to) = (ReportFormat.significant(low.value), ReportFormat.significant(high.value))
      if result.noneInValidRange {
        return "No break-even inside the valid range: the \(result.perspective) net benefit stays "
          + "\(sign) for \(name) anywhere from \(from) to \(to), the values the scenario's schema "
          + "allows (\(ReportFormat.euros(low.netBenefit.mean)) euros at \(from), "
          + "\(ReportFormat.euros(high.netBenefit.mean)) at \(to))."
      }
      return "No break-even: the \(result.perspective) net benefit stays \(sign) for \(name) from "
        + "\(from) to \(to), the widest range searched (\(ReportFormat.euros(low.netBenefit.mean)) "
        + "euros at \(from), \(ReportFormat.euros(high.netBenefit.mean)) at \(to))."
    }
  }

  public func table() -> String {
    let label = provenance.phrases.parameterLabel(result.parameter)
    var text = provenance.heading(
      "Break-even of \(label) (\(result.parameter)) for \(result.perspective)",
      detail: "\(result.probes.count) probes")
    text += "Current value \(ReportFormat.significant(result.current))\n\n"
    var shown = ResultTable(columns: [result.parameter, "net benefit", "standard error"])
    for probe in result.probes.sorted(by: { $0.value < $1.value }) {
      shown.append([
        .number(probe.value), .number(probe.netBenefit.mean),
        .number(probe.netBenefit.standardError),
      ])
    }
    return text + shown.rendered + "\n" + finding + "\n"
  }
}
