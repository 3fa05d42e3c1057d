/// The five mechanisms through which preventive social work changes care use, as parameters.
public struct Mechanisms: Sendable, Equatable {
  public var signalling: Signalling
  public var prevention: Prevention
  public var escalation: Escalation
  public var substitution: Substitution
  public var efficiency: Efficiency
  public var extraCare: ExtraCare

  public init(
    signalling: Signalling, prevention: Prevention, escalation: Escalation,
    substitution: Substitution, efficiency: Efficiency, extraCare: ExtraCare = .none
  ) {
    self.signalling = signalling
    self.prevention = prevention
    self.escalation = escalation
    self.substitution = substitution
    self.efficiency = efficiency
    self.extraCare = extraCare
  }
}

/// Extra professional trajectories that outreach brings: participants found earlier get care they
/// would not have had (the Groningen MKBA's "Prof extra", 0.15 per household).
///
/// A trajectory is booked as a one-off cost when it starts, as the studies price a trajectory.
public struct ExtraCare: Sendable, Equatable {
  /// Expected trajectories per participant per year; each month a participant starts one with
  /// probability rate/12.
  public var trajectoriesPerParticipantYear: Double
  public var costPerTrajectory: FunderAmounts

  public static let none = ExtraCare(trajectoriesPerParticipantYear: 0, costPerTrajectory: .zero)

  public init(trajectoriesPerParticipantYear: Double, costPerTrajectory: FunderAmounts) {
    self.trajectoriesPerParticipantYear = trajectoriesPerParticipantYear
    self.costPerTrajectory = costPerTrajectory
  }
}

/// Signalling: the monthly probability that an unmet need is detected and served.
///
/// Serving need earlier adds Wmo or Zvw cost now (the Dordrecht grief-counsellor case) while it
/// removes the unmet-need hazard ratio that drives later escalation.
public struct Signalling: Sendable, Equatable {
  /// For everyone without the intervention, and for non-participants with it.
  public var monthlyProbability: Double
  /// For participants in the intervention arm.
  public var participantMonthlyProbability: Double

  public init(monthlyProbability: Double, participantMonthlyProbability: Double) {
    self.monthlyProbability = monthlyProbability
    self.participantMonthlyProbability = participantMonthlyProbability
  }
}

/// Prevention: problems stay smaller for participants.
public struct Prevention: Sendable, Equatable {
  /// Multiplies every upward move to a living level (progression and admission) of a participant.
  public var relativeRisk: Double

  public init(relativeRisk: Double) { self.relativeRisk = relativeRisk }
}

/// Escalation: crises (hospital stay) at home, which cost, lower quality of life, make need visible and
/// may end in admission.
public struct Escalation: Sendable, Equatable {
  /// Monthly crisis probability per need level (0 for levels not at home).
  public var crisisMonthlyProbability: [Double]
  /// One-off cost of a crisis per funder (a hospital stay is Zvw).
  public var crisisCost: FunderAmounts
  public var crisisQualityOfLifeLoss: Double
  /// Probability that a crisis ends in admission to the institutional level.
  public var crisisAdmissionProbability: Double
  /// Probability that a crisis ends in death: the crisis hazard rises with age and need, so
  /// death after a crisis does too.
  public var crisisDeathProbability: Double
  /// Multiplies the crisis probability of participants.
  public var participantRelativeRisk: Double

  public init(
    crisisMonthlyProbability: [Double], crisisCost: FunderAmounts,
    crisisQualityOfLifeLoss: Double, crisisAdmissionProbability: Double,
    participantRelativeRisk: Double, crisisDeathProbability: Double = 0
  ) {
    self.crisisMonthlyProbability = crisisMonthlyProbability
    self.crisisCost = crisisCost
    self.crisisQualityOfLifeLoss = crisisQualityOfLifeLoss
    self.crisisAdmissionProbability = crisisAdmissionProbability
    self.crisisDeathProbability = crisisDeathProbability
    self.participantRelativeRisk = participantRelativeRisk
  }
}

/// Substitution: professional care replaced by network, volunteers or lighter care.
public struct Substitution: Sendable, Equatable {
  /// Probability that a participant's newly served care episode is substituted.
  public var share: Double
  /// Share of the substituted funders' professional cost that remains (0 = fully replaced).
  public var remainingCostShare: Double
  /// Funders whose professional cost is substituted (typically Wmo).
  public var funders: [Funder]
  /// Extra informal or volunteer hours per week that replace the professional care.
  public var informalHoursPerWeek: Double
  /// Whether a substituted episode needs a volunteer; without free volunteer capacity it is not
  /// substituted.
  public var requiresVolunteer: Bool
  /// Whether the care a resident already receives may be substituted when they join, as well as
  /// new episodes.
  public var atEnrolment: Bool

  public init(
    share: Double, remainingCostShare: Double, funders: [Funder],
    informalHoursPerWeek: Double, requiresVolunteer: Bool, atEnrolment: Bool = false
  ) {
    self.share = share
    self.remainingCostShare = remainingCostShare
    self.funders = funders
    self.informalHoursPerWeek = informalHoursPerWeek
    self.requiresVolunteer = requiresVolunteer
    self.atEnrolment = atEnrolment
  }
}

/// Efficiency: fewer professional hours (so less cost) for the same case.
public struct Efficiency: Sendable, Equatable {
  /// Multiplies participants' professional care cost on `funders` (1 = no change).
  public var costMultiplier: Double
  public var funders: [Funder]

  public init(costMultiplier: Double, funders: [Funder]) {
    self.costMultiplier = costMultiplier
    self.funders = funders
  }
}
