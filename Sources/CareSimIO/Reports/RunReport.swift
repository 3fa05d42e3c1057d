import CareSimCore
import Foundation

/// The outputs of one `caresim run`: `summary.json`, `trajectories.csv`, `outcomes.csv` and a table.
///
/// Everything here is a pure function of the scenario, the seed and the summary, so the same seed
/// gives byte-identical files whatever the thread count.
public struct RunReport: Sendable {
  public static let version = "0.1.0"

  public var scenario: Scenario
  public var seed: UInt64
  public var summary: OutcomeSummary

  public init(scenario: Scenario, seed: UInt64, summary: OutcomeSummary) {
    self.scenario = scenario
    self.seed = seed
    self.summary = summary
  }

  /// The files of the output folder, by name.
  public func files() -> [String: Data] {
    [
      "summary.json": summaryJSON().encoded(prettyPrinted: true),
      "trajectories.csv": Data(
        trajectoriesCSV(metrics: Funder.allCases.map(OutcomeMetric.init), column: "funder").utf8),
      "outcomes.csv": Data(
        trajectoriesCSV(
          metrics: OutcomeMetric.allCases.filter { $0.funder == nil }, column: "metric"
        ).utf8),
    ]
  }

  static func json(_ distribution: DistributionSummary) -> JSONValue {
    .object([
      "mean": number(distribution.mean), "standardError": number(distribution.standardError),
      "p5": number(distribution.p5), "p50": number(distribution.p50),
      "p95": number(distribution.p95),
    ])
  }

  /// JSON has no NaN: a quantity that does not exist (a ratio without cost) is null.
  package static func number(_ value: Double) -> JSONValue {
    value.isFinite ? .number(value) : .null
  }

  public func summaryJSON() -> JSONValue {
    let parameters = scenario.parameters
    var arms: [String: JSONValue] = [:]
    for arm in SummaryArm.allCases {
      var metrics: [String: JSONValue] = [:]
      for metric in OutcomeSummary.totalMetrics {
        metrics[metric.description] = .object([
          "undiscounted": Self.json(summary.total(arm, metric, discounted: false)),
          "discounted": Self.json(summary.total(arm, metric, discounted: true)),
        ])
      }
      arms[arm.description] = .object(metrics)
    }
    var netBenefit: [String: JSONValue] = [:]
    for perspective in Perspective.allCases {
      var entry = Self.json(summary.netBenefit(perspective)).objectValue ?? [:]
      entry["probabilityOfLoss"] = .number(summary.probabilityOfLoss[perspective.rawValue])
      netBenefit[perspective.description] = .object(entry)
    }
    func ratio(_ value: Double?, _ spread: DistributionSummary?) -> JSONValue {
      guard let value, let spread else { return .null }
      return .object(["ratioOfMeans": Self.number(value), "perReplication": Self.json(spread)])
    }
    return .object([
      "caresimVersion": .string(Self.version),
      "scenario": .object([
        "file": .string(scenario.file), "title": .string(scenario.metadata.title),
        "hash": .string(scenario.hash),
      ]),
      "seed": .string(String(seed)),
      "replications": .number(Double(summary.replications)),
      "residents": .number(Double(parameters.residents)),
      "months": .number(Double(parameters.months)),
      "discounting": .object([
        "costsAnnualRate": .number(parameters.discounting.costs),
        "effectsAnnualRate": .number(parameters.discounting.effects),
      ]),
      "fundingSplit": .object(
        Dictionary(
          uniqueKeysWithValues: Funder.payers.map {
            ($0.description, .number(parameters.fundingSplit[$0]))
          })),
      "valuePerQALY": .number(parameters.valuePerQALY),
      "totals": .object(arms),
      "netBenefitAfterSplit": .object(netBenefit),
      "netMonetaryBenefit": Self.json(summary.netMonetaryBenefit),
      "benefitCostRatio": .object([
        "financial": ratio(
          summary.financialBenefitCostRatio, summary.financialBenefitCostRatioSpread),
        "social": ratio(summary.socialBenefitCostRatio, summary.socialBenefitCostRatioSpread),
      ]),
      "notes": .object([
        "totals": .string(
          "Population totals over the horizon; 'difference' is intervention minus control per replication (common random numbers)."
        ),
        "netBenefitAfterSplit": .string(
          "Discounted savings (control minus intervention) less the funder's share of the intervention cost; positive means the funder gains."
        ),
        "percentiles": .string(
          "p5/p50/p95 across replications: Monte-Carlo spread at fixed parameters, not parameter uncertainty."
        ),
      ]),
    ])
  }

  /// Tidy long format: one row per month, arm and metric, months numbered from 1.
  public func trajectoriesCSV(metrics: [OutcomeMetric], column: String) -> String {
    var lines = ["month,arm,\(column),mean,p5,p50,p95"]
    for arm in SummaryArm.allCases {
      for month in 0..<summary.months {
        for metric in metrics {
          let cell = summary.trajectory(arm, month: month, metric)
          lines.append(
            "\(month + 1),\(arm),\(metric),\(Self.csv(cell.mean)),\(Self.csv(cell.p5)),"
              + "\(Self.csv(cell.p50)),\(Self.csv(cell.p95))")
        }
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  package static func csv(_ value: Double) -> String { value.isFinite ? "\(value)" : "" }
}
