/// The funding-split stress test: each payer's balance for every split of the intervention's cost
/// among Wmo, Zvw and Wlz, the notable splits, and how they move when a parameter moves.
///
/// A payer's balance is linear in its share, so one set of replications answers every split
/// exactly (see ``FundingSplitAnalysis``).
public struct FundingSplitStressTest: Sendable {
  /// A split and each payer's balance under it, in ``Funder/payers`` order.
  public struct SplitBalances: Sendable, Equatable {
    public var split: FunderAmounts
    public var balances: [FundingSplitAnalysis.PayerBalance]
  }

  /// A split worth naming: the scenario's own, the fair share, or one at which every payer breaks
  /// even.
  public enum Candidate: String, Sendable, CaseIterable {
    case scenario
    case fairShare = "fair share"
    case allBreakEven = "all break even"
  }

  /// The notable splits of one setting; a candidate that does not exist has nil balances.
  public struct Findings: Sendable {
    /// The parameter varied, nil for the base.
    public var parameter: String?
    public var value: Double?
    public var analysis: FundingSplitAnalysis
    public var candidates: [(candidate: Candidate, balances: SplitBalances?)]
  }

  /// A parameter moved to a value, and the scenario there.
  public struct Variation: Sendable {
    public var parameter: String
    public var value: Double
    public var setting: ScenarioParameters

    public init(parameter: String, value: Double, setting: ScenarioParameters) {
      self.parameter = parameter
      self.value = value
      self.setting = setting
    }
  }

  /// The base's savings and costs, replication by replication.
  public var base: FundingSplitAnalysis
  /// Every split on the simplex grid.
  public var grid: [SplitBalances]
  /// The base's findings first, then one per variation.
  public var findings: [Findings]

  /// Runs the base and the variations (together, so that they share work: see
  /// ``WhatIfEvaluator/totals(of:)``), and evaluates the grid on the base.
  ///
  /// - Parameters:
  ///   - steps: Grid steps per unit share (10 gives steps of 0.1).
  ///   - variations: Parameters moved to values, each a setting of its own.
  ///   - evaluator: Runs the settings against the base.
  /// - Returns: The results, with the settings in the order given.
  public static func evaluate(
    steps: Int, variations: [Variation], with evaluator: WhatIfEvaluator
  ) -> FundingSplitStressTest {
    let base = FundingSplitAnalysis(totals: evaluator.baseTotals)
    let scenarioSplit = evaluator.base.fundingSplit
    let grid = FundingSplitAnalysis.simplexGrid(steps: steps).map { base.balances(split: $0) }
    var findings = [base.findings(scenarioSplit: scenarioSplit, parameter: nil, value: nil)]
    for (variation, totals) in zip(variations, evaluator.totals(of: variations.map(\.setting))) {
      let analysis = FundingSplitAnalysis(totals: totals)
      findings.append(
        analysis.findings(
          scenarioSplit: variation.setting.fundingSplit, parameter: variation.parameter,
          value: variation.value))
    }
    return FundingSplitStressTest(base: base, grid: grid, findings: findings)
  }
}

extension FundingSplitAnalysis {
  /// Each payer's balance under a split.
  public func balances(split: FunderAmounts) -> FundingSplitStressTest.SplitBalances {
    FundingSplitStressTest.SplitBalances(
      split: split, balances: Funder.payers.map { balance($0, split: split) })
  }

  fileprivate func findings(scenarioSplit: FunderAmounts, parameter: String?, value: Double?)
    -> FundingSplitStressTest.Findings
  {
    let splits: [(FundingSplitStressTest.Candidate, FunderAmounts?)] = [
      (.scenario, scenarioSplit), (.fairShare, fairShare), (.allBreakEven, breakEvenSplit),
    ]
    return FundingSplitStressTest.Findings(
      parameter: parameter, value: value, analysis: self,
      candidates: splits.map { candidate, split in (candidate, split.map(balances(split:))) })
  }
}
