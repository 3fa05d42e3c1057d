/// What one `caresim run` found, as its report shows it: the totals over the horizon, each
/// perspective's net benefit after the funding split, the months one by one, and where the
/// control arm's residents die.
///
/// The figures are those of the run's files (rounded as the files write them), so a report drawn
/// right after the run and one drawn later from its folder are the same. Every figure the report
/// derives from them is a method here (`RunResult+Payback.swift`, `RunResult+Budget.swift`, ...).
public struct RunResult: Sendable, Equatable {
  /// A quantity month by month: its mean and 90% band over the replications.
  public struct MonthlySeries: Sendable, Equatable {
    public var mean: [Double]
    public var p5: [Double]
    public var p95: [Double]

    public init(mean: [Double], p5: [Double], p95: [Double]) {
      self.mean = mean
      self.p5 = p5
      self.p95 = p95
    }

    /// A series of `months` months without values (NaN), to be filled in month by month.
    public static func missing(months: Int) -> MonthlySeries {
      let none = [Double](repeating: .nan, count: months)
      return MonthlySeries(mean: none, p5: none, p95: none)
    }
  }

  /// A perspective's discounted net benefit after the funding split, over the replications.
  public struct NetBenefit: Sendable, Equatable {
    public var mean: Double
    /// The share of replications in which the perspective loses.
    public var probabilityOfLoss: Double

    public init(mean: Double, probabilityOfLoss: Double) {
      self.mean = mean
      self.probabilityOfLoss = probabilityOfLoss
    }
  }

  public var provenance: ResultProvenance
  /// The residents at the start.
  public var residents: Double
  public var replications: Double
  public var months: Int
  /// The entrants a month; 0 for a closed population.
  public var entrantsPerMonth: Double
  /// Each payer's share of the programme's cost.
  public var fundingSplit: FunderAmounts
  /// The value of a QALY in euros, for the net monetary benefit.
  public var valuePerQALY: Double
  /// The quality of life below which a resident cannot live at home; NaN where there is none.
  public var minimumQualityForLivingAtHome: Double
  /// Each arm's discounted totals over the horizon (means over the replications), per metric of
  /// ``OutcomeSummary/totalMetrics``.
  public var discountedTotals: [SummaryArm: [OutcomeMetric: Double]]
  public var netBenefit: [Perspective: NetBenefit]
  /// Society's net benefit with QALYs valued at ``valuePerQALY``: its mean.
  public var netMonetaryBenefit: Double
  /// The factor that turns each month's cost into its discounted value.
  public var discountFactors: [Double]
  /// Each arm's undiscounted cost a month, per funder.
  public var monthlyCosts: [SummaryArm: [Funder: MonthlySeries]]
  /// Each arm's counts and QALYs a month (QALYs undiscounted), per metric.
  public var monthlyOutcomes: [SummaryArm: [OutcomeMetric: MonthlySeries]]
  /// Where the control arm's residents die; nil for a run written before runs counted it.
  public var deathPlaces: DeathPlaces?
  /// How the run leaves the ground its sources cover (see ``ScopeWarning``): its provenance's,
  /// as every result's.
  public var warnings: [ScopeWarning] {
    get { provenance.warnings }
    set { provenance.warnings = newValue }
  }

  public init(
    provenance: ResultProvenance, residents: Double, replications: Double, months: Int,
    entrantsPerMonth: Double, fundingSplit: FunderAmounts, valuePerQALY: Double,
    minimumQualityForLivingAtHome: Double,
    discountedTotals: [SummaryArm: [OutcomeMetric: Double]],
    netBenefit: [Perspective: NetBenefit], netMonetaryBenefit: Double, discountFactors: [Double],
    monthlyCosts: [SummaryArm: [Funder: MonthlySeries]],
    monthlyOutcomes: [SummaryArm: [OutcomeMetric: MonthlySeries]], deathPlaces: DeathPlaces?
  ) {
    precondition(months > 0, "a run has at least one month, got \(months)")
    precondition(discountFactors.count == months, "a discount factor a month")
    self.provenance = provenance
    self.residents = residents
    self.replications = replications
    self.months = months
    self.entrantsPerMonth = entrantsPerMonth
    self.fundingSplit = fundingSplit
    self.valuePerQALY = valuePerQALY
    self.minimumQualityForLivingAtHome = minimumQualityForLivingAtHome
    self.discountedTotals = discountedTotals
    self.netBenefit = netBenefit
    self.netMonetaryBenefit = netMonetaryBenefit
    self.discountFactors = discountFactors
    self.monthlyCosts = monthlyCosts
    self.monthlyOutcomes = monthlyOutcomes
    self.deathPlaces = deathPlaces
  }

  /// The payers of professional care, as perspectives.
  public static let payers = Funder.payers.compactMap(Perspective.init(funder:))

  /// The horizon in years.
  public var years: Double { Double(months) / 12 }

  /// The entrants over the horizon.
  public var entrants: Int { Entrants.count(perMonth: entrantsPerMonth, months: months) }

  /// Every resident who has lived here by the end of month `month` (0-based): the initial
  /// residents and the entrants who have arrived.
  public func residentsPresent(byMonth month: Int) -> Double {
    residents + Double(Entrants.count(perMonth: entrantsPerMonth, months: month + 1))
  }

  /// An arm's discounted total of a metric over the horizon; NaN where the result has none.
  public func total(_ arm: SummaryArm, _ metric: OutcomeMetric) -> Double {
    discountedTotals[arm]?[metric] ?? .nan
  }

  /// A perspective's mean net benefit; NaN where the result has none.
  public func meanNetBenefit(_ perspective: Perspective) -> Double {
    netBenefit[perspective]?.mean ?? .nan
  }

  /// The share of replications in which a perspective loses; NaN where the result has none.
  public func probabilityOfLoss(_ perspective: Perspective) -> Double {
    netBenefit[perspective]?.probabilityOfLoss ?? .nan
  }

  /// The programme's discounted cost over the horizon.
  public var programmeCost: Double { total(.intervention, OutcomeMetric(.intervention)) }

  /// The QALYs the programme gains (negative: loses), discounted.
  public var qalyGain: Double { total(.difference, .qalys) }
}
