/// How uncertain the fitted values are, given the targets' uncertainty (issue #19).
///
/// The distance is a −2 log-likelihood: were each target's figure normal around the model's with
/// its standard error, `exp(−D/2)` would be the likelihood of the figures. With the search's box
/// as a uniform prior, the posterior of the fitted values is the likelihood within the box. It is
/// found in two steps, on the search's replications (common random numbers, as every trial
/// point): the Laplace approximation at the fit (``LaplaceApproximation``), then importance
/// sampling from a proposal centred on it, resampled (``ImportanceResampling``). The second is
/// the reported result when it carries enough weight, since it sees the posterior's skew and its
/// truncation at the box where the first cannot; the first otherwise.
///
/// **The likelihood counts the model's own Monte-Carlo error.** The fit's replications are few
/// (50), and on common random numbers their error is the same at every trial point: a shift of
/// the whole surface, which moves the fit but which the distance's curvature does not see. So
/// the uncertainty step divides each residual by `√(s_target² + s_model²)`, with the model's
/// jackknife standard error at the fit, rather than by the target's alone. For the default
/// scenario's targets this widens the death probability at 65-69 by a quarter (its model error
/// at 50 replications is three quarters of the national figure's) and most others by a few
/// percent.
extension Calibration {
  /// Importance draws unless told otherwise.
  ///
  /// With the Student t proposal an effective sample size of a third of the draws is typical
  /// when the Laplace approximation is within a factor 1.5 of the posterior's width (see
  /// ``ImportanceResampling``), so 400 draws give about the 100 that
  /// ``minimumEffectiveSampleSize`` asks, for 400 trial points more: under half the search's,
  /// which keeps the README's command within 3 minutes on 2 cores. A calibration whose targets
  /// leave directions flat gets far less (the README's twelve values for eleven targets, 15):
  /// more draws help little there, and the Laplace approximation is reported.
  public static let defaultPosteriorDraws = 400

  /// The effective sample size below which the importance resample is not reported (and the
  /// Laplace approximation is): 100 equally weighted draws estimate a standard deviation within
  /// about 7% (`1/√(2·100)`) and a correlation within about 0.1 (`1/√100`), at one standard
  /// error.
  public static let minimumEffectiveSampleSize = 100.0

  /// The trial points the uncertainty evaluates for `parameters` parameters and `draws`
  /// importance draws: the fit, the Laplace pilot and stencil, and the draws (at most: a draw
  /// that finds no point inside the box is not evaluated).
  public static func posteriorEvaluations(parameters: Int, draws: Int) -> Int {
    1 + LaplaceApproximation.evaluations(dimension: parameters) + draws
  }

  /// The posterior of the fitted values.
  ///
  /// - Parameters:
  ///   - fit: The fit, whose values centre the approximation.
  ///   - draws: Importance draws; 0 for the Laplace approximation alone.
  ///   - simulation: The scenario with the parameters set to a point, as for ``fit(_:progress:)``.
  ///   - progress: Called after each trial point.
  /// - Returns: The posterior.
  /// - Throws: The first error `simulation` throws.
  public func posterior(
    of fit: Fit, draws: Int, _ simulation: ([Double]) throws -> Simulation,
    progress: () -> Void = {}
  ) throws -> CalibrationPosterior {
    precondition(draws >= 0, "draws must be non-negative, got \(draws)")
    let used = targets.filter { $0.use == .fit }
    func measured(_ point: [Double]) throws -> [TargetFit] {
      let fits = Self.measure(
        used, in: try simulation(point), seed: seed, replications: replications,
        threads: threads)
      progress()
      return fits
    }
    let scales = try measured(fit.values).map { fit in
      let model = fit.modelStandardError.isFinite ? fit.modelStandardError : 0
      return (fit.target.standardError * fit.target.standardError + model * model).squareRoot()
    }
    func residuals(_ point: [Double]) throws -> [Double] {
      zip(try measured(point), scales).map { fit, scale in
        (fit.modelValue - fit.target.value) / scale
      }
    }
    let bounds = parameters.map(\.bounds)
    let laplace = try LaplaceApproximation(bounds: bounds).approximate(
      at: fit.values, residuals: residuals)
    var evaluations = 1 + laplace.evaluations
    var importance: ImportanceResampling.Result?
    if draws > 0 {
      importance = try ImportanceResampling(bounds: bounds, draws: draws, seed: seed).run(
        centre: fit.values, covariance: laplace.proposalCovariance
      ) { point in
        evaluations += 1
        return LaplaceApproximation.distance(try residuals(point))
      }
    }
    return CalibrationPosterior(
      parameters: parameters, laplace: laplace, importance: importance, evaluations: evaluations)
  }
}
