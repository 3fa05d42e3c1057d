/// Accrual: each living resident's month is counted in its care class before the resident moves.
extension MonthlyStepper {
  /// The care class a resident's month is counted in, within its band of care costs by age.
  @inline(__always)
  func careClass(of state: ResidentState) -> Int {
    CareClass.index(of: state, efficiencyApplies: constants.efficiency.acts)
  }

  /// Counts a living resident's month in its care class and adds its quality of life.
  ///
  /// A month's cost depends only on the care class (see ``CareClass``), so the step counts
  /// residents per class and prices the classes once a month, instead of adding cost vectors per
  /// resident.
  ///
  /// - Parameters:
  ///   - state: The resident at the start of the month.
  ///   - classCounts: The month's care-class counts of the resident's band of care costs by age
  ///     (see ``costBand(ageInMonths:)``).
  ///   - counts: The month's other counts.
  @inline(__always)
  func accrue(
    _ state: ResidentState, classCounts: UnsafeMutablePointer<Int>, counts: inout MonthlyCounts
  ) {
    accrue(state, careClass: careClass(of: state), classCounts: classCounts, counts: &counts)
  }

  /// ``accrue(_:classCounts:counts:)`` with the state's ``careClass(of:)`` worked out already.
  @inline(__always)
  func accrue(
    _ state: ResidentState, careClass: Int, classCounts: UnsafeMutablePointer<Int>,
    counts: inout MonthlyCounts
  ) {
    // Wrapping adds without branches: a count of residents cannot overflow, and the hot loop
    // skips the checks.
    classCounts[careClass] &+= 1
    counts.qualityOfLifeUnits &+= MonthlyCounts.units(ofQualityOfLife: state.qualityOfLife)
    counts.participants &+= state.isParticipating ? 1 : 0
    counts.volunteers &+= state.isVolunteer ? 1 : 0
    counts.unmetNeed &+= state.hasUnmetNeed ? 1 : 0
    counts.substituted &+= state.isSubstituted ? 1 : 0
    counts.waiting &+= state.participation == .waiting ? 1 : 0
  }
}
