/// A conditional mean E[y | x] of one input, estimated by local-linear regression with tricube
/// weights over each point's nearest neighbours (Cleveland 1979, J Am Stat Assoc 74(368), LOESS
/// of degree 1).
///
/// Local-linear rather than a local mean: it reproduces a straight line exactly at any span,
/// also at the ends of the range, where a local mean is biased towards the middle. The span (the
/// share of points in each neighbourhood) is chosen per output by leave-one-out cross-validation,
/// exact and cheap for a linear smoother: the left-out residual is r_i / (1 − H_ii) (Hastie and
/// Tibshirani 1990, Generalized Additive Models, §3.4).
public struct LocalLinearSmoother: Sendable {
  /// The shares of the points a neighbourhood may hold; cross-validation picks one.
  public static let spans = [0.05, 0.1, 0.2, 0.35, 0.5, 0.75, 1.0]
  /// The fewest points a neighbourhood holds, so a small table's fit is not a polyline through
  /// its points.
  static let minimumNeighbours = 10

  /// The input, in the order of the points.
  public let input: [Double]
  /// The points' indices by rising input.
  private let order: [Int]

  /// Prepares the smoother for one input.
  ///
  /// - Parameter input: The input's value at each point; at least two points.
  public init(input: [Double]) {
    precondition(input.count >= 2, "a smoother needs at least two points, got \(input.count)")
    precondition(input.allSatisfy(\.isFinite), "every input value must be finite")
    self.input = input
    order = input.indices.sorted { input[$0] < input[$1] }
  }

  /// The fitted conditional mean at every point, at the widest span that predicts left-out
  /// points as well as the best one does, within the best one's standard error.
  ///
  /// The one-standard-error rule (Breiman et al. 1984, Classification and Regression Trees, §3.4;
  /// Hastie, Tibshirani and Friedman 2009, §7.10): cross-validation's own noise would otherwise
  /// pick a narrow span that follows the other parameters' spread, and a value of information
  /// computed from a wiggly fit errs upwards (max(0, ·) turns every wiggle into a gain).
  ///
  /// - Parameter output: The output at each point, in the input's order.
  /// - Returns: The fitted values in the input's order, and the span chosen.
  /// - Complexity: O(n²) over the spans tried (each O(n·k)).
  public func fit(_ output: [Double]) -> (fitted: [Double], span: Double) {
    precondition(output.count == input.count, "one output per input")
    var trials: [(fitted: [Double], span: Double, error: Double, standardError: Double)] = []
    for span in Self.spans {
      let (fitted, leverage) = smooth(output, span: span)
      var moments = RunningMoments()
      for index in output.indices {
        let residual = (output[index] - fitted[index]) / max(1e-12, 1 - leverage[index])
        moments.add(residual * residual)
      }
      trials.append((fitted, span, moments.mean, moments.standardError))
      if neighbours(span: span) == input.count { break }
    }
    let best = trials.map(\.error).indices.min { trials[$0].error < trials[$1].error } ?? 0
    // A flat output fits at every span to rounding: the floor keeps such ties to the widest.
    let scale = output.reduce(0) { $0 + $1 * $1 } / Double(output.count)
    let bound = trials[best].error + trials[best].standardError + 1e-12 * scale
    let chosen = trials.last { $0.error <= bound } ?? trials[best]
    return (chosen.fitted, chosen.span)
  }

  /// The points in a neighbourhood at a span.
  func neighbours(span: Double) -> Int {
    min(input.count, max(Self.minimumNeighbours, Int((span * Double(input.count)).rounded())))
  }

  /// The fit at one span, and each point's own weight in its fit (the hat matrix's diagonal).
  ///
  /// - Parameters:
  ///   - output: The output at each point.
  ///   - span: The share of points in each neighbourhood.
  /// - Returns: The fitted values and leverages, in the input's order.
  public func smooth(_ output: [Double], span: Double) -> (fitted: [Double], leverage: [Double]) {
    let count = input.count
    let width = neighbours(span: span)
    let x = order.map { input[$0] }
    let y = order.map { output[$0] }
    var fitted = [Double](repeating: 0, count: count)
    var leverage = [Double](repeating: 0, count: count)
    var low = 0
    for point in 0..<count {
      // The nearest `width` points of a sorted input are a window; it only moves right.
      while low + width < count, x[low + width] - x[point] < x[point] - x[low] {
        low += 1
      }
      let window = low..<(low + width)
      let reach = max(x[point] - x[window.lowerBound], x[window.upperBound - 1] - x[point])
      var weights = [Double](repeating: 1, count: width)
      var s0 = 0.0
      var s1 = 0.0
      var s2 = 0.0
      for (offset, neighbour) in window.enumerated() {
        let distance = x[neighbour] - x[point]
        if reach > 0 {
          // Cleveland's tricube on the distance scaled by the farthest neighbour, widened by a
          // hair so that neighbour keeps a little weight (R's loess widens it in the same way).
          let scaled = min(1, abs(distance) / (reach * 1.000_001))
          let inner = 1 - scaled * scaled * scaled
          weights[offset] = inner * inner * inner
        }
        s0 += weights[offset]
        s1 += weights[offset] * distance
        s2 += weights[offset] * distance * distance
      }
      let determinant = s0 * s2 - s1 * s1
      // All the window's inputs equal (or nearly): the local line has no slope to fit, so the
      // weighted mean it is.
      let flat = determinant <= 1e-12 * s0 * s2 || s2 == 0
      var value = 0.0
      for (offset, neighbour) in window.enumerated() {
        let distance = x[neighbour] - x[point]
        let coefficient =
          flat ? weights[offset] / s0 : weights[offset] * (s2 - distance * s1) / determinant
        value += coefficient * y[neighbour]
        if neighbour == point { leverage[order[point]] = coefficient }
      }
      fitted[order[point]] = value
    }
    return (fitted, leverage)
  }
}
