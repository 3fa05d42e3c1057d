/// One replication's totals over the horizon per arm: costs per funder and QALYs, undiscounted and
/// discounted.
///
/// Every analysis (summaries, sensitivity, funding splits, study validation) starts from these, so
/// they are computed in one place.
public struct ReplicationTotals: Sendable, Equatable {
  /// Indexed by ``InterventionArm``.
  public var costs: [FunderAmounts]
  public var discountedCosts: [FunderAmounts]
  public var qalys: [Double]
  public var discountedQALYs: [Double]
  /// Discounted costs per funder in each year of the horizon (a last, shorter year when the months
  /// do not fill it), indexed by ``InterventionArm`` then year: what a payer's balance over the
  /// years is drawn from.
  public var yearlyDiscountedCosts: [[FunderAmounts]]

  public init(
    costs: [FunderAmounts], discountedCosts: [FunderAmounts], qalys: [Double],
    discountedQALYs: [Double], yearlyDiscountedCosts: [[FunderAmounts]] = []
  ) {
    self.costs = costs
    self.discountedCosts = discountedCosts
    self.qalys = qalys
    self.discountedQALYs = discountedQALYs
    self.yearlyDiscountedCosts = yearlyDiscountedCosts
  }

  public init(_ outcome: ReplicationOutcome, costWeights: [Double], effectWeights: [Double]) {
    costs = []
    discountedCosts = []
    qalys = []
    discountedQALYs = []
    yearlyDiscountedCosts = []
    let years = stride(from: 0, to: outcome.months, by: 12).map {
      $0..<min(outcome.months, $0 + 12)
    }
    for arm in InterventionArm.allCases {
      var plain = FunderAmounts.zero
      var discounted = FunderAmounts.zero
      var yearly = [FunderAmounts](repeating: .zero, count: years.count)
      for funder in Funder.allCases {
        plain[funder] = outcome.total(arm, OutcomeMetric(funder))
        discounted[funder] = outcome.total(arm, OutcomeMetric(funder), weights: costWeights)
        for (year, months) in years.enumerated() {
          yearly[year][funder] = outcome.total(
            arm, OutcomeMetric(funder), months: months, weights: costWeights)
        }
      }
      costs.append(plain)
      discountedCosts.append(discounted)
      yearlyDiscountedCosts.append(yearly)
      qalys.append(outcome.total(arm, .qalys))
      discountedQALYs.append(outcome.total(arm, .qalys, weights: effectWeights))
    }
  }

  /// Discount weights for a scenario's horizon and rates.
  public static func weights(_ parameters: ScenarioParameters)
    -> (costs: [Double], effects: [Double])
  {
    (
      Discounting(annualRate: parameters.discounting.costs).factors(months: parameters.months),
      Discounting(annualRate: parameters.discounting.effects).factors(months: parameters.months)
    )
  }

  public init(_ outcome: ReplicationOutcome, parameters: ScenarioParameters) {
    let weights = Self.weights(parameters)
    self.init(outcome, costWeights: weights.costs, effectWeights: weights.effects)
  }

  /// An outcome's totals, whose control arm is `control`'s when given: the outcome of a setting
  /// that ran its intervention arm only, beside a run that shares its control arm.
  init(
    _ outcome: ReplicationOutcome, weights: (costs: [Double], effects: [Double]),
    control: ReplicationTotals?
  ) {
    self.init(outcome, costWeights: weights.costs, effectWeights: weights.effects)
    if let control { takeControlArm(from: control) }
  }

  /// Replaces this replication's control arm with another run's (see
  /// ``ScenarioParameters/controlArmProjection``).
  public mutating func takeControlArm(from other: ReplicationTotals) {
    let control = InterventionArm.control.rawValue
    costs[control] = other.costs[control]
    discountedCosts[control] = other.discountedCosts[control]
    qalys[control] = other.qalys[control]
    discountedQALYs[control] = other.discountedQALYs[control]
    yearlyDiscountedCosts[control] = other.yearlyDiscountedCosts[control]
  }

  /// Discounted QALYs gained with the intervention.
  public var qalyGain: Double {
    discountedQALYs[InterventionArm.intervention.rawValue]
      - discountedQALYs[InterventionArm.control.rawValue]
  }

  /// Each perspective's discounted balance under a funding split.
  public func balance(split: FunderAmounts) -> FunderBalance {
    FunderBalance(
      control: discountedCosts[InterventionArm.control.rawValue],
      intervention: discountedCosts[InterventionArm.intervention.rawValue], split: split)
  }
}
