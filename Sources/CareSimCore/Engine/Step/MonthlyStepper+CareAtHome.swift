/// Care at home: a resident at home who would be admitted to an institution may choose the Wlz's
/// care at home instead (see ``CareAtHome``). The choice is one draw a month, made when the
/// month's move, a crisis or the minimum for living at home would admit the resident, so each of
/// those admissions reads the same draw and the same choice.
extension StepConstants {
  /// The choice's constants.
  struct CareAtHome: StepMechanism {
    /// The level of care at home; beyond the ladder when there is no choice, so that no level
    /// lies below it that could choose.
    var level: Int
    var share: Chance

    init(_ parameters: ScenarioParameters) {
      level = parameters.careAtHome?.level ?? Int.max
      share = Chance(parameters.careAtHome?.share ?? 0)
    }

    /// The choice acts when some resident may choose care at home.
    var acts: Bool { share.isPossible }

    /// The choice acts in both arms and is no price.
    static func clear(_ fields: MechanismFields, in parameters: inout ScenarioParameters) {
      switch fields {
      case .afterUptake, .uptake, .prices: break
      }
    }
  }
}

extension MonthlyStepper {
  /// The level an admission leads a resident to who was at `start` when the month began: care at
  /// home when they were at home below its level and choose it, the institution otherwise.
  ///
  /// A pure function of its draw, which the step and ``decide(_:covariateRatios:participates:intensity:thresholds:moveUniform:draws:)``
  /// call alike; a level that is no admission reads no draw.
  @inline(__always)
  func chosenLevel(_ level: Int, from start: Int, draws: some DecisionDraws) -> Int {
    let careAtHome = constants.careAtHome
    // Staying at one's level is no admission: the common month is settled before any load.
    guard
      level != start && careAtHome.acts && start < careAtHome.level && levels[start].isAtHome
        && levels[level].kind == .institutional
    else { return level }
    return draws.happens(careAtHome.share, .careAtHome) ? careAtHome.level : level
  }
}
