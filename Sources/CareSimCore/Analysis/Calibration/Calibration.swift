/// Fits a scenario's parameters to national targets: the values that bring its control arm
/// closest to the figures, in units of each figure's uncertainty.
///
/// The distance is `Σ ((model − target) / standard error)²` over the targets used in the fit,
/// where each model value is pooled over the same replications at every trial point: common
/// random numbers, so that the distance moves with the parameters and not with the draws, and a
/// derivative-free simplex (``NelderMead``) can follow it. The search starts at the centre of
/// the parameters' box, not at the file's values, so that fitting a file that was already fitted
/// gives the same values again: a calibrated file is reproduced from its seed.
public struct Calibration: Sendable {
  /// A parameter to fit: a scenario field by path, and the box it is searched in.
  public struct Parameter: Sendable, Equatable {
    public var path: String
    public var bounds: ClosedRange<Double>

    public init(path: String, bounds: ClosedRange<Double>) {
      self.path = path
      self.bounds = bounds
    }

    /// Where the search starts: the centre of the box.
    public var start: Double { (bounds.lowerBound + bounds.upperBound) / 2 }
  }

  /// A target with the model's value, its standard error across replications and its distance.
  public struct TargetFit: Sendable, Equatable {
    public var target: CalibrationTarget
    /// The measure pooled over the replications; NaN where the residents it counts lived no
    /// months.
    public var modelValue: Double
    /// The jackknife standard error of the pooled measure over replications.
    public var modelStandardError: Double

    /// The signed distance in the target's standard errors.
    public var distance: Double { target.distance(of: modelValue) }
  }

  /// The fit: the fitted values, how well they fit, and the search that found them.
  public struct Fit: Sendable, Equatable {
    public var parameters: [Parameter]
    /// Per parameter, the fitted value.
    public var values: [Double]
    /// The distance at the fitted values.
    public var distance: Double
    public var evaluations: Int
    /// Whether the simplex met its tolerances before the evaluation limit.
    public var converged: Bool
    /// Every point tried with its distance, in order.
    public var history: [(point: [Double], distance: Double)]

    public static func == (a: Fit, b: Fit) -> Bool {
      a.parameters == b.parameters && a.values == b.values && a.distance == b.distance
        && a.evaluations == b.evaluations && a.converged == b.converged
        && a.history.elementsEqual(b.history) { $0.point == $1.point && $0.distance == $1.distance }
    }
  }

  /// Replications per trial point unless told otherwise: enough that the model's standard errors
  /// stay well below the targets' (see the fit table), few enough for a thousand trial points.
  public static let defaultReplications = 50
  /// Trial points unless told otherwise: a dozen parameters take several restarts of the simplex.
  public static let defaultMaximumEvaluations = 1000

  /// The search's tolerances: distances within 0.01 (in squared standard errors, a hundredth of
  /// one target one standard error off) over the simplex, and points within a thousandth of their
  /// box.
  public static func stopping(maximumEvaluations: Int) -> NelderMead.Stopping {
    NelderMead.Stopping(
      maximumEvaluations: maximumEvaluations, objectiveTolerance: 1e-2, pointTolerance: 1e-3)
  }

  public var parameters: [Parameter]
  public var targets: [CalibrationTarget]
  public var seed: UInt64
  /// The replications every trial point runs (the same ones at every point).
  public var replications: Int
  public var threads: Int
  public var stopping: NelderMead.Stopping

  public init(
    parameters: [Parameter], targets: [CalibrationTarget], seed: UInt64, replications: Int,
    threads: Int, stopping: NelderMead.Stopping
  ) {
    precondition(!parameters.isEmpty, "a calibration fits at least one parameter")
    precondition(
      targets.contains { $0.use == .fit }, "a calibration needs at least one target to fit")
    precondition(replications >= 2, "a standard error needs at least 2 replications")
    self.parameters = parameters
    self.targets = targets
    self.seed = seed
    self.replications = replications
    self.threads = threads
    self.stopping = stopping
  }

  /// Fits the parameters.
  ///
  /// - Parameters:
  ///   - simulation: The scenario's simulation with the parameters set to a point (one value per
  ///     parameter, inside its box).
  ///   - progress: Called after each trial point with the evaluations so far.
  /// - Returns: The fit.
  /// - Throws: The first error `simulation` throws; the search stops there.
  public func fit(
    _ simulation: ([Double]) throws -> Simulation,
    progress: (_ evaluations: Int) -> Void = { _ in }
  ) throws -> Fit {
    let used = targets.filter { $0.use == .fit }
    var failure: (any Error)?
    var evaluations = 0
    let search = NelderMead(bounds: parameters.map(\.bounds), stopping: stopping)
    let result = search.minimise(from: parameters.map(\.start)) { point in
      guard failure == nil else { return .infinity }
      do {
        let fits = Self.measure(
          used, in: try simulation(point), seed: seed, replications: replications,
          threads: threads)
        evaluations += 1
        progress(evaluations)
        return Self.distance(fits)
      } catch {
        failure = error
        return .infinity
      }
    }
    if let failure { throw failure }
    return Fit(
      parameters: parameters, values: result.point, distance: result.value,
      evaluations: result.evaluations, converged: result.converged,
      history: result.history.map { ($0.point, $0.value) })
  }

  /// The distance of target fits: the sum of their squared distances; infinite when a model
  /// value is missing, so the search moves away from points where a measure cannot be read.
  public static func distance(_ fits: [TargetFit]) -> Double {
    fits.reduce(0) { sum, fit in
      let distance = fit.distance
      return distance.isFinite ? sum + distance * distance : .infinity
    }
  }

  /// Every target's model value and standard error in a scenario's control arm.
  ///
  /// - Parameters:
  ///   - targets: The targets to measure.
  ///   - simulation: The scenario.
  ///   - seed: The run's seed.
  ///   - replications: The replications `0..<replications` to pool.
  ///   - threads: The threads to run them on; the result does not depend on it.
  /// - Returns: One fit per target, in order.
  public static func measure(
    _ targets: [CalibrationTarget], in simulation: Simulation, seed: UInt64, replications: Int,
    threads: Int
  ) -> [TargetFit] {
    let control = Simulation(parameters: simulation.parameters.controlArmProjection)
    let statistics = concurrentMap(replications, threads: threads) { replication in
      let profile = control.observedControlArm(seed: seed, replication: replication)
      return targets.map { $0.measure.statistics(in: profile, years: $0.years) }
    }
    return targets.indices.map { index in
      let perReplication = statistics.map { $0[index] }
      let (value, standardError) = jackknife(perReplication, targets[index].measure.value(of:))
      return TargetFit(
        target: targets[index], modelValue: value, modelStandardError: standardError)
    }
  }

  /// A statistic of pooled sums with its jackknife standard error over the replications.
  ///
  /// The error is `√((n − 1)/n · Σ (θ₋ᵢ − θ̄)²)`, where θ₋ᵢ leaves replication i out (Efron and
  /// Stein 1981). It suits ratios and life tables, whose replications cannot be averaged one by
  /// one.
  static func jackknife(
    _ sums: [[Double]], _ statistic: ([Double]) -> Double
  ) -> (value: Double, standardError: Double) {
    let count = sums[0].count
    var total = [Double](repeating: 0, count: count)
    for replication in sums {
      for index in 0..<count { total[index] += replication[index] }
    }
    let value = statistic(total)
    let n = Double(sums.count)
    let leftOut = sums.map { replication in
      statistic((0..<count).map { total[$0] - replication[$0] })
    }
    let mean = leftOut.reduce(0, +) / n
    let squares = leftOut.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
    return (value, ((n - 1) / n * squares).squareRoot())
  }
}
