/// The need move: one draw a month along the ladder's transition row, whose bands the covariates'
/// hazard ratios (and, for participants, prevention) scale.
extension MonthlyStepper {
  /// The need decision: the level after a month's need move from `from`.
  ///
  /// A pure function of its ratios: the step calls it with the resident's, and
  /// ``ThresholdWatch`` with each what-if setting's, on the setting's own stepper.
  @inline(__always)
  func nextLevel(from: Int, ratios: HazardRatios, uniform: Double) -> Int {
    let rule = levels[from]
    return MonthlyTransition.sample(
      UnsafeBufferPointer(
        start: moves.baseAddress.map { $0 + rule.firstMove }, count: rule.moveCount),
      mass: rule.moveMass, from: from, ratios: ratios, uniform: uniform)
  }

  /// The product of the covariate hazard ratios that apply to a resident this month.
  ///
  /// Men's ratios relative to women's are folded into the age table (see ``CovariateTables``),
  /// so a man's month costs no more than a woman's, and so are a level's own ratios per year of
  /// age: the table's block of the resident's level.
  ///
  /// - Parameters:
  ///   - state: The resident at the start of the month's move.
  ///   - ageInMonths: The resident's age this month.
  ///   - isFemale: The resident's sex.
  /// - Returns: The ratios of progression, admission and death.
  @inline(__always)
  func covariateRatios(_ state: ResidentState, ageInMonths: Int, isFemale: Bool) -> HazardRatios {
    guard covariates.isActive else { return .none }
    let year =
      Int(state.needLevel) &* covariates.levelStride
      &+ CovariateTables.row(ofAgeInMonths: ageInMonths)
    let ageAndSex = ageRatios[isFemale ? year : year &+ CovariateTables.menFirstRow]
    return applyingStateCovariates(to: ageAndSex, state, covariates: covariates)
  }

  /// `ratios` (of age and sex) times the ratios of the resident's state this month: quality of
  /// life below the reference, loneliness, a carer who has broken down, unmet need.
  @inline(__always)
  func applyingStateCovariates(
    to ratios: HazardRatios, _ state: ResidentState, covariates: CovariateTables.Scalars
  ) -> HazardRatios {
    var ratios = ratios
    // Only a shortfall of at least a hundredth is looked up; comparing before converting keeps
    // the checked conversion off the common path (the same index as truncating first).
    let shortfall = (covariates.referenceQualityOfLife - state.qualityOfLife) * 100
    if shortfall >= 1 { ratios = ratios * qualityRatios[Int(min(shortfall, 100))] }
    if state.isLonely { ratios = ratios * covariates.loneliness }
    if state.carer == .brokenDown { ratios = ratios * covariates.carerBreakdown }
    if state.hasUnmetNeed { ratios = ratios * covariates.unmetNeed }
    return ratios
  }
}
