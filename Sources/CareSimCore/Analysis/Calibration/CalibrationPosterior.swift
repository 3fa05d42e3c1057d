/// What a calibration's targets leave of the uncertainty of its fitted values: each value's
/// posterior mean, standard deviation and central 95% interval, and the correlation that joins
/// them.
///
/// Reported from the importance resample (``ImportanceResampling``) when its effective sample
/// size reaches ``Calibration/minimumEffectiveSampleSize``, and from the Laplace approximation
/// (``LaplaceApproximation``) otherwise; ``method`` says which.
public struct CalibrationPosterior: Sendable, Equatable {
  /// Where the summaries come from.
  public enum Method: String, Sendable, Equatable, CaseIterable {
    /// The importance resample: means, standard deviations and quantiles of its values, the
    /// correlation of their normal scores.
    case importanceResampling = "sampling-importance-resampling"
    /// The normal approximation at the fit: the fit ± 1.96 standard deviations (within the box),
    /// the covariance's correlation.
    case laplace
  }

  public var parameters: [Calibration.Parameter]
  public var method: Method
  public var mean: [Double]
  public var standardDeviation: [Double]
  /// The 2.5% and 97.5% quantiles.
  public var lower: [Double]
  public var upper: [Double]
  /// The correlation of the values' normal scores, which a Gaussian copula draws them with (see
  /// ``JointParameterDistribution``); for a normal posterior, the values' own correlation.
  public var correlation: [[Double]]
  public var laplace: LaplaceApproximation.Result
  /// The importance draws, when there were any.
  public var importance: ImportanceResampling.Result?
  /// The trial points the uncertainty evaluated: the fit, the Laplace stencil and the draws.
  public var evaluations: Int

  /// The posterior from the importance resample when it holds enough draws, from the Laplace
  /// approximation otherwise.
  ///
  /// - Parameters:
  ///   - parameters: The fitted parameters with their boxes.
  ///   - laplace: The normal approximation at the fit.
  ///   - importance: The importance draws, if any were made.
  ///   - evaluations: The trial points evaluated for the uncertainty.
  public init(
    parameters: [Calibration.Parameter], laplace: LaplaceApproximation.Result,
    importance: ImportanceResampling.Result?, evaluations: Int
  ) {
    self.parameters = parameters
    self.laplace = laplace
    self.importance = importance
    self.evaluations = evaluations
    if let importance,
      importance.effectiveSampleSize >= Calibration.minimumEffectiveSampleSize
    {
      method = .importanceResampling
      let resample = importance.resample
      let columns = parameters.indices.map { index in resample.map { $0[index] } }
      var means: [Double] = []
      var deviations: [Double] = []
      var lower: [Double] = []
      var upper: [Double] = []
      for column in columns {
        var moments = RunningMoments()
        for value in column { moments.add(value) }
        means.append(moments.mean)
        deviations.append(moments.standardDeviation)
        let ends = Quantiles.values([0.025, 0.975], of: column)
        lower.append(ends[0])
        upper.append(ends[1])
      }
      mean = means
      standardDeviation = deviations
      self.lower = lower
      self.upper = upper
      correlation = NormalScores.correlation(columns)
    } else {
      method = .laplace
      mean = laplace.mode
      standardDeviation = laplace.standardDeviations
      let z = StandardNormal.quantile(0.975)
      lower = zip(laplace.mode, zip(standardDeviation, parameters)).map { mode, rest in
        max(mode - z * rest.0, rest.1.bounds.lowerBound)
      }
      upper = zip(laplace.mode, zip(standardDeviation, parameters)).map { mode, rest in
        min(mode + z * rest.0, rest.1.bounds.upperBound)
      }
      let deviations = standardDeviation
      correlation = laplace.covariance.indices.map { i in
        laplace.covariance.indices.map { j in
          i == j ? 1 : laplace.covariance[i][j] / (deviations[i] * deviations[j])
        }
      }
    }
  }

  /// Whether importance draws were made but too few carried weight, so that the Laplace
  /// approximation is reported instead: what a reader should be warned of.
  public var importanceFellShort: Bool { importance != nil && method == .laplace }
}
