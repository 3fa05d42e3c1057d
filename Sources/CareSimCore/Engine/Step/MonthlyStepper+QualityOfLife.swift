/// Death, quality of life and admission: the dead take no part; quality of life moves each month
/// a fraction of the way to its target, with a shock; below the minimum for living at home the
/// resident is admitted, and an admitted resident leaves the intervention.
extension StepConstants {
  /// The quality-of-life model's constants.
  struct QualityOfLife: StepMechanism {
    let adjustmentRate: Double
    let ageDeclinePerYear: Double
    let referenceAge: Double
    let lonelinessDecrement: Double
    let participationGain: Double
    let volunteerGain: Double
    /// Half-width of the uniform shock: sqrt(3) times its standard deviation.
    let shockHalfWidth: Double
    /// Quality of life acts beyond the level's utility when it drifts, is shocked, changes with
    /// age, loneliness or taking part, or can admit; stored, as the month reads it.
    let acts: Bool

    init(_ parameters: ScenarioParameters) {
      let quality = parameters.qualityOfLife
      adjustmentRate = quality.adjustmentRate
      ageDeclinePerYear = quality.ageDeclinePerYear
      referenceAge = quality.referenceAge
      lonelinessDecrement = quality.lonelinessDecrement
      participationGain = quality.participationGain
      volunteerGain = quality.volunteerGain
      shockHalfWidth = 3.0.squareRoot() * quality.monthlyShockSD
      // The minimum for living at home is each level's admission score (``LevelRule``).
      acts =
        adjustmentRate != 1 || shockHalfWidth != 0 || ageDeclinePerYear != 0
        || lonelinessDecrement != 0 || participationGain != 0 || volunteerGain != 0
        || quality.minimumForLivingAtHome != nil
    }

    static func clear(_ fields: MechanismFields, in parameters: inout ScenarioParameters) {
      switch fields {
      case .afterUptake:
        parameters.qualityOfLife.participationGain = 0
        parameters.qualityOfLife.volunteerGain = 0
      case .uptake, .prices: break
      }
    }
  }
}

extension StepConstants {
  /// The level's utility, less age and loneliness, plus what the intervention's activation and
  /// contact add (scaled by how fully the intervention can serve its participants this month).
  @inline(__always)
  func qualityOfLifeTarget(
    _ state: ResidentState, utility: Double, ageInMonths: Int, serviceIntensity: Double
  ) -> Double {
    var target = utility
    if qualityOfLife.ageDeclinePerYear != 0 {
      target -=
        qualityOfLife.ageDeclinePerYear
        * max(0, Double(ageInMonths) * monthsPerYearReciprocal - qualityOfLife.referenceAge)
    }
    if state.isLonely { target -= qualityOfLife.lonelinessDecrement }
    if state.isParticipating { target += qualityOfLife.participationGain * serviceIntensity }
    if state.isVolunteer { target += qualityOfLife.volunteerGain }
    return target
  }

  /// The score after a month's move towards the target, before the shock.
  @inline(__always)
  func adjustedQualityOfLife(_ score: Double, towards target: Double) -> Double {
    score + qualityOfLife.adjustmentRate * (target - score)
  }

  /// A uniform shock with mean 0 and the scenario's standard deviation: a uniform on [-a, a]
  /// has standard deviation a/sqrt(3), so a is sqrt(3) times the standard deviation.
  @inline(__always)
  func qualityOfLifeShock(_ uniform: Double) -> Double {
    (2 * uniform - 1) * qualityOfLife.shockHalfWidth
  }
}

extension MonthlyStepper {
  /// Death: counted (in an institution when the resident did not live at home at the start of
  /// the month, as a register counts the place of residence), and the dead take no part and have
  /// no quality of life.
  @inline(__always)
  func die(_ state: inout ResidentState, wasAtHome: Bool, events: inout MonthlyEvents) {
    events.deaths &+= 1
    events.deathsInInstitution &+= wasAtHome ? 0 : 1
    state.participation = .none
    state.isVolunteer = false
    state.isSubstituted = false
    state.qualityOfLife = 0
  }

  /// Moves quality of life towards its target and returns the resident's level: when the score
  /// falls below the minimum for living at home, the admission level, or care at home for a
  /// resident who was at home below it at the start of the month (`start`) and chooses it.
  @inline(__always)
  func moveQualityOfLife(
    _ state: inout ResidentState, level: Int, from start: Int, ageInMonths: Int,
    intensity: Double, draws: StreamDraws
  ) -> Int {
    // Where quality of life does not act, its target is the level's utility and nothing admits:
    // the month moves the score without looking at what would change either.
    guard constants.qualityOfLife.acts else {
      state.qualityOfLife = clampUnit(
        constants.adjustedQualityOfLife(state.qualityOfLife, towards: levels[level].utility))
      return level
    }
    let target = constants.qualityOfLifeTarget(
      state, utility: levels[level].utility, ageInMonths: ageInMonths,
      serviceIntensity: intensity)
    var score = constants.adjustedQualityOfLife(state.qualityOfLife, towards: target)
    if constants.qualityOfLife.shockHalfWidth > 0 {
      score += constants.qualityOfLifeShock(draws.uniform(.qualityOfLifeShock))
    }
    state.qualityOfLife = clampUnit(score)
    guard state.qualityOfLife < levels[level].admissionScore else { return level }
    let admitted = chosenLevel(constants.admissionLevel, from: start, draws: draws)
    state.needLevel = UInt8(truncatingIfNeeded: admitted)
    return admitted
  }

  /// A resident in an institution: care is delivered at once, the intervention ends, and a move
  /// from home counts as an admission.
  @inline(__always)
  func enterInstitution(
    _ state: inout ResidentState, wasAtHome: Bool, events: inout MonthlyEvents
  ) {
    if wasAtHome { events.admissions &+= 1 }
    state.participation = .none
    state.isVolunteer = false
    state.isSubstituted = false
    state.servedLevel = state.needLevel
  }
}
