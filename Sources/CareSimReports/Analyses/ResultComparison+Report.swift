import CareSimCore
import CareSimOutput
import CareSimScenario
import Foundation
import JSON5

/// The files of a comparison of two results (`caresim diff A B --out DIR`).
///
/// `result.json` gives the command compared, the two folders, `inputs` (each input that differs,
/// with both values, null where a result lacks it) and `figures` (each headline figure with both
/// values, the difference, its Monte-Carlo standard error and whether it is beyond it), beside B's
/// record of its scenario, seed and assumptions, so that the report names B's scenario and
/// labels its parameters; `inputs.csv` and `figures.csv` give the two tables.
public struct ResultComparisonReport: Sendable {
  /// The command that wrote both results.
  public var command: String
  /// The folders compared, as the user named them.
  public var a: String
  public var b: String
  public var comparison: ResultComparison
  /// B's record of where its figures come from (`scenario`, `levels`, `assumptions`, `seed`,
  /// `replications`, `caresimVersion`), as B's document gives it.
  public var provenance: [String: JSONValue]

  public init(
    command: String, a: String, b: String, comparison: ResultComparison,
    provenance: [String: JSONValue]
  ) {
    self.command = command
    self.a = a
    self.b = b
    self.comparison = comparison
    self.provenance = provenance
  }

  /// The keys of a result's document that record where its figures come from, as
  /// ``ResultProvenance`` reads them.
  public static let provenanceKeys: Set<String> = [
    "scenario", "levels", "assumptions", "seed", "replications", "replicationsPerSetting",
    "caresimVersion",
  ]

  public static let fileNames = ["inputs.csv", "figures.csv"]

  /// Each input that differs, with both values; empty where a result lacks it.
  public var inputs: ResultTable {
    var table = ResultTable(columns: ["input", "a", "b"])
    for input in comparison.inputs {
      table.append([.text(input.name), .text(input.a ?? ""), .text(input.b ?? "")])
    }
    return table
  }

  /// Each headline figure with both values, the difference, its standard error and whether it is
  /// beyond it; the last two empty where a result gives no error.
  public var figures: ResultTable {
    var table = ResultTable(
      columns: [
        "figure", "unit", "a", "b", "difference", "standardError", "beyondMonteCarloError",
      ])
    for figure in comparison.figures {
      table.append([
        .text(figure.name), .text(figure.unit.rawValue), .number(figure.a), .number(figure.b),
        .number(figure.difference), .number(figure.standardError ?? .nan),
        .text(figure.beyondMonteCarloError.map(String.init) ?? ""),
      ])
    }
    return table
  }

  public func files() -> [String: Data] {
    var document = provenance.filter { Self.provenanceKeys.contains($0.key) }
    document["analysis"] = .string("comparison")
    document["command"] = .string(command)
    document["a"] = .string(a)
    document["b"] = .string(b)
    document["note"] = .string(
      "B compared with A; the provenance (scenario, seed, assumptions) is B's. A figure is "
        + "beyond its Monte-Carlo error when |b - a| > criticalValue standard errors of the "
        + "difference, sqrt(SE_a^2 + SE_b^2): criticalValue is the 95% point of Student's t with "
        + "degreesOfFreedom, the smaller result's replications less one (the normal's 1.96 where a "
        + "result gives no replications); standardError is null where a result gives none.")
    document["degreesOfFreedom"] = comparison.degreesOfFreedom.map { .number(Double($0)) } ?? .null
    document["criticalValue"] = DataNumber.json(comparison.criticalValue)
    document["inputs"] = .array(
      comparison.inputs.map { input in
        .object([
          "input": .string(input.name), "a": input.a.map(JSONValue.string) ?? .null,
          "b": input.b.map(JSONValue.string) ?? .null,
        ])
      })
    document["figures"] = .array(
      comparison.figures.map { figure in
        .object([
          "figure": .string(figure.name), "unit": .string(figure.unit.rawValue),
          "a": DataNumber.json(figure.a), "b": DataNumber.json(figure.b),
          "difference": DataNumber.json(figure.difference),
          "standardError": figure.standardError.map(DataNumber.json) ?? .null,
          "beyondMonteCarloError": figure.beyondMonteCarloError.map(JSONValue.bool) ?? .null,
        ])
      })
    document["figuresBeyondMonteCarloError"] = .number(
      Double(comparison.figuresBeyondMonteCarloError.count))
    return [
      "result.json": JSONValue.object(document).encoded(prettyPrinted: true),
      "inputs.csv": Data(inputs.csv.utf8),
      "figures.csv": Data(figures.csv.utf8),
    ]
  }
}
