/// The expected value of perfect information (EVPI) and of partial perfect information (EVPPI)
/// of a PSA's sets, per perspective and value of a QALY: how much knowing everything, or one
/// parameter or group, would be worth to the decision "with or without the programme".
///
/// Method (README, "Value of information"): EVPI from the sets themselves and, where the sets
/// carry Monte-Carlo noise, from their conditional mean given all parameters; EVPPI from a
/// regression of the net benefit on the parameters learned (Strong et al. 2014, Med Decis Making
/// 34(3)): one parameter by a local-linear smoother (``LocalLinearSmoother``), cross-checked by
/// Strong and Oakley's bins (``BinnedConditionalMean``), a group by an additive fit
/// (``AdditiveRegression``). The net benefit at λ is linear in λ and the smoothers are linear in
/// their output, so the net benefit and the QALYs are each fitted once and every λ combines them.
public struct ValueOfInformation: Sendable, Equatable {
  /// What EVPPI is asked of: one parameter, or a named group learned together.
  public struct Subject: Sendable, Equatable {
    public var name: String
    /// The parameters' indices in the table.
    public var parameters: [Int]

    public init(name: String, parameters: [Int]) {
      precondition(!parameters.isEmpty, "a subject needs a parameter")
      self.name = name
      self.parameters = parameters
    }
  }

  /// An estimate with its bootstrap standard error over sets.
  public struct Estimate: Sendable, Equatable {
    public var value: Double
    public var standardError: Double

    public init(value: Double, standardError: Double) {
      self.value = value
      self.standardError = standardError
    }

    /// Whether the sets cannot tell the estimate from none: above zero by less than two
    /// standard errors.
    public var isWithinNoiseOfZero: Bool { value > 0 && value < 2 * standardError }
  }

  /// The values at one perspective and value of a QALY.
  public struct Point: Sendable, Equatable {
    public var perspective: Perspective
    public var valuePerQALY: Double
    /// EVPI from the sets as they are, each set's noise and all.
    public var evpiPerSet: Estimate
    /// EVPI from each set's conditional mean given all parameters: the sets' noise removed.
    public var evpiRegression: Estimate
    /// The EVPI the analysis reports: ``evpiRegression`` when the sets carry noise, else
    /// ``evpiPerSet``.
    public var evpi: Estimate
    /// EVPPI per subject, in the order of ``ValueOfInformation/subjects``.
    public var evppi: [Estimate]
    /// Strong and Oakley's binned EVPPI per subject; nil for a group.
    public var evppiBinned: [Double?]
    /// The EVPI over every decision of the population, when one is given.
    public var populationEVPI: Double?
  }

  /// The decisions the information would inform: so many a year over a horizon, discounted.
  public struct Population: Sendable, Equatable {
    public var decisionsPerYear: Double
    public var years: Int
    public var discounting: Discounting

    public init(decisionsPerYear: Double, years: Int, discounting: Discounting) {
      self.decisionsPerYear = decisionsPerYear
      self.years = years
      self.discounting = discounting
    }
  }

  /// A perspective's noise, the regression's view of it beside the table's.
  public struct Noise: Sendable, Equatable {
    public var perspective: Perspective
    /// The mean squared Monte-Carlo standard error of a set, from the table; nil without one.
    public var meanSquaredStandardError: Double?
    /// The variance of the net benefit (at no value of a QALY) left after the regression on all
    /// parameters: the noise as the regression sees it (plus what it cannot fit).
    public var residualVariance: Double
    /// The variance of the net benefit across the sets.
    public var totalVariance: Double
  }

  public var subjects: [Subject]
  /// Every perspective × value of a QALY, perspectives in ``Perspective`` order, values rising.
  public var points: [Point]
  /// Whether the sets carry Monte-Carlo noise (the table has a standard error), so that ``Point/evpi``
  /// is the regression's.
  public var removesNoise: Bool
  public var noise: [Noise]
  public var sets: Int

  /// The point at a perspective and value of a QALY.
  public func point(_ perspective: Perspective, valuePerQALY: Double) -> Point? {
    points.first { $0.perspective == perspective && $0.valuePerQALY == valuePerQALY }
  }
}
