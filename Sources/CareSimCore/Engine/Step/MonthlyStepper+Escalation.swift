/// Escalation: a crisis at home (a hospital stay) costs, lowers quality of life, makes need
/// visible and may end in death or in admission. Covariates raise the crisis hazard as they raise admission;
/// participants' crises have their own relative risk.
extension StepConstants {
  /// The escalation mechanism's constants; each level's crisis probability is in its
  /// ``LevelRule``.
  struct Escalation: StepMechanism {
    var crisisCost: SIMD8<Double>
    var qualityOfLifeLoss: Double
    /// The chance that a crisis ends in admission to the institutional level.
    var admission: Chance
    /// The chance that a crisis ends in death (decided before admission).
    var death: Chance
    /// Multiplies a fully served participant's crisis probability.
    var participantRelativeRisk: Double
    /// Whether any level has crises.
    var hasCrises: Bool

    init(_ parameters: ScenarioParameters) {
      let escalation = parameters.mechanisms.escalation
      crisisCost = escalation.crisisCost.storage
      qualityOfLifeLoss = escalation.crisisQualityOfLifeLoss
      admission = Chance(escalation.crisisAdmissionProbability)
      death = Chance(escalation.crisisDeathProbability)
      participantRelativeRisk = escalation.participantRelativeRisk
      hasCrises = escalation.crisisMonthlyProbability.contains { $0 > 0 }
    }

    var acts: Bool { hasCrises }

    static func clear(_ fields: MechanismFields, in parameters: inout ScenarioParameters) {
      switch fields {
      case .afterUptake: parameters.mechanisms.escalation.participantRelativeRisk = 1
      case .uptake: break
      case .prices: parameters.mechanisms.escalation.crisisCost = .zero
      }
    }
  }
}

extension MonthlyStepper {
  /// The chance of a crisis at `level` this month.
  ///
  /// Covariates raise the crisis hazard as they raise admission; prevention acts on moves up the
  /// ladder only, and participants' crises have their own relative risk.
  @inline(__always)
  func crisisProbability(
    at level: Int, covariateRatios: HazardRatios, participates: Bool, intensity: Double
  ) -> Double {
    var crisis = levels[level].crisisProbability * covariateRatios.admission
    if participates {
      crisis *= 1 - (1 - constants.escalation.participantRelativeRisk) * intensity
    }
    return crisis
  }

  /// The crisis decision: whether a resident at `level` has a crisis this month.
  ///
  /// A pure function of its hazard ratios, which the step calls with the resident's and
  /// ``ThresholdWatch`` with each what-if setting's.
  @inline(__always)
  func hasCrisis(
    at level: Int, covariateRatios: HazardRatios, participates: Bool, intensity: Double,
    uniform: @autoclosure () -> Double
  ) -> Bool {
    let probability = crisisProbability(
      at: level, covariateRatios: covariateRatios, participates: participates,
      intensity: intensity)
    return uniform() < probability
  }

  /// The level a crisis leaves a resident at `level` at: dead, admitted with the chance
  /// `admission`, or where they were.
  ///
  /// A pure function of its threshold, which the step calls with the scenario's and
  /// ``ThresholdWatch`` with each what-if setting's. Death is decided first, so that a crisis that
  /// kills does not also admit; a probability of 0 reads no draw.
  @inline(__always)
  func levelAfterCrisis(at level: Int, admission: Chance, draws: some DecisionDraws) -> Int {
    let death = constants.escalation.death
    if death.isPossible && draws.happens(death, .crisisDeath) { return constants.deadLevel }
    return draws.happens(admission, .crisisAdmission) ? constants.admissionLevel : level
  }

  /// A crisis happens: it is counted (and priced as a one-off cost) and lowers quality of life.
  @inline(__always)
  func sufferCrisis(_ state: inout ResidentState, events: inout MonthlyEvents) {
    events.crises &+= 1
    state.qualityOfLife = max(0, state.qualityOfLife - constants.escalation.qualityOfLifeLoss)
  }
}
