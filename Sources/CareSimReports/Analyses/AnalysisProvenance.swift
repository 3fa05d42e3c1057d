import CareSimCore
import CareSimOutput
import CareSimScenario
import Foundation
import JSON5

/// Where an analysis's figures come from: the scenario, the seed and the replications.
///
/// Every file an analysis writes carries it, so that no figure travels without its origin. The
/// thread count and the command line are left out of the data files, which are byte-identical
/// whatever the thread count; the result folder's marker records the command line.
public struct AnalysisProvenance: Sendable {
  public var scenario: Scenario
  public var seed: UInt64
  /// Replications per setting (per point, cell, probe or parameter set).
  public var replications: Int
  /// How the scenario, run as written, leaves the ground its sources cover; nil where the
  /// command does not inspect it.
  public var warnings: [ScopeWarning]?

  public init(
    scenario: Scenario, seed: UInt64, replications: Int, warnings: [ScopeWarning]? = nil
  ) {
    self.scenario = scenario
    self.seed = seed
    self.replications = replications
    self.warnings = warnings
  }

  /// The files of an analysis: each table as CSV, and `result.json` with the provenance, the
  /// fields of `summary` and every table.
  func files(_ tables: [(name: String, table: ResultTable)], summary: [String: JSONValue])
    -> [String: Data]
  {
    var files: [String: Data] = [:]
    var document = summary.merging(scenario.provenanceJSON) { value, _ in value }
    document["seed"] = .string(String(seed))
    document["replicationsPerSetting"] = .number(Double(replications))
    document["caresimVersion"] = .string(CareSimVersion.current)
    if let warnings {
      document["warnings"] = .array(warnings.map(\.json))
      document["warningsNote"] = .string(ScopeWarning.note)
    }
    for (name, table) in tables {
      files["\(name).csv"] = Data(table.csv.utf8)
      document[name] = table.json
    }
    files["result.json"] = JSONValue.object(document).encoded(prettyPrinted: true)
    return files
  }

  /// The terminal's words: English, with the scenario's level labels.
  var phrases: ReportPhrases { ReportPhrases(.en, levels: scenario.levelLabels) }

  /// The heading line of a printed result: the title, the replications and the seed.
  func heading(_ what: String, detail: String) -> String {
    "\(what) of \(scenario.metadata.title)\n\(detail), "
      + "\(ReportFormat.count(replications)) replications each, seed \(seed)\n"
  }

  /// The line that lists the files written.
  package static func wroteLine(folder: String, _ files: [String]) -> String {
    "Wrote \(folder)/: "
      + (files + ["result.json", ResultFolder.markerName]).joined(
        separator: ", ")
  }
}

extension PointEstimate {
  /// Columns of a setting's results: net benefit per perspective, then the chance of a gain for
  /// society, the ratios and QALYs, then the Monte-Carlo errors (``errorColumns``).
  static let columns =
    Perspective.allCases.map { "netBenefit.\($0)" }
    + [
      "probabilityOfGain.society", "benefitCostRatio.financial", "benefitCostRatio.social",
      "qalyGain",
    ] + errorColumns

  var cells: [ResultTable.Cell] {
    Perspective.allCases.map { .number(netBenefit($0).mean) }
      + [
        .number(probabilityOfGain[Perspective.society.rawValue]),
        .number(financialBenefitCostRatio ?? .nan), .number(socialBenefitCostRatio ?? .nan),
        .number(qalyGain.mean),
      ] + errorCells
  }

  /// The Monte-Carlo standard error of each perspective's mean net benefit and of the mean QALY
  /// gain, named as a PSA's `samples.csv` names them, last so that earlier columns keep their
  /// places: a reader (and `caresim diff`) can tell a setting's difference from noise.
  static let errorColumns =
    Perspective.allCases.map { "netBenefitStandardError.\($0)" } + ["qalyGainStandardError"]

  var errorCells: [ResultTable.Cell] {
    Perspective.allCases.map { .number(netBenefit($0).standardError) }
      + [.number(qalyGain.standardError)]
  }
}
