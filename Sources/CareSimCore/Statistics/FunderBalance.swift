/// Whose balance a net benefit is counted from.
public enum Perspective: Int, CaseIterable, Sendable, Hashable, CustomStringConvertible {
  case wmo, zvw, wlz
  /// Informal carers: hours saved, valued at the shadow price.
  case informal
  /// Everyone together: all savings less the whole intervention cost.
  case society

  /// The perspective of a funder's own budget; nil for the intervention's budget, which the
  /// funding split assigns to the payers.
  public init?(funder: Funder) {
    switch funder {
    case .wmo: self = .wmo
    case .zvw: self = .zvw
    case .wlz: self = .wlz
    case .informal: self = .informal
    case .intervention: return nil
    }
  }

  /// The payer whose budget this perspective counts; nil for informal care and society.
  public var funder: Funder? {
    switch self {
    case .wmo: .wmo
    case .zvw: .zvw
    case .wlz: .wlz
    case .informal, .society: nil
    }
  }

  public var description: String {
    switch self {
    case .wmo: "wmo"
    case .zvw: "zvw"
    case .wlz: "wlz"
    case .informal: "informal"
    case .society: "society"
    }
  }
}

/// One replication's balance for every perspective: savings less the share of the intervention's
/// cost that the funding split assigns.
///
/// A saving is the control arm's cost less the intervention arm's cost, so a positive balance means
/// the funder gains from the intervention.
public struct FunderBalance: Sendable, Equatable {
  /// Net benefit per ``Perspective``.
  public var netBenefit: [Double]
  /// Savings on care and informal care (Wmo, Zvw, Wlz and informal), before the intervention's cost.
  public var savings: Double
  /// Savings on the payers' budgets only (Wmo, Zvw, Wlz): the financial side of a cost-benefit ratio.
  public var payerSavings: Double
  public var interventionCost: Double

  /// - Parameters:
  ///   - control: total cost per funder without the intervention.
  ///   - intervention: total cost per funder with it; its `.intervention` line is the cost to split.
  ///   - split: shares of the intervention cost for Wmo, Zvw and Wlz.
  public init(control: FunderAmounts, intervention: FunderAmounts, split: FunderAmounts) {
    interventionCost = intervention[.intervention]
    var balances = [Double](repeating: 0, count: Perspective.allCases.count)
    var savings = 0.0
    var payerSavings = 0.0
    for funder in Funder.payers + [.informal] {
      let saving = control[funder] - intervention[funder]
      savings += saving
      if funder != .informal { payerSavings += saving }
      guard let perspective = Perspective(funder: funder) else { continue }
      balances[perspective.rawValue] = saving - split[funder] * interventionCost
    }
    balances[Perspective.society.rawValue] = savings - interventionCost
    self.savings = savings
    self.payerSavings = payerSavings
    self.netBenefit = balances
  }

  public subscript(perspective: Perspective) -> Double { netBenefit[perspective.rawValue] }
}
