/// The scenario, flattened into reference-free values for the monthly step.
///
/// Reading a `NeedLevel` (which holds a `String`) or a struct holding arrays inside the hot loop costs
/// reference counting on every resident-month; these tables hold only numbers, and the step reads
/// them through buffer pointers, so a resident-month costs arithmetic and loads only.
struct LevelRule: Sendable {
  var kind: NeedLevel.Kind
  var isAtHome: Bool
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

/// Every scalar the monthly step needs, copied out of ``ScenarioParameters``.
struct StepConstants: Sendable {
  var deadLevel: Int
  var admissionLevel: Int
  // Signalling, prevention, escalation.
  var signalling: Double
  var participantSignalling: Double
  var preventionRelativeRisk: Double
  var crisisCost: SIMD8<Double>
  var crisisQualityOfLifeLoss: Double
  var crisisAdmissionProbability: Double
  var crisisParticipantRelativeRisk: Double
  // Substitution and efficiency, as per-funder multipliers of professional cost.
  var substitutionShare: Double
  var substitutionMultiplier: SIMD8<Double>
  var substitutionMonthlyInformalCost: Double
  var substitutionRequiresVolunteer: Bool
  var substituteAtEnrolment: Bool
  var efficiencyMultiplier: SIMD8<Double>
  /// Whether efficiency changes any participant's cost.
  var hasEfficiency: Bool
  // Intervention.
  var uptake: Double
  var uptakeRelativeRiskIfLonely: Double
  var dropout: Double
  var volunteering: Double
  var volunteerDropout: Double
  var participantLonelinessResolution: Double
  var carerStrainMultiplier: Double
  var monthlyCostPerParticipant: Double
  /// Monthly probability that a participant starts an extra professional trajectory, and its cost.
  var extraTrajectoryProbability: Double
  var extraTrajectoryCost: SIMD8<Double>
  /// What the services the intervention replaces cost a month, booked in the control arm.
  var replacedServicesMonthlyCost: SIMD8<Double>
  // Quality of life.
  var adjustmentRate: Double
  var ageDeclinePerYear: Double
  var qualityReferenceAge: Double
  var lonelinessDecrement: Double
  var participationGain: Double
  var volunteerGain: Double
  /// Half-width of the uniform shock: sqrt(3) times its standard deviation.
  var shockHalfWidth: Double
  /// `-1` when the threshold is off, so that no score falls below it.
  var minimumForLivingAtHome: Double
  // Informal care and loneliness.
  var strainRecovery: Double
  var breakdownThreshold: Double
  var lonelinessOnset: Double
  var lonelinessResolution: Double
  /// Whether loneliness can resolve at all, with or without the intervention.
  var canResolveLoneliness: Bool

  init(_ parameters: ScenarioParameters) {
    let mechanisms = parameters.mechanisms
    let intervention = parameters.intervention
    let quality = parameters.qualityOfLife
    let informal = parameters.informalCare
    let eurosPerWeeklyHour = informal.shadowPricePerHour * 52 / 12
    deadLevel = parameters.needLevels.firstIndex { $0.kind == .dead } ?? 0
    admissionLevel = quality.admissionLevel
    signalling = mechanisms.signalling.monthlyProbability
    participantSignalling = mechanisms.signalling.participantMonthlyProbability
    preventionRelativeRisk = mechanisms.prevention.relativeRisk
    crisisCost = mechanisms.escalation.crisisCost.storage
    crisisQualityOfLifeLoss = mechanisms.escalation.crisisQualityOfLifeLoss
    crisisAdmissionProbability = mechanisms.escalation.crisisAdmissionProbability
    crisisParticipantRelativeRisk = mechanisms.escalation.participantRelativeRisk
    substitutionShare = mechanisms.substitution.share
    substitutionMultiplier = Self.multiplier(
      mechanisms.substitution.remainingCostShare, on: mechanisms.substitution.funders)
    substitutionMonthlyInformalCost =
      mechanisms.substitution.informalHoursPerWeek * eurosPerWeeklyHour
    substitutionRequiresVolunteer = mechanisms.substitution.requiresVolunteer
    substituteAtEnrolment = mechanisms.substitution.atEnrolment
    efficiencyMultiplier = Self.multiplier(
      mechanisms.efficiency.costMultiplier, on: mechanisms.efficiency.funders)
    hasEfficiency = efficiencyMultiplier != SIMD8(repeating: 1)
    uptake = intervention.monthlyUptakeProbability
    uptakeRelativeRiskIfLonely = intervention.uptakeRelativeRiskIfLonely
    dropout = intervention.monthlyDropoutProbability
    volunteering = intervention.volunteering.monthlyProbability
    volunteerDropout = intervention.volunteering.monthlyDropoutProbability
    participantLonelinessResolution = intervention.participantLonelinessResolution
    carerStrainMultiplier = intervention.carerStrainMultiplier
    monthlyCostPerParticipant = intervention.costPerParticipantPerYear / 12
    extraTrajectoryProbability = min(1, mechanisms.extraCare.trajectoriesPerParticipantYear / 12)
    extraTrajectoryCost = mechanisms.extraCare.costPerTrajectory.storage
    replacedServicesMonthlyCost = (intervention.replacedServicesAnnualCost * (1.0 / 12.0)).storage
    adjustmentRate = quality.adjustmentRate
    ageDeclinePerYear = quality.ageDeclinePerYear
    qualityReferenceAge = quality.referenceAge
    lonelinessDecrement = quality.lonelinessDecrement
    participationGain = quality.participationGain
    volunteerGain = quality.volunteerGain
    shockHalfWidth = 3.0.squareRoot() * quality.monthlyShockSD
    minimumForLivingAtHome = quality.minimumForLivingAtHome ?? -1
    strainRecovery = informal.strainRecoveryPerMonth
    breakdownThreshold = informal.breakdownThreshold
    lonelinessOnset = informal.lonelinessOnset
    lonelinessResolution = informal.lonelinessResolution
    canResolveLoneliness =
      informal.lonelinessResolution > 0 || intervention.participantLonelinessResolution > 0
  }

  /// A participant's hazard ratios: prevention shrinks moves up the ladder and admissions, scaled by
  /// how fully the intervention serves its participants.
  @inline(__always)
  func prevented(_ ratios: HazardRatios, intensity: Double) -> HazardRatios {
    let prevention = 1 - (1 - preventionRelativeRisk) * intensity
    var prevented = ratios
    prevented.progression *= prevention
    prevented.admission *= prevention
    return prevented
  }

  /// A vector that multiplies the given funders' lines by `factor` and leaves the others.
  static func multiplier(_ factor: Double, on funders: [Funder]) -> SIMD8<Double> {
    var vector = SIMD8<Double>(repeating: 1)
    for funder in funders { vector[funder.rawValue] = factor }
    return vector
  }
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
      let rowMoves = MonthlyTransition.moves(
        from: index, probabilities: parameters.transitions[index], kinds: kinds)
      levels.append(
        LevelRule(
          kind: level.kind, isAtHome: level.kind == .community,
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
