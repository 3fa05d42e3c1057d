/// A threshold that the control arm's draws are compared with and that a what-if setting may
/// change while it shares the base's control run.
///
/// The cases are the one list from which both ``ScenarioParameters/branchingProjection`` (which
/// clears each) and ``ThresholdWatch`` (which compares each, in the decision it feeds) are
/// derived. A new threshold does not compile until it says where the scenario holds it, what it
/// is in ``ControlArmThresholds`` and which decision reads it.
enum ControlArmThreshold: CaseIterable, Sendable {
  case lonelinessRatios, carerBreakdownRatios, unmetNeedRatios, maleRatios
  case signalling, crisisAdmission
  case uptake, uptakeRelativeRiskIfLonely

  /// The decision of the month that compares a draw with this threshold.
  var decision: WatchedDecision {
    switch self {
    case .lonelinessRatios, .carerBreakdownRatios, .unmetNeedRatios, .maleRatios:
      .needMoveAndCrisis
    case .crisisAdmission: .crisisAdmission
    case .signalling: .signalling
    case .uptake, .uptakeRelativeRiskIfLonely: .uptake
    }
  }

  /// Sets this threshold in `parameters` to a fixed value.
  func clear(in parameters: inout ScenarioParameters) {
    switch self {
    case .lonelinessRatios: parameters.covariates.loneliness = .none
    case .carerBreakdownRatios: parameters.covariates.carerBreakdown = .none
    case .unmetNeedRatios: parameters.covariates.unmetNeed = .none
    case .maleRatios: parameters.covariates.male = .none
    case .signalling: parameters.mechanisms.signalling.monthlyProbability = 0
    case .crisisAdmission: parameters.mechanisms.escalation.crisisAdmissionProbability = 0
    case .uptake: parameters.intervention.monthlyUptakeProbability = 0
    case .uptakeRelativeRiskIfLonely: parameters.intervention.uptakeRelativeRiskIfLonely = 1
    }
  }

  /// This threshold's value among a run's thresholds.
  func value(in thresholds: ControlArmThresholds) -> Value {
    switch self {
    case .lonelinessRatios: .hazardRatios(thresholds.covariates.loneliness)
    case .carerBreakdownRatios: .hazardRatios(thresholds.covariates.carerBreakdown)
    case .unmetNeedRatios: .hazardRatios(thresholds.covariates.unmetNeed)
    case .maleRatios: .hazardRatios(thresholds.covariates.male)
    case .signalling: .probability(thresholds.decisions.signalling.probability)
    case .crisisAdmission: .probability(thresholds.decisions.crisisAdmission.probability)
    case .uptake: .probability(thresholds.uptake.probability)
    case .uptakeRelativeRiskIfLonely: .probability(thresholds.uptake.relativeRiskIfLonely)
    }
  }

  /// A threshold's value: hazard ratios scale a decision's probability, the others are one.
  enum Value: Equatable {
    case hazardRatios(HazardRatios)
    case probability(Double)
  }
}

/// The decisions of the control arm's month whose thresholds a what-if setting may change.
enum WatchedDecision: CaseIterable, Sendable {
  /// The need move and the crisis, whose hazards the binary covariates' ratios (sex among
  /// them) scale.
  case needMoveAndCrisis
  /// The admission after a crisis.
  case crisisAdmission
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
  var decisions: MonthlyStepper.DecisionThresholds
  var uptake: StepConstants.Uptake

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
    ControlArmThresholds(
      covariates: covariateTables.scalars,
      decisions: MonthlyStepper.DecisionThresholds(
        crisisAdmission: constants.escalation.admission, signalling: constants.signalling.chance),
      uptake: constants.participation.uptake)
  }
}
