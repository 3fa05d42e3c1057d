/// The scenario, flattened into reference-free values for the monthly step.
///
/// Reading a `NeedLevel` (which holds a `String`) or a struct holding arrays inside the hot loop costs
/// reference counting on every resident-month; these tables hold only numbers, and the step reads
/// them through buffer pointers, so a resident-month costs arithmetic and loads only.
struct LevelRule: Sendable {
  var kind: NeedLevel.Kind
  var isAtHome: Bool
  /// Whether care is delivered at once, without waiting to be signalled: in an institution, and
  /// at the level of the Wlz's care at home.
  var deliversCareAtOnce: Bool
  /// The quality of life below which a resident here is admitted: at home, the minimum for living
  /// at home, but not with the Wlz's care at home, which is the choice to stay below it;
  /// elsewhere, and without a minimum, -1, which no score is below.
  var admissionScore: Double
  /// Whether a resident at this level may take part in the intervention: at home, and no higher
  /// than the scenario's highest eligible level.
  var isEligible: Bool
  /// Care cost per month per funder (Wmo, Zvw, Wlz).
  var monthlyCareCost: SIMD8<Double>
  /// Informal care at the shadow price per month, when a carer is active.
  var monthlyInformalCost: Double
  var utility: Double
  var carerStrainPerMonth: Double
  var crisisProbability: Double
  /// This level's moves in ``StepTables/moves``, and their probability per move category.
  var firstMove: Int
  var moveCount: Int
  var moveMass: SIMD4<Double>
}

/// The level rules and transition moves of a scenario, stored flat.
struct StepTables: Sendable {
  var levels: [LevelRule]
  var moves: [MonthlyTransition.Move]

  init(_ parameters: ScenarioParameters) {
    let kinds = parameters.needLevels.map(\.kind)
    let eurosPerWeeklyHour = parameters.informalCare.shadowPricePerHour * 52 / 12
    var levels: [LevelRule] = []
    var moves: [MonthlyTransition.Move] = []
    for (index, level) in parameters.needLevels.enumerated() {
      let isCareAtHome = index == parameters.careAtHome?.level
      let rowMoves = MonthlyTransition.moves(
        from: index, probabilities: parameters.transitions[index], kinds: kinds)
      levels.append(
        LevelRule(
          kind: level.kind, isAtHome: level.kind == .community,
          deliversCareAtOnce: level.kind != .community || isCareAtHome,
          admissionScore: level.kind == .community && !isCareAtHome
            ? parameters.qualityOfLife.minimumForLivingAtHome ?? -1 : -1,
          isEligible: level.kind == .community
            && index <= parameters.intervention.maximumEligibleLevel,
          monthlyCareCost: (level.annualCareCost * (1.0 / 12.0)).storage,
          monthlyInformalCost: level.informalCareHoursPerWeek * eurosPerWeeklyHour,
          utility: level.utility, carerStrainPerMonth: level.carerStrainPerMonth,
          crisisProbability: parameters.mechanisms.escalation.crisisMonthlyProbability[index],
          firstMove: moves.count, moveCount: rowMoves.count,
          moveMass: MonthlyTransition.categoryMass(rowMoves)))
      moves += rowMoves
    }
    self.levels = levels
    self.moves = moves
  }
}
