/// Who gains and who loses as the intervention's cost is split among Wmo, Zvw and Wlz.
///
/// A payer's balance is linear in its share: saving minus share times cost, replication by
/// replication. So one set of replications answers every split exactly, without re-simulating.
public struct FundingSplitAnalysis: Sendable {
  /// Per replication: discounted savings per payer and the intervention's discounted cost.
  let savings: [FunderAmounts]
  let costs: [Double]

  public init(totals: [ReplicationTotals]) {
    savings = totals.map { totals in
      let control = totals.discountedCosts[InterventionArm.control.rawValue]
      let intervention = totals.discountedCosts[InterventionArm.intervention.rawValue]
      var saving = FunderAmounts.zero
      for payer in Funder.payers { saving[payer] = control[payer] - intervention[payer] }
      return saving
    }
    costs = totals.map { $0.discountedCosts[InterventionArm.intervention.rawValue][.intervention] }
  }

  /// A payer's balance under a split: its mean, and the share of replications in which it loses.
  public struct PayerBalance: Sendable, Equatable {
    public var mean: Double
    public var standardError: Double
    public var probabilityOfLoss: Double
  }

  public func balance(_ payer: Funder, split: FunderAmounts) -> PayerBalance {
    let values = zip(savings, costs).map { $0[payer] - split[payer] * $1 }
    let estimate = MeanEstimate(values)
    return PayerBalance(
      mean: estimate.mean, standardError: estimate.standardError,
      probabilityOfLoss: Double(values.count { $0 < 0 }) / Double(max(1, values.count)))
  }

  public var meanSavings: FunderAmounts {
    var mean = FunderAmounts.zero
    for payer in Funder.payers {
      mean[payer] = MeanEstimate(savings.map { $0[payer] }).mean
    }
    return mean
  }

  public var meanCost: Double { MeanEstimate(costs).mean }

  /// Every split on a simplex grid with the given number of steps per unit (10 gives 0.1 steps).
  public static func simplexGrid(steps: Int) -> [FunderAmounts] {
    precondition(steps >= 1, "steps must be at least 1, got \(steps)")
    var splits: [FunderAmounts] = []
    for wmo in 0...steps {
      for zvw in 0...(steps - wmo) {
        let wlz = steps - wmo - zvw
        splits.append(
          FunderAmounts(
            wmo: Double(wmo) / Double(steps), zvw: Double(zvw) / Double(steps),
            wlz: Double(wlz) / Double(steps)))
      }
    }
    return splits
  }

  /// The split proportional to each payer's expected saving: the "fair share".
  ///
  /// Nil when no payer saves; a payer with a negative expected saving gets no share.
  public var fairShare: FunderAmounts? {
    let mean = meanSavings
    let positive = Funder.payers.map { max(0, mean[$0]) }
    let sum = positive.reduce(0, +)
    guard sum > 0 else { return nil }
    return FunderAmounts(wmo: positive[0] / sum, zvw: positive[1] / sum, wlz: positive[2] / sum)
  }

  /// A split at which every payer's expected balance is zero or positive, or nil when none exists.
  ///
  /// Balances are `saving - share * cost`, so such a split exists exactly when no payer's expected
  /// saving is negative and the savings together cover the cost; the fair share is then one.
  public var breakEvenSplit: FunderAmounts? {
    let mean = meanSavings
    guard Funder.payers.allSatisfy({ mean[$0] >= 0 }),
      Funder.payers.reduce(0, { $0 + mean[$1] }) >= meanCost
    else { return nil }
    return fairShare
  }
}
