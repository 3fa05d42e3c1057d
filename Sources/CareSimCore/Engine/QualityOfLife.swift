/// Where a resident's quality of life is heading, and its monthly shock.
enum QualityOfLife {
  /// The level's utility, less age and loneliness, plus what the intervention's activation and
  /// contact add (scaled by how fully the intervention can serve its participants this month).
  @inline(__always)
  static func target(
    _ state: ResidentState, utility: Double, ageInMonths: Int,
    serviceIntensity: Double, constants: StepConstants
  ) -> Double {
    var target = utility
    if constants.ageDeclinePerYear != 0 {
      target -=
        constants.ageDeclinePerYear
        * max(0, Double(ageInMonths) * monthsPerYearReciprocal - constants.qualityReferenceAge)
    }
    if state.isLonely { target -= constants.lonelinessDecrement }
    if state.isParticipating { target += constants.participationGain * serviceIntensity }
    if state.isVolunteer { target += constants.volunteerGain }
    return target
  }

  /// The score after a month's move towards the target, before the shock.
  @inline(__always)
  static func adjusted(_ score: Double, towards target: Double, constants: StepConstants) -> Double
  {
    score + constants.adjustmentRate * (target - score)
  }

  /// A uniform shock with mean 0 and the scenario's standard deviation: a uniform on [-a, a] has
  /// standard deviation a/sqrt(3), so a is sqrt(3) times the standard deviation.
  @inline(__always)
  static func shock(_ uniform: Double, constants: StepConstants) -> Double {
    (2 * uniform - 1) * constants.shockHalfWidth
  }
}
