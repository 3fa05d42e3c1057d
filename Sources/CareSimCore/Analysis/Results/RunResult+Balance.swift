// MARK: - Who pays and who saves

extension RunResult {
  /// The perspectives with a budget line of their own: the payers, then informal carers.
  public static let budgets = payers + [.informal]

  /// A perspective's discounted saving over the horizon, without the programme less with it,
  /// before its share of the programme's cost; society's is every saving less nothing, so that
  /// its net benefit is its saving less the whole cost.
  public func saving(_ perspective: Perspective) -> Double {
    guard perspective != .society else { return meanNetBenefit(.society) + programmeCost }
    return -total(.difference, OutcomeMetric(perspective.funder ?? .informal))
  }

  /// The part of the programme's discounted cost a perspective pays: a payer's share under the
  /// funding split, none for informal carers, all of it for society.
  public func costShare(_ perspective: Perspective) -> Double {
    perspective == .society
      ? programmeCost : (perspective.funder.map { fundingSplit[$0] } ?? 0) * programmeCost
  }

  /// The budget the programme moves most, by the size of its saving or loss.
  public var mostMovedBudget: Perspective {
    Self.budgets.max { abs(saving($0)) < abs(saving($1)) } ?? .wlz
  }

  /// The payers who pay part of the programme's cost, in ``Funder/payers`` order.
  public var payersSharingCost: [Funder] { Funder.payers.filter { fundingSplit[$0] > 0 } }

  /// The payers who save, largest saving first.
  public var payersSaving: [Perspective] {
    Self.payers.filter { saving($0) > 0 }.sorted { saving($0) > saving($1) }
  }

  /// The payers whose expected net benefit is negative, in ``Funder/payers`` order.
  public var payersBehind: [Perspective] { Self.payers.filter { meanNetBenefit($0) < 0 } }
}
