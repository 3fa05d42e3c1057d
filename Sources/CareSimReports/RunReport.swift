import CareSimCore
import CareSimOutput
import CareSimScenario
import Foundation
import JSON5

/// The outputs of one `caresim run`: `summary.json`, `trajectories.csv`, `outcomes.csv`,
/// `place-of-death.csv` and a table.
///
/// Everything here is a pure function of the scenario, the seed, the summary and the control
/// arm's profile, so the same seed gives byte-identical files whatever the thread count.
public struct RunReport: Sendable {
  public var scenario: Scenario
  public var seed: UInt64
  public var summary: OutcomeSummary
  /// Where the control arm's residents die.
  public var placeOfDeath: PlaceOfDeath

  /// The outputs of a run.
  ///
  /// - Parameters:
  ///   - scenario: The scenario run.
  ///   - seed: The run's seed.
  ///   - summary: The run's outcomes, summarised over its replications.
  ///   - controlArm: The control arm's profile on the same seed and replications, summed.
  public init(
    scenario: Scenario, seed: UInt64, summary: OutcomeSummary, controlArm: ControlArmProfile
  ) {
    self.scenario = scenario
    self.seed = seed
    self.summary = summary
    placeOfDeath = PlaceOfDeath(profile: controlArm, replications: summary.replications)
  }

  /// The files of the output folder, by name.
  public func files() -> [String: Data] {
    [
      "summary.json": summaryJSON().encoded(prettyPrinted: true),
      "trajectories.csv": Data(trajectoriesCSV().utf8),
      "outcomes.csv": Data(outcomesCSV().utf8),
      PlaceOfDeath.fileName: Data(placeOfDeath.table.csv.utf8),
    ]
  }

  static func json(_ distribution: DistributionSummary) -> JSONValue {
    .object([
      "mean": DataNumber.json(distribution.mean),
      "standardError": DataNumber.json(distribution.standardError),
      "p5": DataNumber.json(distribution.p5), "p50": DataNumber.json(distribution.p50),
      "p95": DataNumber.json(distribution.p95),
    ])
  }

  /// How the run leaves the ground its sources cover.
  public var warnings: [ScopeWarning] {
    ScopeWarning.inspect(scenario.parameters, outcome: summary)
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
      entry["probabilityOfLoss"] = DataNumber.json(summary.probabilityOfLoss[perspective.rawValue])
      netBenefit[perspective.description] = .object(entry)
    }
    func ratio(_ value: Double?, _ spread: DistributionSummary?) -> JSONValue {
      guard let value, let spread else { return .null }
      return .object(["ratioOfMeans": DataNumber.json(value), "perReplication": Self.json(spread)])
    }
    var document: [String: JSONValue] = [
      "caresimVersion": .string(CareSimVersion.current),
      "seed": .string(String(seed)),
      "replications": .number(Double(summary.replications)),
      "residents": .number(Double(parameters.residents)),
      "entrantsPerMonth": .number(parameters.entrants?.perMonth ?? 0),
      "entrants": .number(Double(parameters.entrants?.count(months: parameters.months) ?? 0)),
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
      "placeOfDeath": placeOfDeath.json,
      "warnings": .array(warnings.map(\.json)),
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
        "warnings": .string(ScopeWarning.note),
        "monthly": .string(
          "trajectories.csv and outcomes.csv hold monthly values, undiscounted; trajectories.csv gives each month's discount factor."
        ),
      ]),
      "qualityOfLife": .object([
        "minimumForLivingAtHome": parameters.qualityOfLife.minimumForLivingAtHome.map(
          DataNumber.json)
          ?? .null
      ]),
    ]
    document.merge(scenario.provenanceJSON) { value, _ in value }
    return .object(document)
  }

  /// Monthly cost per funder, tidy: one row per month, arm and funder, months numbered from 1.
  ///
  /// Monthly values are undiscounted, as a budget counts them; the column names say so, and
  /// `discountFactor` is the factor that turns a month's cost into its discounted value, so the
  /// discounted totals of `summary.json` are the sums of `meanUndiscounted × discountFactor`.
  public func trajectoriesCSV() -> String {
    let factors = Discounting(annualRate: scenario.parameters.discounting.costs).factors(
      months: summary.months)
    var lines = [
      "month,arm,funder,meanUndiscounted,p5Undiscounted,p50Undiscounted,p95Undiscounted,"
        + "discountFactor"
    ]
    for arm in SummaryArm.allCases {
      for month in 0..<summary.months {
        for funder in Funder.allCases {
          lines.append(
            "\(month + 1),\(arm),\(funder),\(Self.cells(summary.trajectory(arm, month: month, OutcomeMetric(funder)))),"
              + DataNumber.csv(factors[month]))
        }
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// Monthly counts and QALYs, tidy: one row per month, arm and metric.
  ///
  /// QALYs are undiscounted (`qalysUndiscounted`), counts are residents or events in the month. A
  /// count's percentiles are whole counts (the estimate rounded to the nearest one); its mean
  /// keeps its fraction.
  public func outcomesCSV() -> String {
    var lines = ["month,arm,metric,mean,p5,p50,p95"]
    for arm in SummaryArm.allCases {
      for month in 0..<summary.months {
        for metric in OutcomeMetric.allCases where metric.funder == nil {
          let name = metric == .qalys ? "qalysUndiscounted" : metric.description
          var cell = summary.trajectory(arm, month: month, metric)
          if metric != .qalys { cell = cell.percentilesAsWholeCounts() }
          lines.append("\(month + 1),\(arm),\(name),\(Self.cells(cell))")
        }
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// The mean and percentiles of a cell, as CSV cells.
  static func cells(_ cell: DistributionSummary) -> String {
    [cell.mean, cell.p5, cell.p50, cell.p95].map(DataNumber.csv).joined(separator: ",")
  }

  /// The line that tells the user what was written where.
  public func wroteLine(folder: String, extra: [String] = []) -> String {
    "Wrote \(folder)/: summary.json (totals over the horizon, discounted and undiscounted), "
      + "trajectories.csv and outcomes.csv (monthly, undiscounted), \(PlaceOfDeath.fileName) "
      + "(where residents die without the programme), "
      + (extra + [ResultFolder.markerName]).joined(separator: ", ")
  }
}
