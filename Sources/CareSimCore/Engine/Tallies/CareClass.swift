/// What decides a living resident's care cost in a month: the band of age when costs rise with
/// age, the level of care served, participation when efficiency changes participants' cost,
/// substitution, and an active informal carer.
///
/// A month's cost depends only on the care class, so the step counts residents per class and prices
/// the classes once a month (see `MonthlyStepper+Pricing.swift`). Participation splits the classes
/// only when efficiency acts: an intervention without effect then sums both arms' costs in the same
/// groups, so their difference is exactly zero. Bands of age split them only when the scenario has
/// some (see `MonthlyStepper+CostsByAge.swift`): a month holds `levels × perLevel` classes a band.
struct CareClass: Equatable {
  static let perLevel = 8

  /// The band of age whose factors price the class (0 without bands).
  var costBand: Int
  var servedLevel: Int
  var isParticipatingWithEfficiency: Bool
  var isSubstituted: Bool
  var hasActiveCarer: Bool

  /// The bits of a class's index below its served level.
  static let efficiencyBit = 4
  static let substitutedBit = 2
  static let activeCarerBit = 1

  /// The class of an index of a month's classes, on a ladder of `levels` levels.
  init(index: Int, levels: Int) {
    let classesPerBand = levels * Self.perLevel
    costBand = index / classesPerBand
    servedLevel = index % classesPerBand / Self.perLevel
    isParticipatingWithEfficiency = index & Self.efficiencyBit != 0
    isSubstituted = index & Self.substitutedBit != 0
    hasActiveCarer = index & Self.activeCarerBit != 0
  }

  /// The class's index within its band: ``perLevel`` classes a served level, the flags as bits
  /// below it; the band's first class is added to it (see
  /// ``MonthlyStepper/costBandOffset(ageInMonths:)``).
  @inline(__always)
  static func index(of state: ResidentState, efficiencyApplies: Bool) -> Int {
    Int(state.servedLevel) &* perLevel
      | (state.isParticipating && efficiencyApplies ? efficiencyBit : 0)
      | (state.isSubstituted ? substitutedBit : 0) | (state.hasActiveCarer ? activeCarerBit : 0)
  }
}
