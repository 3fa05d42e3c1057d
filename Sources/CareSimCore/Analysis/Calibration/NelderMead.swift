/// The Nelder-Mead simplex method: a derivative-free minimiser for a few parameters, with bounds.
///
/// Nelder and Mead (1965), "A simplex method for function minimization", Computer Journal 7(4),
/// with the standard coefficients (reflection 1, expansion 2, contraction ½, shrink ½) and the
/// ordering rules of Lagarias et al. (1998), SIAM J. Optim. 9(1). Bounds are kept by clamping every
/// trial point into the box, which keeps the method derivative-free and the objective evaluated only
/// where it is defined. It suits a calibration objective that is smooth in the parameters because it
/// runs on common random numbers, and costs n + 1 evaluations to start and one or two a step.
public struct NelderMead: Sendable {
  /// When to stop.
  public struct Stopping: Sendable, Equatable {
    /// At most this many evaluations of the objective.
    public var maximumEvaluations: Int
    /// Stop when the objective's values at the simplex's vertices are within this of each other.
    public var objectiveTolerance: Double
    /// Stop when every vertex is within this share of its box's width of the best one.
    public var pointTolerance: Double

    public init(maximumEvaluations: Int, objectiveTolerance: Double, pointTolerance: Double) {
      self.maximumEvaluations = maximumEvaluations
      self.objectiveTolerance = objectiveTolerance
      self.pointTolerance = pointTolerance
    }
  }

  /// The search's outcome.
  public struct Result: Sendable, Equatable {
    public var point: [Double]
    public var value: Double
    public var evaluations: Int
    /// Why it stopped.
    public var converged: Bool
    /// Every point evaluated with its value, in order.
    public var history: [(point: [Double], value: Double)]

    public static func == (a: Result, b: Result) -> Bool {
      a.point == b.point && a.value == b.value && a.evaluations == b.evaluations
        && a.converged == b.converged && a.history.count == b.history.count
    }
  }

  public var bounds: [ClosedRange<Double>]
  public var stopping: Stopping

  public init(bounds: [ClosedRange<Double>], stopping: Stopping) {
    precondition(!bounds.isEmpty, "at least one parameter")
    self.bounds = bounds
    self.stopping = stopping
  }

  /// Minimises `objective` from `start`.
  ///
  /// The first simplex is `start` and, for each parameter, `start` moved by a tenth of its box's
  /// width (inwards where the box ends), so its size follows the bounds and not the value.
  ///
  /// - Parameters:
  ///   - start: The first point, inside the bounds.
  ///   - objective: The function to minimise; called with points inside the bounds.
  /// - Returns: The best point found, its value, and the search's history.
  public func minimise(from start: [Double], _ objective: ([Double]) -> Double) -> Result {
    precondition(start.count == bounds.count, "one start value per parameter")
    var history: [(point: [Double], value: Double)] = []
    func evaluate(_ point: [Double]) -> Double {
      let value = objective(point)
      history.append((point, value))
      return value.isNaN ? .infinity : value
    }
    let first = clamp(start)
    var simplex = [(point: first, value: evaluate(first))]
    for index in bounds.indices {
      var point = first
      let step = (bounds[index].upperBound - bounds[index].lowerBound) / 10
      point[index] += point[index] + step <= bounds[index].upperBound ? step : -step
      simplex.append((point, evaluate(point)))
    }
    var converged = false
    while history.count < stopping.maximumEvaluations {
      simplex.sort { $0.value < $1.value }
      if isConverged(simplex) {
        converged = true
        break
      }
      let worst = simplex[simplex.count - 1]
      let centroid = centre(of: simplex.dropLast().map(\.point))
      let reflected = clamp(move(centroid, away: worst.point, by: 1))
      let reflectedValue = evaluate(reflected)
      if reflectedValue < simplex[0].value {
        let expanded = clamp(move(centroid, away: worst.point, by: 2))
        let expandedValue = evaluate(expanded)
        simplex[simplex.count - 1] =
          expandedValue < reflectedValue
          ? (expanded, expandedValue) : (reflected, reflectedValue)
        continue
      }
      if reflectedValue < simplex[simplex.count - 2].value {
        simplex[simplex.count - 1] = (reflected, reflectedValue)
        continue
      }
      // Contract outside when the reflection beats the worst, inside otherwise.
      let outside = reflectedValue < worst.value
      let contracted = clamp(move(centroid, away: worst.point, by: outside ? 0.5 : -0.5))
      let contractedValue = evaluate(contracted)
      if contractedValue < (outside ? reflectedValue : worst.value) {
        simplex[simplex.count - 1] = (contracted, contractedValue)
        continue
      }
      // Shrink every vertex halfway towards the best.
      let best = simplex[0].point
      for index in simplex.indices.dropFirst() {
        let point = zip(best, simplex[index].point).map { $0 + ($1 - $0) / 2 }
        simplex[index] = (point, evaluate(point))
      }
    }
    simplex.sort { $0.value < $1.value }
    return Result(
      point: simplex[0].point, value: simplex[0].value, evaluations: history.count,
      converged: converged, history: history)
  }

  func clamp(_ point: [Double]) -> [Double] {
    zip(point, bounds).map { min(max($0, $1.lowerBound), $1.upperBound) }
  }

  /// `centroid + factor × (centroid − away)`.
  func move(_ centroid: [Double], away: [Double], by factor: Double) -> [Double] {
    zip(centroid, away).map { $0 + factor * ($0 - $1) }
  }

  func centre(of points: [[Double]]) -> [Double] {
    (0..<bounds.count).map { index in
      points.reduce(0) { $0 + $1[index] } / Double(points.count)
    }
  }

  func isConverged(_ simplex: [(point: [Double], value: Double)]) -> Bool {
    let values = simplex.map(\.value)
    guard let low = values.min(), let high = values.max(), high - low <= stopping.objectiveTolerance
    else { return false }
    let best = simplex[0].point
    return simplex.allSatisfy { vertex in
      zip(zip(vertex.point, best), bounds).allSatisfy { pair, box in
        abs(pair.0 - pair.1) <= stopping.pointTolerance * (box.upperBound - box.lowerBound)
      }
    }
  }
}
