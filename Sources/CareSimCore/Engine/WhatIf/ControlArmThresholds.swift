/// A threshold that the control arm's draws are compared with and that a what-if setting may
/// change while it shares the base's control run.
///
/// The cases are the one list from which both ``ScenarioParameters/branchingProjection`` (which
/// clears each) and ``ThresholdWatch`` (which compares each, in the decision it feeds) are
/// derived. A new threshold does not compile until it says where the scenario holds it, what it
/// is in ``ControlArmThresholds`` and which decision reads it. The watch makes a setting's
/// decisions with the setting's own stepper, so what a threshold changes is read where the step
/// reads it; the list says only which settings may share and which decisions to compare.
enum ControlArmThreshold: CaseIterable, Sendable {
  case transitions, ageRatios
  case lonelinessRatios, carerBreakdownRatios, unmetNeedRatios, maleRatios
  case crisisProbabilities
  case signalling, crisisAdmission, crisisDeath
  case uptake, uptakeRelativeRiskIfLonely
  /// The shares residents are drawn from, in the initial population and the entrants.
  case populationShares
  /// Each level's utility and carer strain: what a month at the level does to quality of life
  /// and to a carer.
  case levelEffects

  /// The decision of the month that compares a draw with this threshold.
  var decision: WatchedDecision {
    switch self {
    case .populationShares: .start
    case .levelEffects: .levelVisit
    case .transitions, .ageRatios, .lonelinessRatios, .carerBreakdownRatios, .unmetNeedRatios,
      .maleRatios, .crisisProbabilities:
      .needMoveAndCrisis
    case .crisisAdmission, .crisisDeath: .afterCrisis
    case .signalling: .signalling
    case .uptake, .uptakeRelativeRiskIfLonely: .uptake
    }
  }

  /// Sets this threshold in `parameters` to a fixed value.
  func clear(in parameters: inout ScenarioParameters) {
    switch self {
    case .transitions:
      parameters.transitions = parameters.transitions.map { row in row.map { _ in 0 } }
    case .ageRatios:
      parameters.covariates.agePerYear = .none
      parameters.covariates.agePerYearByLevel = []
      parameters.covariates.referenceAge = CovariateEffects.none.referenceAge
    case .lonelinessRatios: parameters.covariates.loneliness = .none
    case .carerBreakdownRatios: parameters.covariates.carerBreakdown = .none
    case .unmetNeedRatios: parameters.covariates.unmetNeed = .none
    case .maleRatios: parameters.covariates.male = .none
    case .crisisProbabilities:
      parameters.mechanisms.escalation.crisisMonthlyProbability =
        parameters.mechanisms.escalation.crisisMonthlyProbability.map { _ in 0 }
    case .signalling: parameters.mechanisms.signalling.monthlyProbability = 0
    case .crisisAdmission: parameters.mechanisms.escalation.crisisAdmissionProbability = 0
    case .crisisDeath: parameters.mechanisms.escalation.crisisDeathProbability = 0
    case .uptake: parameters.intervention.monthlyUptakeProbability = 0
    case .uptakeRelativeRiskIfLonely: parameters.intervention.uptakeRelativeRiskIfLonely = 1
    case .populationShares:
      // Whether some initial resident has a carer decides whether carers can break down (see
      // ``StepConstants/InformalCare``): it stays.
      let hasCarers = parameters.population.hasCarers
      parameters.population.clearShares()
      parameters.entrants?.profile.clearShares()
      parameters.population.carerLivingAlone = hasCarers ? 1 : 0
    case .levelEffects:
      for index in parameters.needLevels.indices {
        parameters.needLevels[index].utility = 0
        parameters.needLevels[index].carerStrainPerMonth = 0
      }
    }
  }

  /// This threshold's value among a run's thresholds.
  func value(in thresholds: ControlArmThresholds) -> Value {
    switch self {
    case .transitions: .transitionRows(thresholds.hazards.transitions)
    case .ageRatios: .ageRatios(thresholds.hazards.ageRatios)
    case .lonelinessRatios: .hazardRatios(thresholds.covariates.loneliness)
    case .carerBreakdownRatios: .hazardRatios(thresholds.covariates.carerBreakdown)
    case .unmetNeedRatios: .hazardRatios(thresholds.covariates.unmetNeed)
    case .maleRatios: .hazardRatios(thresholds.covariates.male)
    case .crisisProbabilities: .probabilities(thresholds.hazards.crisisProbabilities)
    case .signalling: .probability(thresholds.decisions.signalling.probability)
    case .crisisAdmission: .probability(thresholds.decisions.crisisAdmission.probability)
    case .crisisDeath: .probability(thresholds.hazards.crisisDeathProbability)
    case .uptake: .probability(thresholds.uptake.probability)
    case .uptakeRelativeRiskIfLonely: .probability(thresholds.uptake.relativeRiskIfLonely)
    case .populationShares: .populations(thresholds.populations)
    case .levelEffects: .levelEffects(thresholds.levelEffects)
    }
  }

  /// A threshold's value: hazard ratios scale a decision's probability, a table or a row holds
  /// one per level or per move, the others are one.
  enum Value: Equatable {
    case hazardRatios(HazardRatios)
    case ageRatios(ControlArmThresholds.AgeRatios)
    case transitionRows([[Double]])
    case probabilities([Double])
    case probability(Double)
    case populations(StartingPopulations)
    case levelEffects([ControlArmThresholds.LevelEffects])
  }
}

/// The decisions of the control arm whose thresholds a what-if setting may change.
enum WatchedDecision: CaseIterable, Sendable {
  /// Drawing a resident and the state they start from (each try's, for a lived start).
  case start
  /// A month at a level: quality of life moves towards the level's utility, a carer's strain
  /// by the level's.
  case levelVisit
  /// The need move and the crisis: their probabilities (transition rows, crisis probabilities)
  /// and the covariates' ratios (of age, sex and state) that scale them.
  case needMoveAndCrisis
  /// Death or admission after a crisis.
  case afterCrisis
  /// Signalling of a need above the care served.
  case signalling
  /// Taking up the intervention, which moves nobody in the control arm.
  case uptake
}

/// The thresholds that the control arm's draws are compared with, in the form the month's
/// decisions take them (see ``ControlArmThreshold``).
struct ControlArmThresholds: Sendable, Equatable {
  /// The binary covariates' hazard ratios scale the need move's bands and the crisis hazard.
  var covariates: CovariateTables.Scalars
  var hazards: Hazards
  var decisions: MonthlyStepper.DecisionThresholds
  var uptake: StepConstants.Uptake
  var populations: StartingPopulations
  /// Each level's, in the ladder's order.
  var levelEffects: [LevelEffects]

  /// What a month at a level does to a resident's quality of life and to their carer.
  struct LevelEffects: Sendable, Equatable {
    var utility: Double
    var carerStrainPerMonth: Double
  }

  /// The need move's and the crisis's probabilities, as the scenario gives them: the stepper
  /// reads them from its tables (``StepTables``, ``CovariateTables``, ``StepConstants``).
  struct Hazards: Sendable, Equatable {
    /// The monthly transition rows.
    var transitions: [[Double]]
    var ageRatios: AgeRatios
    /// Each level's monthly crisis probability.
    var crisisProbabilities: [Double]
    var crisisDeathProbability: Double
  }

  /// What the covariates' table by age is made of, besides the ratios for men.
  struct AgeRatios: Sendable, Equatable {
    var perYear: HazardRatios
    var perYearByLevel: [HazardRatios?]
    var referenceAge: Double
  }

  /// The variants of `variants` (as bits) whose thresholds for each decision differ from
  /// `base`'s.
  static func differing(
    _ variants: [ControlArmThresholds], from base: ControlArmThresholds
  ) -> [WatchedDecision: UInt64] {
    var masks = Dictionary(uniqueKeysWithValues: WatchedDecision.allCases.map { ($0, UInt64(0)) })
    for (index, variant) in variants.enumerated() {
      for threshold in ControlArmThreshold.allCases
      where threshold.value(in: variant) != threshold.value(in: base) {
        masks[threshold.decision, default: 0] |= 1 << UInt64(index)
      }
    }
    return masks
  }
}

extension Simulation {
  /// The thresholds a what-if setting may change and still share this scenario's control run.
  var controlArmThresholds: ControlArmThresholds {
    let covariates = parameters.covariates
    let escalation = parameters.mechanisms.escalation
    return ControlArmThresholds(
      covariates: covariateTables.scalars,
      hazards: ControlArmThresholds.Hazards(
        transitions: parameters.transitions,
        ageRatios: ControlArmThresholds.AgeRatios(
          perYear: covariates.agePerYear, perYearByLevel: covariates.agePerYearByLevel,
          referenceAge: covariates.referenceAge),
        crisisProbabilities: escalation.crisisMonthlyProbability,
        crisisDeathProbability: escalation.crisisDeathProbability),
      decisions: MonthlyStepper.DecisionThresholds(
        crisisAdmission: constants.escalation.admission, signalling: constants.signalling.chance),
      uptake: constants.participation.uptake, populations: populations,
      levelEffects: tables.levels.map {
        ControlArmThresholds.LevelEffects(
          utility: $0.utility, carerStrainPerMonth: $0.carerStrainPerMonth)
      })
  }
}

extension PopulationProfile {
  /// Whether some resident of this population can have an informal carer.
  var hasCarers: Bool { carerLivingAlone > 0 || carerLivingWithOthers > 0 }

  /// Sets every share a resident and their starting state are drawn from to a fixed value;
  /// how the start is made (drawn or lived) stays.
  mutating func clearShares() {
    ageBands = []
    femaleShare = 0
    livingAloneShare = 0
    lonelinessLivingAlone = 0
    lonelinessLivingWithOthers = 0
    carerLivingAlone = 0
    carerLivingWithOthers = 0
    initialNeedShares = []
  }
}
