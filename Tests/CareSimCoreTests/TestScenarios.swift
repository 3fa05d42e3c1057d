@testable import CareSimCore

/// Small scenarios built in code, so Core tests need no files.
enum TestScenarios {
  static let ladder: [NeedLevel] = [
    NeedLevel(
      name: "independent", kind: .community, utility: 0.85,
      annualCareCost: FunderAmounts(wmo: 400, zvw: 4800, wlz: 1100), informalCareHoursPerWeek: 2,
      carerStrainPerMonth: 0.01),
    NeedLevel(
      name: "multipleProblems", kind: .community, utility: 0.70,
      annualCareCost: FunderAmounts(wmo: 2400, zvw: 5000, wlz: 1300), informalCareHoursPerWeek: 6,
      carerStrainPerMonth: 0.03),
    NeedLevel(
      name: "notSelfReliant", kind: .community, utility: 0.55,
      annualCareCost: FunderAmounts(wmo: 2700, zvw: 5100, wlz: 1600), informalCareHoursPerWeek: 12,
      carerStrainPerMonth: 0.06),
    NeedLevel(
      name: "institutional", kind: .institutional, utility: 0.45,
      annualCareCost: FunderAmounts(zvw: 2900, wlz: 44400)),
    NeedLevel(name: "dead", kind: .dead, utility: 0, annualCareCost: .zero),
  ]

  static let transitions: [[Double]] = [
    [0, 0.010, 0.002, 0.0005, 0.003],
    [0.005, 0, 0.015, 0.003, 0.005],
    [0, 0.005, 0, 0.015, 0.010],
    [0, 0, 0, 0, 0.025],
    [0, 0, 0, 0, 0],
  ]

  /// The Markov case: every covariate, threshold and interaction off; all need met at once.
  static func markov(relativeRisk: Double = 0.85, residents: Int = 200, months: Int = 60)
    -> ScenarioParameters
  {
    ScenarioParameters(
      residents: residents, months: months, needLevels: ladder, transitions: transitions,
      population: PopulationProfile(
        ageBands: [.init(minimumAge: 65, maximumAge: 65, share: 1)], femaleShare: 0.5,
        livingAloneShare: 0, lonelinessLivingAlone: 0, lonelinessLivingWithOthers: 0,
        carerLivingAlone: 0, carerLivingWithOthers: 0, initialNeedShares: [1, 0, 0, 0, 0]),
      qualityOfLife: QualityOfLifeModel(
        adjustmentRate: 1, ageDeclinePerYear: 0, referenceAge: 65, lonelinessDecrement: 0,
        participationGain: 0, volunteerGain: 0, monthlyShockSD: 0, minimumForLivingAtHome: nil,
        admissionLevel: 3),
      covariates: .none,
      mechanisms: Mechanisms(
        signalling: Signalling(monthlyProbability: 1, participantMonthlyProbability: 1),
        prevention: Prevention(relativeRisk: relativeRisk),
        escalation: Escalation(
          crisisMonthlyProbability: [0, 0, 0, 0, 0], crisisCost: .zero, crisisQualityOfLifeLoss: 0,
          crisisAdmissionProbability: 0, participantRelativeRisk: 1),
        substitution: Substitution(
          share: 0, remainingCostShare: 0, funders: [.wmo], informalHoursPerWeek: 0,
          requiresVolunteer: false),
        efficiency: Efficiency(costMultiplier: 1, funders: [.wmo])),
      intervention: Intervention(
        maximumEligibleLevel: 2, initialParticipationShare: 1, monthlyUptakeProbability: 0,
        uptakeRelativeRiskIfLonely: 1, monthlyDropoutProbability: 0, capacity: .unlimited,
        volunteering: .none, participantLonelinessResolution: 0, carerStrainMultiplier: 1,
        fixedCostPerYear: 0, costPerParticipantPerYear: 500),
      informalCare: InformalCareModel(
        shadowPricePerHour: 0, strainRecoveryPerMonth: 0, breakdownThreshold: 1, lonelinessOnset: 0,
        lonelinessResolution: 0),
      fundingSplit: FunderAmounts(wmo: 1), discounting: DiscountRates(costs: 0, effects: 0),
      valuePerQALY: 50_000)
  }

  /// A heterogeneous neighbourhood that switches every mechanism and interaction on.
  static func everyMechanism(residents: Int = 300, months: Int = 60) -> ScenarioParameters {
    var parameters = markov(residents: residents, months: months)
    parameters.population = PopulationProfile(
      ageBands: [
        .init(minimumAge: 65, maximumAge: 75, share: 0.5),
        .init(minimumAge: 75, maximumAge: 85, share: 0.35),
        .init(minimumAge: 85, maximumAge: 95, share: 0.15),
      ], femaleShare: 0.55, livingAloneShare: 0.4, lonelinessLivingAlone: 0.5,
      lonelinessLivingWithOthers: 0.2, carerLivingAlone: 0.4, carerLivingWithOthers: 0.8,
      // Residents past 80 live their histories from 80: long enough to branch and to retry,
      // short enough that the suites' thousands of runs stay quick.
      initialNeedShares: [0.6, 0.3, 0.1, 0, 0], start: .lived(fromAge: 80))
    parameters.qualityOfLife = QualityOfLifeModel(
      adjustmentRate: 0.2, ageDeclinePerYear: 0.005, referenceAge: 65, lonelinessDecrement: 0.05,
      participationGain: 0.04, volunteerGain: 0.02, monthlyShockSD: 0.02,
      minimumForLivingAtHome: 0.4, admissionLevel: 3)
    parameters.covariates = CovariateEffects(
      agePerYear: HazardRatios(progression: 1.03, admission: 1.05, death: 1.08), referenceAge: 65,
      loneliness: HazardRatios(progression: 1.3, admission: 1.2, death: 1.1),
      carerBreakdown: HazardRatios(progression: 1, admission: 2, death: 1),
      qualityOfLifePerTenthBelow: HazardRatios(progression: 1.2, admission: 1.3, death: 1.1),
      referenceQualityOfLife: 0.8,
      unmetNeed: HazardRatios(progression: 1.5, admission: 1.5, death: 1),
      male: HazardRatios(progression: 0.9, admission: 1.1, death: 1.4),
      agePerYearByLevel: [nil, nil, nil, HazardRatios(progression: 1, admission: 1, death: 1.02)])
    parameters.mechanisms.signalling = Signalling(
      monthlyProbability: 0.1, participantMonthlyProbability: 0.4)
    parameters.mechanisms.escalation = Escalation(
      crisisMonthlyProbability: [0.001, 0.004, 0.01, 0, 0], crisisCost: FunderAmounts(zvw: 6000),
      crisisQualityOfLifeLoss: 0.05, crisisAdmissionProbability: 0.2, participantRelativeRisk: 0.8,
      crisisDeathProbability: 0.05)
    // The highest level at home is the Wlz's care at home, which four in ten choose.
    parameters.careAtHome = CareAtHome(level: 2, share: 0.4)
    parameters.mechanisms.substitution = Substitution(
      share: 0.15, remainingCostShare: 0.2, funders: [.wmo], informalHoursPerWeek: 1,
      requiresVolunteer: true)
    parameters.mechanisms.efficiency = Efficiency(costMultiplier: 0.95, funders: [.wmo])
    parameters.intervention = Intervention(
      maximumEligibleLevel: 1, initialParticipationShare: 0.1, monthlyUptakeProbability: 0.02,
      uptakeRelativeRiskIfLonely: 2, monthlyDropoutProbability: 0.01,
      capacity: Capacity(coordinatorSlots: 20, participantsPerVolunteer: 5),
      volunteering: Volunteering(
        initialShareOfParticipants: 0.2, monthlyProbability: 0.02, monthlyDropoutProbability: 0.02),
      participantLonelinessResolution: 0.08, carerStrainMultiplier: 0.8, fixedCostPerYear: 20_000,
      costPerParticipantPerYear: 100)
    parameters.informalCare = InformalCareModel(
      shadowPricePerHour: 15, strainRecoveryPerMonth: 0.02, breakdownThreshold: 0.9,
      lonelinessOnset: 0.005, lonelinessResolution: 0.02)
    parameters.fundingSplit = FunderAmounts(wmo: 0.6, zvw: 0.3, wlz: 0.1)
    parameters.discounting = .dutchGuideline
    parameters.costsByAge = CareCostsByAge(bands: [
      .zvw: [.init(fromAge: 65, factor: 1), .init(fromAge: 80, factor: 1.45)],
      .wlz: [.init(fromAge: 85, factor: 1.2)],
    ])
    // People turning 65 or moving in, one a month (a fifth of the default residents over the
    // default five years), healthier than those already there; the same rate whatever the
    // residents and months, so that a test may change those.
    var entrants = parameters.population
    entrants.ageBands = [
      .init(minimumAge: 65, maximumAge: 66, share: 0.8),
      .init(minimumAge: 66, maximumAge: 90, share: 0.2),
    ]
    entrants.initialNeedShares = [0.8, 0.15, 0.05, 0, 0]
    parameters.entrants = Entrants(perMonth: 1, profile: entrants)
    return parameters
  }

  /// `parameters` with every resident's start drawn from the shares, the initial residents' and
  /// the entrants' alike.
  static func drawnStart(_ parameters: ScenarioParameters) -> ScenarioParameters {
    var parameters = parameters
    parameters.population.start = .drawn
    parameters.entrants?.profile.start = .drawn
    return parameters
  }

  /// A ladder of one level at home and death: every resident dies with `deathProbability` a
  /// month, before covariates; nobody takes part.
  static func mortality(
    deathProbability: Double, residents: Int, months: Int, femaleShare: Double = 0.5
  ) -> ScenarioParameters {
    var parameters = markov(residents: residents, months: months)
    parameters.needLevels = [
      NeedLevel(
        name: "atHome", kind: .community, utility: 0.8,
        annualCareCost: FunderAmounts(wmo: 1200, zvw: 6000, wlz: 600)),
      NeedLevel(name: "dead", kind: .dead, utility: 0, annualCareCost: .zero),
    ]
    parameters.transitions = [[0, deathProbability], [0, 0]]
    parameters.population.initialNeedShares = [1, 0]
    parameters.population.femaleShare = femaleShare
    parameters.mechanisms.escalation.crisisMonthlyProbability = [0, 0]
    parameters.intervention.maximumEligibleLevel = 0
    parameters.intervention.initialParticipationShare = 0
    parameters.qualityOfLife.admissionLevel = 0
    return parameters
  }

  /// The same neighbourhood with an intervention that changes nothing and costs nothing.
  static func noEffect() -> ScenarioParameters {
    var parameters = everyMechanism()
    parameters.mechanisms.signalling.participantMonthlyProbability =
      parameters.mechanisms.signalling.monthlyProbability
    parameters.mechanisms.prevention.relativeRisk = 1
    parameters.mechanisms.escalation.participantRelativeRisk = 1
    parameters.mechanisms.substitution.share = 0
    parameters.mechanisms.efficiency.costMultiplier = 1
    parameters.qualityOfLife.participationGain = 0
    parameters.qualityOfLife.volunteerGain = 0
    parameters.intervention.participantLonelinessResolution =
      parameters.informalCare.lonelinessResolution
    parameters.intervention.carerStrainMultiplier = 1
    parameters.intervention.fixedCostPerYear = 0
    parameters.intervention.costPerParticipantPerYear = 0
    return parameters
  }

  /// Calls `body` with a stepper of `parameters`.
  static func withStepper<Result>(
    _ parameters: ScenarioParameters = everyMechanism(), _ body: (MonthlyStepper) -> Result
  ) -> Result {
    Simulation(parameters: parameters).withStepper(body)
  }

  /// A living resident at `level`, served there, of middling quality of life.
  static func resident(
    at level: Int, participation: Participation = .none, lonely: Bool = false,
    qualityOfLife: Double = 0.7
  ) -> ResidentState {
    ResidentState(
      needLevel: UInt8(level), servedLevel: UInt8(level), participation: participation,
      isLonely: lonely, qualityOfLife: qualityOfLife)
  }
}
