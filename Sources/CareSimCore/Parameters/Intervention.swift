/// The intervention: who it reaches, its capacity, its volunteers and what it costs.
public struct Intervention: Sendable, Equatable {
  /// Highest need level (index) at which a resident at home can join or volunteer.
  public var maximumEligibleLevel: Int
  /// Share of eligible residents taking part from month one; beyond capacity they are served less
  /// (see ``Capacity``) until places free up.
  public var initialParticipationShare: Double
  /// Monthly probability that an eligible resident joins.
  public var monthlyUptakeProbability: Double
  /// Multiplies uptake for lonely residents (the intervention targets loneliness).
  public var uptakeRelativeRiskIfLonely: Double
  public var monthlyDropoutProbability: Double
  public var capacity: Capacity
  public var volunteering: Volunteering
  /// Monthly probability that a participant's loneliness resolves; non-participants use
  /// ``InformalCareModel/lonelinessResolution``.
  public var participantLonelinessResolution: Double
  /// Multiplies the monthly strain increase of a participant's carer (respite).
  public var carerStrainMultiplier: Double
  /// Fixed cost per year (coordinators, venues), booked to ``Funder/intervention``.
  public var fixedCostPerYear: Double
  /// Cost per participant per year.
  public var costPerParticipantPerYear: Double
  /// What the services the intervention replaces cost a year, per funder: booked in the control
  /// arm only (the MKBA's "new for old": the old way of working is saved).
  public var replacedServicesAnnualCost: FunderAmounts

  public init(
    maximumEligibleLevel: Int, initialParticipationShare: Double,
    monthlyUptakeProbability: Double, uptakeRelativeRiskIfLonely: Double,
    monthlyDropoutProbability: Double, capacity: Capacity, volunteering: Volunteering,
    participantLonelinessResolution: Double, carerStrainMultiplier: Double,
    fixedCostPerYear: Double, costPerParticipantPerYear: Double,
    replacedServicesAnnualCost: FunderAmounts = .zero
  ) {
    self.maximumEligibleLevel = maximumEligibleLevel
    self.initialParticipationShare = initialParticipationShare
    self.monthlyUptakeProbability = monthlyUptakeProbability
    self.uptakeRelativeRiskIfLonely = uptakeRelativeRiskIfLonely
    self.monthlyDropoutProbability = monthlyDropoutProbability
    self.capacity = capacity
    self.volunteering = volunteering
    self.participantLonelinessResolution = participantLonelinessResolution
    self.carerStrainMultiplier = carerStrainMultiplier
    self.fixedCostPerYear = fixedCostPerYear
    self.costPerParticipantPerYear = costPerParticipantPerYear
    self.replacedServicesAnnualCost = replacedServicesAnnualCost
  }
}

/// How many participants the intervention can serve: coordinators plus volunteers.
public struct Capacity: Sendable, Equatable {
  /// Participants the paid coordinators serve without volunteers; `nil` means unlimited.
  public var coordinatorSlots: Int?
  /// Participants each active volunteer adds.
  public var participantsPerVolunteer: Double

  public static let unlimited = Capacity(coordinatorSlots: nil, participantsPerVolunteer: 0)

  public init(coordinatorSlots: Int?, participantsPerVolunteer: Double) {
    self.coordinatorSlots = coordinatorSlots
    self.participantsPerVolunteer = participantsPerVolunteer
  }
}

/// Participants who become volunteers, and volunteers who stop.
public struct Volunteering: Sendable, Equatable {
  public var initialShareOfParticipants: Double
  public var monthlyProbability: Double
  public var monthlyDropoutProbability: Double

  public static let none = Volunteering(
    initialShareOfParticipants: 0, monthlyProbability: 0, monthlyDropoutProbability: 0)

  public init(
    initialShareOfParticipants: Double, monthlyProbability: Double,
    monthlyDropoutProbability: Double
  ) {
    self.initialShareOfParticipants = initialShareOfParticipants
    self.monthlyProbability = monthlyProbability
    self.monthlyDropoutProbability = monthlyDropoutProbability
  }
}

/// Informal care: its shadow price, carer strain and breakdown, and loneliness dynamics.
public struct InformalCareModel: Sendable, Equatable {
  /// Euros per hour of informal care (a societal cost line).
  public var shadowPricePerHour: Double
  /// Monthly recovery of strain (subtracted before the level's increase).
  public var strainRecoveryPerMonth: Double
  /// Strain (0...1) at which the carer breaks down and stops caring.
  public var breakdownThreshold: Double
  /// Monthly probability that loneliness starts, and that it resolves, without the intervention.
  public var lonelinessOnset: Double
  public var lonelinessResolution: Double

  public init(
    shadowPricePerHour: Double, strainRecoveryPerMonth: Double,
    breakdownThreshold: Double, lonelinessOnset: Double, lonelinessResolution: Double
  ) {
    self.shadowPricePerHour = shadowPricePerHour
    self.strainRecoveryPerMonth = strainRecoveryPerMonth
    self.breakdownThreshold = breakdownThreshold
    self.lonelinessOnset = lonelinessOnset
    self.lonelinessResolution = lonelinessResolution
  }
}
