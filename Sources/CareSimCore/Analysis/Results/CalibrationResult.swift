/// What a calibration (`caresim calibrate`) found, as its report shows it: every target against
/// the calibrated file, the fitted parameters with their uncertainty, the search that found them,
/// and how the uncertainty was found.
///
/// The figures are those of the calibration's files (see ``Calibration`` and
/// ``CalibrationPosterior``); the search's course is in `CalibrationResult+Search.swift`.
public struct CalibrationResult: Sendable, Equatable {
  /// A target against the calibrated file's control arm, and at the search's start.
  public struct Target: Sendable, Equatable {
    public var label: String
    /// The Dutch label, where the targets file gives one.
    public var labelNL: String?
    public var use: CalibrationTarget.Use
    public var value: Double
    public var standardError: Double
    public var model: Double
    public var modelStandardError: Double
    /// (model − target) / target's standard error; NaN where the measure could not be read.
    public var distance: Double
    public var distanceAtStart: Double
    public var source: String

    public init(
      label: String, labelNL: String? = nil, use: CalibrationTarget.Use, value: Double,
      standardError: Double, model: Double, modelStandardError: Double, distance: Double,
      distanceAtStart: Double, source: String
    ) {
      self.label = label
      self.labelNL = labelNL
      self.use = use
      self.value = value
      self.standardError = standardError
      self.model = model
      self.modelStandardError = modelStandardError
      self.distance = distance
      self.distanceAtStart = distanceAtStart
      self.source = source
    }

    /// The label in `dutch` or in English: the Dutch one where the targets file gives it.
    public func label(dutch: Bool) -> String { dutch ? labelNL ?? label : label }

    /// Two standard errors either side: the band a fitted target should lie in, about 95% of
    /// the time if the model were the truth and the errors normal.
    public static let band = 2.0

    /// Whether the model lies within ``band`` of the target's standard errors; a target whose
    /// measure could not be read does not.
    public var isWithin: Bool { distance.isFinite && distance.magnitude <= Self.band }

    /// The model's 95% interval over its runs, in the target's standard errors: how much of a
    /// distance may be the runs' noise rather than the parameters.
    public var interval: (lower: Double, upper: Double) {
      let half = 1.96 * modelStandardError / standardError
      return (distance - half, distance + half)
    }
  }

  /// A fitted parameter: its search box, its values and its posterior.
  public struct Parameter: Sendable, Equatable {
    /// The parameter's field path.
    public var path: String
    public var low: Double
    public var high: Double
    /// The value the search found, and the value the file writes (four significant digits).
    public var fitted: Double
    public var written: Double
    public var mean: Double
    public var standardDeviation: Double
    public var lower95: Double
    public var upper95: Double

    public init(
      path: String, low: Double, high: Double, fitted: Double, written: Double, mean: Double,
      standardDeviation: Double, lower95: Double, upper95: Double
    ) {
      self.path = path
      self.low = low
      self.high = high
      self.fitted = fitted
      self.written = written
      self.mean = mean
      self.standardDeviation = standardDeviation
      self.lower95 = lower95
      self.upper95 = upper95
    }

    /// Where a value lies in the search box: 0 at its low end, 1 at its high end.
    public func positionInBox(_ value: Double) -> Double { (value - low) / (high - low) }

    /// The share of its search box the 95% interval spans: how much of the box the targets
    /// leave.
    public var intervalShare: Double { (upper95 - lower95) / (high - low) }

    /// Whether the fitted value lies at an end of its box (within a thousandth of it), where the
    /// box rather than the targets may have stopped the search.
    public var isAtEdge: Bool {
      let tolerance = (high - low) * 1e-3
      return (fitted - low).magnitude <= tolerance || (high - fitted).magnitude <= tolerance
    }
  }

  /// How the fitted values' uncertainty was found.
  public struct Uncertainty: Sendable, Equatable {
    public var method: CalibrationPosterior.Method
    /// How the Laplace approximation measured the distance's curvature.
    public var laplaceCurvature: LaplaceApproximation.Curvature
    /// The importance draws and their effective sample size; NaN without draws.
    public var draws: Double
    public var effectiveSampleSize: Double
    /// The effective sample size below which the draws are not reported.
    public var minimumEffectiveSampleSize: Double

    public init(
      method: CalibrationPosterior.Method, laplaceCurvature: LaplaceApproximation.Curvature,
      draws: Double, effectiveSampleSize: Double, minimumEffectiveSampleSize: Double
    ) {
      self.method = method
      self.laplaceCurvature = laplaceCurvature
      self.draws = draws
      self.effectiveSampleSize = effectiveSampleSize
      self.minimumEffectiveSampleSize = minimumEffectiveSampleSize
    }
  }

  /// Two parameters and the correlation that joins their values.
  public struct Correlation: Sendable, Equatable {
    public var first: String
    public var second: String
    public var value: Double
  }

  public var provenance: ResultProvenance
  /// The targets file's title and its name as the user gave it.
  public var targetsName: String
  /// The targets file's title in Dutch, where the file gives one.
  public var targetsNameNL: String?
  public var targetsFile: String
  /// The file name of the calibrated scenario.
  public var calibratedScenario: String
  /// The trial points of the search, and whether it converged before its limit.
  public var evaluations: Int
  public var converged: Bool
  /// The replications the calibrated file was measured on.
  public var checkReplications: Int
  /// The distance of the fitted targets at the search's start, at its fit, and on the file as
  /// written.
  public var startDistance: Double
  public var searchDistance: Double
  public var calibratedDistance: Double
  /// Every target, fitted and checked, in the files' order.
  public var targets: [Target]
  public var parameters: [Parameter]
  /// The distance at each trial point of the search.
  public var searchDistances: [Double]
  /// The correlation of the fitted values, a row and a column per parameter.
  public var correlation: [[Double]]
  public var uncertainty: Uncertainty

  public init(
    provenance: ResultProvenance, targetsName: String, targetsNameNL: String? = nil,
    targetsFile: String, calibratedScenario: String, evaluations: Int, converged: Bool,
    checkReplications: Int, startDistance: Double, searchDistance: Double,
    calibratedDistance: Double,
    targets: [Target], parameters: [Parameter], searchDistances: [Double],
    correlation: [[Double]], uncertainty: Uncertainty
  ) {
    self.provenance = provenance
    self.targetsName = targetsName
    self.targetsNameNL = targetsNameNL
    self.targetsFile = targetsFile
    self.calibratedScenario = calibratedScenario
    self.evaluations = evaluations
    self.converged = converged
    self.checkReplications = checkReplications
    self.startDistance = startDistance
    self.searchDistance = searchDistance
    self.calibratedDistance = calibratedDistance
    self.targets = targets
    self.parameters = parameters
    self.searchDistances = searchDistances
    self.correlation = correlation
    self.uncertainty = uncertainty
  }

  /// The targets file's title in `dutch` or in English: the Dutch one where the file gives it.
  public func targetsName(dutch: Bool) -> String {
    dutch ? targetsNameNL ?? targetsName : targetsName
  }

  /// The targets in the distance the search minimised.
  public var fitted: [Target] { targets.filter { $0.use == .fit } }

  /// The targets reported but not fitted.
  public var checks: [Target] { targets.filter { $0.use != .fit } }

  /// The target farthest from its figure; nil when none could be measured.
  public static func farthest(_ targets: [Target]) -> Target? {
    targets.filter { $0.distance.isFinite }.max { $0.distance.magnitude < $1.distance.magnitude }
  }

  /// How far from zero any target's distance or interval reaches: one range for every chart of
  /// the targets.
  public var reach: Double {
    let ends = targets.flatMap { [$0.distance, $0.interval.lower, $0.interval.upper] }
    return ends.filter(\.isFinite).map(\.magnitude).max() ?? 0
  }

  /// The parameters whose fitted value lies at an end of its box.
  public var parametersAtEdge: [Parameter] { parameters.filter(\.isAtEdge) }

  /// The mean share of their boxes the parameters' intervals span.
  public var meanIntervalShare: Double {
    parameters.map(\.intervalShare).reduce(0, +) / Double(max(1, parameters.count))
  }

  /// The parameters whose interval spans the least and the most of its box; nil without
  /// parameters.
  public var narrowestInterval: Parameter? {
    parameters.min { $0.intervalShare < $1.intervalShare }
  }

  public var widestInterval: Parameter? {
    parameters.max { $0.intervalShare < $1.intervalShare }
  }

  /// The strongest correlation between two fitted values (the first found of equal ones); nil
  /// with one parameter or none measured.
  public var strongestCorrelation: Correlation? {
    var strongest: Correlation?
    for (i, row) in correlation.enumerated() {
      for (k, value) in row.prefix(i).enumerated()
      where value.isFinite && value.magnitude > (strongest?.value.magnitude ?? -1) {
        strongest = Correlation(first: parameters[k].path, second: parameters[i].path, value: value)
      }
    }
    return strongest
  }
}
