/// The Nelder-Mead simplex method: a derivative-free minimiser for a few parameters, with bounds.
///
/// Nelder and Mead (1965), "A simplex method for function minimization", Computer Journal 7(4),
/// with the ordering rules of Lagarias et al. (1998), SIAM J. Optim. 9(1), and the coefficients of
/// Gao and Han (2012), Comput. Optim. Appl. 51(1), that adapt to the dimension n (reflection 1,
/// expansion 1 + 2/n, contraction ¾ − 1/(2n), shrink 1 − 1/n; the standard 1, 2, ½, ½ at n = 2),
/// since the standard ones stall on a dozen parameters. A simplex that has converged is rebuilt
/// around its best point and the search goes on while that still gains more than the tolerance: a
/// collapsed simplex can stop short of the minimum (McKinnon 1998), and a restart costs n + 1
/// evaluations. Bounds are kept by clamping every trial point into the box, which keeps the method
/// derivative-free and the objective evaluated only where it is defined. It suits a calibration
/// objective that is smooth in the parameters because it runs on common random numbers.
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
    /// Whether the simplex met the tolerances (and a restart gained no more), rather than the
    /// search reaching the evaluation limit.
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
  /// width (inwards where the box ends), so its size follows the bounds and not the value; a
  /// restart builds the same simplex around the best point.
  ///
  /// - Parameters:
  ///   - start: The first point, inside the bounds.
  ///   - objective: The function to minimise; called with points inside the bounds.
  /// - Returns: The best point found, its value, and the search's history.
  public func minimise(from start: [Double], _ objective: ([Double]) -> Double) -> Result {
    precondition(start.count == bounds.count, "one start value per parameter")
    var history: [(point: [Double], value: Double)] = []
    var budgetLeft: Bool { history.count < stopping.maximumEvaluations }
    func evaluate(_ point: [Double]) -> Double {
      let value = objective(point)
      history.append((point, value))
      return value.isNaN ? .infinity : value
    }
    /// A simplex around `first` (whose value is known), or as much of it as the budget allows.
    func simplexAround(_ first: (point: [Double], value: Double)) -> [(
      point: [Double], value: Double
    )] {
      var simplex = [first]
      for index in bounds.indices where budgetLeft {
        var point = first.point
        let step = (bounds[index].upperBound - bounds[index].lowerBound) / 10
        point[index] += point[index] + step <= bounds[index].upperBound ? step : -step
        simplex.append((point, evaluate(point)))
      }
      return simplex
    }
    let dimension = Double(bounds.count)
    let expansion = 1 + 2 / dimension
    let contraction = 0.75 - 1 / (2 * dimension)
    let shrink = 1 - 1 / dimension
    let first = clamp(start)
    var simplex = simplexAround((first, evaluate(first)))
    var converged = false
    var bestAtRestart = Double.infinity
    while budgetLeft {
      simplex.sort { $0.value < $1.value }
      if isConverged(simplex) {
        if bestAtRestart - simplex[0].value <= stopping.objectiveTolerance {
          converged = true
          break
        }
        bestAtRestart = simplex[0].value
        simplex = simplexAround(simplex[0])
        continue
      }
      let worst = simplex[simplex.count - 1]
      let centroid = centre(of: simplex.dropLast().map(\.point))
      let reflected = clamp(move(centroid, away: worst.point, by: 1))
      let reflectedValue = evaluate(reflected)
      if reflectedValue < simplex[0].value && budgetLeft {
        let expanded = clamp(move(centroid, away: worst.point, by: expansion))
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
      // Out of evaluations: keep the reflection only where it improves on the worst.
      guard budgetLeft else {
        if reflectedValue < worst.value { simplex[simplex.count - 1] = (reflected, reflectedValue) }
        break
      }
      // Contract outside when the reflection beats the worst, inside otherwise.
      let outside = reflectedValue < worst.value
      let contracted = clamp(
        move(centroid, away: worst.point, by: outside ? contraction : -contraction))
      let contractedValue = evaluate(contracted)
      if contractedValue < (outside ? reflectedValue : worst.value) {
        simplex[simplex.count - 1] = (contracted, contractedValue)
        continue
      }
      // Shrink every vertex towards the best, as far as the budget allows.
      let best = simplex[0].point
      for index in simplex.indices.dropFirst() where budgetLeft {
        let point = zip(best, simplex[index].point).map { $0 + shrink * ($1 - $0) }
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
