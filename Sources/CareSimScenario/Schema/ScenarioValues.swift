import CareSimCore

/// What the reader fills from a file: what describes it, the engine's parameters and the run
/// settings the file suggests.
///
/// The schema's key paths point into it.
struct ScenarioValues: Sendable {
  var metadata: Scenario.Metadata
  var parameters: ScenarioParameters
  var replications: Int
  /// The seed as the file writes it: a whole number from 0 to 2³¹ − 1.
  var seed: Int

  var runDefaults: Scenario.RunDefaults {
    Scenario.RunDefaults(replications: replications, seed: UInt64(seed))
  }

  /// Values for the reader to fill: every field is set, from the file or its default, before
  /// the reader hands the values on, so these placeholders are never read.
  static let unread = ScenarioValues(
    metadata: Scenario.Metadata(title: ""),
    parameters: ScenarioParameters(
      residents: 0, months: 0, needLevels: [], transitions: [],
      population: PopulationProfile(
        ageBands: [], femaleShare: 0, livingAloneShare: 0, lonelinessLivingAlone: 0,
        lonelinessLivingWithOthers: 0, carerLivingAlone: 0, carerLivingWithOthers: 0,
        initialNeedShares: []),
      qualityOfLife: QualityOfLifeModel(
        adjustmentRate: 0, ageDeclinePerYear: 0, referenceAge: 0, lonelinessDecrement: 0,
        participationGain: 0, volunteerGain: 0, monthlyShockSD: 0, minimumForLivingAtHome: nil,
        admissionLevel: 0),
      covariates: .none,
      mechanisms: Mechanisms(
        signalling: Signalling(monthlyProbability: 0, participantMonthlyProbability: 0),
        prevention: Prevention(relativeRisk: 0),
        escalation: Escalation(
          crisisMonthlyProbability: [], crisisCost: .zero, crisisQualityOfLifeLoss: 0,
          crisisAdmissionProbability: 0, participantRelativeRisk: 0),
        substitution: Substitution(
          share: 0, remainingCostShare: 0, funders: [], informalHoursPerWeek: 0,
          requiresVolunteer: false),
        efficiency: Efficiency(costMultiplier: 0, funders: [])),
      intervention: Intervention(
        maximumEligibleLevel: 0, initialParticipationShare: 0, monthlyUptakeProbability: 0,
        uptakeRelativeRiskIfLonely: 0, monthlyDropoutProbability: 0, capacity: .unlimited,
        volunteering: .none, participantLonelinessResolution: 0, carerStrainMultiplier: 0,
        fixedCostPerYear: 0, costPerParticipantPerYear: 0),
      informalCare: InformalCareModel(
        shadowPricePerHour: 0, strainRecoveryPerMonth: 0, breakdownThreshold: 0,
        lonelinessOnset: 0, lonelinessResolution: 0),
      fundingSplit: .zero, discounting: DiscountRates(costs: 0, effects: 0), valuePerQALY: 0),
    replications: 0, seed: 0)
}
