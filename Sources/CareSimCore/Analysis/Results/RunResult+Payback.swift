// MARK: - When it pays back

extension RunResult {
  /// A perspective's cumulative discounted net benefit month by month: the month's saving less
  /// its share of the programme's cost (``FunderBalance`` of the month's mean difference between
  /// the arms), so that the last month gives the net benefit of the totals.
  public func cumulativeNetBenefit(_ perspective: Perspective) -> [Double] {
    let difference = monthlyCosts[.difference] ?? [:]
    var total = 0.0
    return discountFactors.indices.map { month in
      var amounts = FunderAmounts.zero
      for funder in Funder.allCases {
        amounts[funder] = difference[funder]?.mean[month] ?? .nan
      }
      // The difference is with less without, so the month's saving is none less the difference.
      let balance = FunderBalance(control: .zero, intervention: amounts, split: fundingSplit)
      total += balance[perspective] * discountFactors[month]
      return total
    }
  }

  /// The month from which a perspective's cumulative net benefit stays at or above zero (see
  /// ``paybackMonth(of:)``).
  public func paybackMonth(_ perspective: Perspective) -> Int? {
    Self.paybackMonth(of: cumulativeNetBenefit(perspective))
  }

  /// The first month (from 1) from which a cumulative balance stays at or above zero, after being
  /// below; nil when it never does, and 0 when it never falls below.
  public static func paybackMonth(of balances: [Double]) -> Int? {
    guard let lastNegative = balances.lastIndex(where: { $0 < 0 }) else { return 0 }
    return lastNegative + 1 < balances.count ? lastNegative + 2 : nil
  }
}
