/// Samples a resident's move along the need ladder in one month.
///
/// Each non-zero off-diagonal probability of a row becomes a ``Move`` tagged with the kind of move, so
/// that covariates multiply the right hazards. After the multiplications a row may sum above 1; it is
/// then scaled back to sum to exactly 1 (the resident certainly moves), which keeps the ratios
/// between the moves.
enum MonthlyTransition {
  /// The kinds of move a covariate can change; recoveries are left as they are.
  enum Category: UInt8, Sendable {
    case progression, admission, death, recovery
  }

  struct Move: Sendable, Equatable {
    var target: Int
    var probability: Double
    var category: Category
  }

  /// Classifies a move: to the dead level is death, from home into an institution is admission, to a
  /// higher living level otherwise is progression, and to a lower level is recovery.
  static func category(from: Int, to: Int, kinds: [NeedLevel.Kind]) -> Category {
    if kinds[to] == .dead { return .death }
    if kinds[from] == .community && kinds[to] == .institutional { return .admission }
    return to > from ? .progression : .recovery
  }

  /// A row's moves, in the order their bands lie on the uniform draw.
  ///
  /// Death and recovery come first, then admission, then progression: prevention shrinks only the
  /// last two, so the same draw means the same death or recovery in both arms, and the arms differ
  /// only where the intervention acts (tighter common random numbers).
  static func moves(from: Int, probabilities: [Double], kinds: [NeedLevel.Kind]) -> [Move] {
    let order: [Category] = [.death, .recovery, .admission, .progression]
    let moves = probabilities.indices.compactMap { to -> Move? in
      guard to != from, probabilities[to] > 0 else { return nil }
      return Move(
        target: to, probability: probabilities[to],
        category: category(from: from, to: to, kinds: kinds))
    }
    return order.flatMap { category in moves.filter { $0.category == category } }
  }

  /// Each category's share of a row: the sum of its moves' base probabilities.
  static func categoryMass(_ moves: [Move]) -> SIMD4<Double> {
    var mass = SIMD4<Double>.zero
    for move in moves { mass[Int(move.category.rawValue)] += move.probability }
    return mass
  }

  /// The level after one month, given the hazard ratios for each category and a uniform draw.
  ///
  /// - Parameters:
  ///   - moves: The row's moves.
  ///   - mass: ``categoryMass(_:)`` of the row, so that the usual month, in which nobody moves, is
  ///     settled with one dot product and one comparison.
  ///   - from: The current level.
  ///   - ratios: The hazard ratios that apply this month.
  ///   - uniform: The month's transition draw.
  /// - Returns: The next level.
  static func sample(
    _ moves: UnsafeBufferPointer<Move>, mass: SIMD4<Double>, from: Int, ratios: HazardRatios,
    uniform: Double
  ) -> Int {
    let multipliers = multipliers(ratios)
    let total = (mass * multipliers).sum()
    if uniform >= total { return from }
    let scale = scale(total: total)
    var cumulative = 0.0
    for move in moves {
      cumulative += width(of: move, multipliers: multipliers, scale: scale)
      if uniform < cumulative { return move.target }
    }
    return from
  }

  /// The ratios as a multiplier per move category, indexed by ``Category/rawValue``.
  @inline(__always)
  static func multipliers(_ ratios: HazardRatios) -> SIMD4<Double> {
    SIMD4(ratios.progression, ratios.admission, ratios.death, 1)
  }

  /// What scales a row back to sum to 1: validated rows sum to at most 1, so only ratios above 1
  /// can push a row past 1.
  @inline(__always)
  static func scale(total: Double) -> Double { total > 1 ? 1 / total : 1 }

  /// A move's band on the uniform draw.
  @inline(__always)
  static func width(of move: Move, multipliers: SIMD4<Double>, scale: Double) -> Double {
    move.probability * multipliers[Int(move.category.rawValue)] * scale
  }
}

extension HazardRatios {
  @inlinable
  static func * (lhs: HazardRatios, rhs: HazardRatios) -> HazardRatios {
    HazardRatios(
      progression: lhs.progression * rhs.progression, admission: lhs.admission * rhs.admission,
      death: lhs.death * rhs.death)
  }
}
