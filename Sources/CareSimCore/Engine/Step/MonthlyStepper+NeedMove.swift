/// The need move: one draw a month along the ladder's transition row, whose bands the covariates'
/// hazard ratios (and, for participants, prevention) scale.
extension MonthlyStepper {
  /// The need decision: the level after a month's need move from `from`.
  ///
  /// A pure function of its ratios: the step calls it with the resident's, and
  /// ``ThresholdWatch`` with each what-if setting's.
  @inline(__always)
  func nextLevel(from: Int, ratios: HazardRatios, uniform: Double) -> Int {
    let rule = levels[from]
    return MonthlyTransition.sample(
      UnsafeBufferPointer(
        start: moves.baseAddress.map { $0 + rule.firstMove }, count: rule.moveCount),
      mass: rule.moveMass, from: from, ratios: ratios, uniform: uniform)
  }

  /// The product of the covariate hazard ratios that apply to a resident this month, with the
  /// binary covariates' ratios of `covariates` (the scenario's own, or a what-if setting's).
  @inline(__always)
  func covariateRatios(
    _ state: ResidentState, ageInMonths: Int, covariates: CovariateTables.Scalars
  ) -> HazardRatios {
    guard covariates.isActive else { return .none }
    var ratios = ageRatios[min(ageInMonths / 12, CovariateTables.maximumAge)]
    // Truncation is the floor here: only a positive shortfall is looked up.
    let shortfall = Int((covariates.referenceQualityOfLife - state.qualityOfLife) * 100)
    if shortfall > 0 { ratios = ratios * qualityRatios[min(shortfall, 100)] }
    if state.isLonely { ratios = ratios * covariates.loneliness }
    if state.hasCarer && state.carerHasBrokenDown { ratios = ratios * covariates.carerBreakdown }
    if state.hasUnmetNeed { ratios = ratios * covariates.unmetNeed }
    return ratios
  }
}
