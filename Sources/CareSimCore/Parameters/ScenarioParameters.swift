/// Everything the engine needs to run a scenario, in engine units (monthly probabilities, annual euros).
///
/// This is the validated, source-free form of a scenario file: the IO layer reads and checks the file,
/// then builds this value. The engine never sees an invalid scenario (see
/// `ScenarioParameters+Validation.swift`).
public struct ScenarioParameters: Sendable, Equatable {
  /// Number of synthetic residents in one replication at the start; ``entrants`` join them.
  public var residents: Int
  /// Horizon in months.
  public var months: Int
  /// The need ladder, in order of increasing need; exactly one level is `.dead`.
  public var needLevels: [NeedLevel]
  /// Monthly transition probabilities between need levels before covariates.
  ///
  /// Indexed `transitions[from][to]`. The diagonal is ignored: staying is whatever probability is left.
  public var transitions: [[Double]]
  public var population: PopulationProfile
  public var qualityOfLife: QualityOfLifeModel
  public var covariates: CovariateEffects
  public var mechanisms: Mechanisms
  public var intervention: Intervention
  public var informalCare: InformalCareModel
  /// Shares of the intervention's cost paid by Wmo, Zvw and Wlz; they sum to 1.
  public var fundingSplit: FunderAmounts
  public var discounting: DiscountRates
  /// Euros per QALY used to put quality of life next to money in the social benefit/cost ratio.
  public var valuePerQALY: Double
  /// Factors on each payer's care cost by age within a need level; by default 1 at every age.
  public var costsByAge: CareCostsByAge
  /// Residents who join during the run; `nil` keeps the population closed.
  public var entrants: Entrants?
  /// The Wlz's choice of care at home instead of admission; `nil`: an indication means admission.
  public var careAtHome: CareAtHome?

  public init(
    residents: Int, months: Int, needLevels: [NeedLevel], transitions: [[Double]],
    population: PopulationProfile, qualityOfLife: QualityOfLifeModel,
    covariates: CovariateEffects, mechanisms: Mechanisms, intervention: Intervention,
    informalCare: InformalCareModel, fundingSplit: FunderAmounts,
    discounting: DiscountRates, valuePerQALY: Double, costsByAge: CareCostsByAge = .none,
    entrants: Entrants? = nil, careAtHome: CareAtHome? = nil
  ) {
    self.residents = residents
    self.months = months
    self.needLevels = needLevels
    self.transitions = transitions
    self.population = population
    self.qualityOfLife = qualityOfLife
    self.covariates = covariates
    self.mechanisms = mechanisms
    self.intervention = intervention
    self.informalCare = informalCare
    self.fundingSplit = fundingSplit
    self.discounting = discounting
    self.valuePerQALY = valuePerQALY
    self.costsByAge = costsByAge
    self.entrants = entrants
    self.careAtHome = careAtHome
  }

  /// Every resident of a replication: the initial residents and the entrants of the horizon.
  ///
  /// Residents are numbered in this order, so an entrant's index (and random stream) follows the
  /// initial residents'.
  public var residentsWithEntrants: Int {
    residents + (entrants?.count(months: months) ?? 0)
  }
}

/// Who the synthetic residents are at the start.
public struct PopulationProfile: Sendable, Equatable {
  /// An age band with its share of the population; ages are uniform within the band.
  public struct AgeBand: Sendable, Equatable {
    public var minimumAge: Double
    public var maximumAge: Double
    public var share: Double
    /// The band's own need mix at the start, since need rises with age: `nil` takes the
    /// population's ``PopulationProfile/initialNeedShares``.
    public var initialNeedShares: [Double]?
    public init(
      minimumAge: Double, maximumAge: Double, share: Double, initialNeedShares: [Double]? = nil
    ) {
      self.minimumAge = minimumAge
      self.maximumAge = maximumAge
      self.share = share
      self.initialNeedShares = initialNeedShares
    }
  }

  public var ageBands: [AgeBand]
  public var femaleShare: Double
  public var livingAloneShare: Double
  /// Probability of being lonely at the start, for residents living alone and living with others.
  public var lonelinessLivingAlone: Double
  public var lonelinessLivingWithOthers: Double
  /// Probability of having an informal carer, for residents living alone and living with others.
  public var carerLivingAlone: Double
  public var carerLivingWithOthers: Double
  /// Share of residents at each need level at the start (same order as the ladder; sums to 1),
  /// for the age bands without a mix of their own; with a lived start, the mix at the age the
  /// history starts from.
  public var initialNeedShares: [Double]
  /// How each resident's state at the start is made: drawn from the shares, or lived.
  public var start: StartingState

  public init(
    ageBands: [AgeBand], femaleShare: Double, livingAloneShare: Double,
    lonelinessLivingAlone: Double, lonelinessLivingWithOthers: Double,
    carerLivingAlone: Double, carerLivingWithOthers: Double, initialNeedShares: [Double],
    start: StartingState = .drawn
  ) {
    self.ageBands = ageBands
    self.femaleShare = femaleShare
    self.livingAloneShare = livingAloneShare
    self.lonelinessLivingAlone = lonelinessLivingAlone
    self.lonelinessLivingWithOthers = lonelinessLivingWithOthers
    self.carerLivingAlone = carerLivingAlone
    self.carerLivingWithOthers = carerLivingWithOthers
    self.initialNeedShares = initialNeedShares
    self.start = start
  }

  /// The need mix at the start of the residents of age band `band`.
  public func initialNeedShares(ageBand band: Int) -> [Double] {
    ageBands[band].initialNeedShares ?? initialNeedShares
  }
}

/// How a resident's state at the start of a run (for an entrant, on arrival) is made.
public enum StartingState: Sendable, Equatable {
  /// Drawn from the population's shares: the need mix of the resident's age band, the loneliness
  /// and carer shares, and quality of life at the level's target with a shock. Studies that
  /// measured their population's mix start this way.
  case drawn
  /// Lived: each resident's history from `fromAge` to their age at the start, moved by the
  /// model's own month on the resident's own streams, starting from the population's shares at
  /// `fromAge`; a history that ends in death before the start is lived again on the next stream,
  /// so the resident's state is one the model's dynamics give to survivors of their age.
  case lived(fromAge: Double)

  /// The age a lived history starts from, or nil for a drawn start.
  public var livedFromAge: Double? {
    if case .lived(let fromAge) = self { fromAge } else { nil }
  }
}

/// How a resident's quality of life moves month by month (the Dordrecht picture, figures 1-3).
///
/// Each month the score moves a fraction `adjustmentRate` of the way to a target:
/// `utility(level) - ageDeclinePerYear * (age - referenceAge) - lonelinessDecrement * lonely
///  + participationGain * participating + volunteerGain * volunteering`, plus a uniform shock with
/// standard deviation `monthlyShockSD`. With `adjustmentRate` 1 and every other term 0, the score is
/// the utility of the need level, which is the Markov cohort case.
public struct QualityOfLifeModel: Sendable, Equatable {
  public var adjustmentRate: Double
  public var ageDeclinePerYear: Double
  public var referenceAge: Double
  public var lonelinessDecrement: Double
  public var participationGain: Double
  public var volunteerGain: Double
  public var monthlyShockSD: Double
  /// The "minimum quality of life for living at home"; `nil` switches the threshold off.
  ///
  /// A resident at home whose score falls below it is admitted to `admissionLevel`.
  public var minimumForLivingAtHome: Double?
  /// Index of the level a threshold crossing or crisis admits to (the first institutional level).
  public var admissionLevel: Int

  public init(
    adjustmentRate: Double, ageDeclinePerYear: Double, referenceAge: Double,
    lonelinessDecrement: Double, participationGain: Double, volunteerGain: Double,
    monthlyShockSD: Double, minimumForLivingAtHome: Double?, admissionLevel: Int
  ) {
    self.adjustmentRate = adjustmentRate
    self.ageDeclinePerYear = ageDeclinePerYear
    self.referenceAge = referenceAge
    self.lonelinessDecrement = lonelinessDecrement
    self.participationGain = participationGain
    self.volunteerGain = volunteerGain
    self.monthlyShockSD = monthlyShockSD
    self.minimumForLivingAtHome = minimumForLivingAtHome
    self.admissionLevel = admissionLevel
  }
}

/// Hazard ratios for the three kinds of move a covariate can change.
public struct HazardRatios: Sendable, Equatable {
  /// Moves to a higher need level at home.
  public var progression: Double
  /// Moves from home into an institution (and crises).
  public var admission: Double
  /// Moves to death.
  public var death: Double

  public static let none = HazardRatios(progression: 1, admission: 1, death: 1)

  public init(progression: Double, admission: Double, death: Double) {
    self.progression = progression
    self.admission = admission
    self.death = death
  }
}

/// How resident attributes modify the base transition hazards.
///
/// Ratios multiply monthly probabilities; a row whose modified probabilities would sum above 1 is
/// scaled back to 1 (documented in `MonthlyTransition`).
public struct CovariateEffects: Sendable, Equatable {
  /// Ratio per year of age above `referenceAge` (compounded: ratio^(age - referenceAge)), for
  /// moves from every level without ratios of its own in ``agePerYearByLevel``.
  public var agePerYear: HazardRatios
  /// Per level of the ladder, its own ratios per year of age, or nil for ``agePerYear``'s; empty
  /// when no level has its own.
  ///
  /// A level's monthly probability of a move times its ratio compounded over the years above the
  /// reference age is a Gompertz curve per level: mortality in an institution rises with age far
  /// less than at home, where those who live there are selected by their need, not their age.
  public var agePerYearByLevel: [HazardRatios?]
  public var referenceAge: Double
  public var loneliness: HazardRatios
  /// Applies after the informal carer has broken down.
  public var carerBreakdown: HazardRatios
  /// Ratio per 0.1 of quality of life below `referenceQualityOfLife` (compounded).
  public var qualityOfLifePerTenthBelow: HazardRatios
  public var referenceQualityOfLife: Double
  /// Applies while the resident's need exceeds the care they receive (unsignalled need).
  public var unmetNeed: HazardRatios
  /// Ratios for men relative to women: Dutch men of 65 and over die sooner than women of the
  /// same age (a calibration target, not a study of the programme); 1 leaves the sexes alike.
  public var male: HazardRatios

  public static let none = CovariateEffects(
    agePerYear: .none, referenceAge: 65, loneliness: .none, carerBreakdown: .none,
    qualityOfLifePerTenthBelow: .none, referenceQualityOfLife: 1, unmetNeed: .none)

  public init(
    agePerYear: HazardRatios, referenceAge: Double, loneliness: HazardRatios,
    carerBreakdown: HazardRatios, qualityOfLifePerTenthBelow: HazardRatios,
    referenceQualityOfLife: Double, unmetNeed: HazardRatios, male: HazardRatios = .none,
    agePerYearByLevel: [HazardRatios?] = []
  ) {
    self.agePerYear = agePerYear
    self.agePerYearByLevel = agePerYearByLevel
    self.referenceAge = referenceAge
    self.loneliness = loneliness
    self.carerBreakdown = carerBreakdown
    self.qualityOfLifePerTenthBelow = qualityOfLifePerTenthBelow
    self.referenceQualityOfLife = referenceQualityOfLife
    self.unmetNeed = unmetNeed
    self.male = male
  }

  /// The ratios per year of age of moves from `level`.
  public func agePerYear(atLevel level: Int) -> HazardRatios {
    level < agePerYearByLevel.count ? agePerYearByLevel[level] ?? agePerYear : agePerYear
  }
}

/// Annual discount rates, applied monthly as (1 + r)^(-month/12).
public struct DiscountRates: Sendable, Equatable {
  public var costs: Double
  public var effects: Double

  /// The Dutch costing guideline: 4% for costs, 1.5% for effects.
  public static let dutchGuideline = DiscountRates(costs: 0.04, effects: 0.015)

  public init(costs: Double, effects: Double) {
    self.costs = costs
    self.effects = effects
  }
}
