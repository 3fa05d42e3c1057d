import CareSimCore
import CareSimOutput
import CareSimScenario
import Foundation
import JSON5

/// The side-by-side comparison of a study's published figures with CareSim's estimates.
public struct ValidationReport: Sendable {
  public var validation: StudyValidation
  public var scenario: Scenario
  public var comparisons: [FigureComparison]
  public var replications: Int
  public var seed: UInt64

  public init(
    validation: StudyValidation, scenario: Scenario, comparisons: [FigureComparison],
    replications: Int, seed: UInt64
  ) {
    self.validation = validation
    self.scenario = scenario
    self.comparisons = comparisons
    self.replications = replications
    self.seed = seed
  }

  static func format(_ value: Double, unit: String) -> String {
    guard value.isFinite else { return "n/a" }
    if abs(value) >= 1000 || (unit.hasPrefix("EUR") && abs(value) >= 100) {
      return ReportFormat.euros(value)
    }
    return ReportFormat.decimal(value, places: abs(value) >= 100 ? 0 : (abs(value) >= 1 ? 2 : 3))
  }

  func published(_ comparison: FigureComparison) -> String {
    let figure = comparison.figure
    if figure.kind == .sign { return figure.published > 0 ? "positive" : "negative" }
    return Self.format(figure.published, unit: figure.unit)
  }

  func estimate(_ comparison: FigureComparison) -> (
    mean: String, interval: String, difference: String
  ) {
    let unit = comparison.figure.unit
    let interval =
      "[\(Self.format(comparison.lower, unit: unit)), \(Self.format(comparison.upper, unit: unit))]"
    if comparison.figure.kind == .sign {
      return (
        Self.format(comparison.mean, unit: unit), interval,
        "\(ReportFormat.percent(comparison.shareOfRuns)) of runs"
      )
    }
    let relative =
      comparison.figure.published == 0
      ? "" : " (\(ReportFormat.percent(comparison.difference / abs(comparison.figure.published))))"
    // A break-even is met or not run by run: how often is as telling as by how much on average.
    let aboveIn =
      comparison.figure.kind == .breakEven
      ? ", above in \(ReportFormat.percent(comparison.shareOfRuns)) of runs" : ""
    return (
      Self.format(comparison.mean, unit: unit), interval,
      Self.format(comparison.difference, unit: unit) + relative + aboveIn
    )
  }

  public func table() -> String {
    var text = "Validation: \(validation.study)\n"
    text += "Scenario \(scenario.file) (\(scenario.metadata.title)); \(replications) replications, "
    text += "seed \(seed)\n"
    if let description = validation.accountingDescription { text += "Accounting: \(description)\n" }
    text += "\n"
    var table = TextTable(
      header: ["figure", "published", "CareSim", "95% interval", "difference", "kind", "status"],
      textColumns: ["kind", "status"])
    for comparison in comparisons {
      let (mean, interval, difference) = estimate(comparison)
      table.append([
        comparison.figure.name, published(comparison), mean, interval, difference,
        comparison.figure.kind.rawValue, comparison.status.rawValue,
      ])
    }
    text += table.rendered
    let gaps = comparisons.filter(\.status.differsFromStudy)
    // What the file says of figures that agree: how far the agreement goes.
    let caveats = comparisons.filter { !$0.status.differsFromStudy && $0.figure.gap != nil }
    for (heading, listed) in [("Gaps", gaps), ("How far the agreement goes", caveats)]
    where !listed.isEmpty {
      // The explanation goes on a line of its own under the figure's name: a name may hold a
      // colon itself ("SEO (meal provision): ..."), and the explanation is sentences.
      text += "\n\(heading):\n"
      for comparison in listed {
        text +=
          "- \(comparison.figure.name)\n  \(comparison.figure.gap ?? "(no explanation given)")\n"
      }
    }
    return text
  }

  /// Rows for the README's validation table: study, figure, published, CareSim, difference, status.
  public func markdownRows() -> String {
    comparisons.map { comparison in
      let (mean, interval, difference) = estimate(comparison)
      return "| \(validation.scenario.replacingOccurrences(of: ".json", with: "")) | "
        + "\(comparison.figure.name) | \(published(comparison)) | \(mean) \(interval) | "
        + "\(difference) | \(comparison.status.rawValue) |"
    }.joined(separator: "\n") + "\n"
  }

  public func files() -> [String: Data] {
    var rows = ["figure,kind,published,mean,standardError,lower95,upper95,difference,status,source"]
    var figures: [JSONValue] = []
    for comparison in comparisons {
      let figure = comparison.figure
      rows.append(
        [
          Self.csvField(figure.name), figure.kind.rawValue, "\(figure.published)",
          "\(comparison.mean)", "\(comparison.standardError)", "\(comparison.lower)",
          "\(comparison.upper)", "\(comparison.difference)", comparison.status.rawValue,
          Self.csvField(figure.source),
        ].joined(separator: ","))
      var fields: [String: JSONValue] = [
        "name": .string(figure.name), "kind": .string(figure.kind.rawValue),
        "published": DataNumber.json(figure.published), "unit": .string(figure.unit),
        "source": .string(figure.source), "mean": DataNumber.json(comparison.mean),
        "standardError": DataNumber.json(comparison.standardError),
        "lower95": DataNumber.json(comparison.lower),
        "upper95": DataNumber.json(comparison.upper),
        "status": .string(comparison.status.rawValue),
        "gap": figure.gap.map(JSONValue.string) ?? .null,
      ]
      // The Dutch name only where the file gives one, so that a file without Dutch names
      // writes what it always wrote; `validation.csv` keeps its columns.
      if let nameNL = figure.nameNL { fields["nameNL"] = .string(nameNL) }
      // How many runs bear out a sign or a break-even, which a mean alone does not say.
      switch figure.kind {
      case .sign, .breakEven: fields["shareOfRuns"] = DataNumber.json(comparison.shareOfRuns)
      case .derived, .result: break
      }
      figures.append(.object(fields))
    }
    var document: [String: JSONValue] = [
      "study": .string(validation.study), "validationFile": .string(validation.file),
      "replications": .number(Double(replications)),
      "seed": .string(String(seed)), "caresimVersion": .string(CareSimVersion.current),
      "figures": .array(figures),
    ]
    if let studyNL = validation.studyNL { document["studyNL"] = .string(studyNL) }
    document.merge(scenario.provenanceJSON) { value, _ in value }
    let summary = JSONValue.object(document)
    return [
      "validation.json": summary.encoded(prettyPrinted: true),
      "validation.csv": Data((rows.joined(separator: "\n") + "\n").utf8),
    ]
  }

  /// A field quoted where CareSim's CSV reader, which reads bytes, would split it.
  static func csvField(_ text: String) -> String {
    text.utf8.contains(UInt8(ascii: ",")) || text.utf8.contains(UInt8(ascii: "\""))
      ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
  }
}
