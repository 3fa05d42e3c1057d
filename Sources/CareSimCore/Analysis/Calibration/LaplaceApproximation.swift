/// The normal approximation of a calibration's posterior at its fit: the covariance `2 H⁻¹`,
/// with `H` the Hessian of the distance, estimated by finite differences.
///
/// The distance `D(θ) = Σ rₖ(θ)²`, with `rₖ` each target's standardised residual, is −2 times a
/// normal log-likelihood up to a constant, so near its minimum the posterior under a flat prior is
/// approximately normal with covariance `(H/2)⁻¹` (Laplace's method; Tierney and Kadane 1986,
/// JASA 81(393), 82-86).
///
/// **Common random numbers make the differences smooth.** Every point runs the same replications,
/// so the same residents take the same draws; a step moves only the residents whose draws fall
/// between the old and the new threshold, and `D(θ + h) − D(θ)` is the smooth change plus a
/// noise that shrinks with the step. On independent replications the noise of each value would
/// stay, and a second difference divides it by h²: at the steps below it would swamp the
/// curvature.
///
/// **The steps follow the posterior's scale, not the box's.** A pilot pass with a hundredth of
/// each box measures each parameter's curvature `Hᵢᵢ` and so its conditional standard deviation
/// `sᵢ = √(2/Hᵢᵢ)`, the distance at which D rises by 1; the Hessian is then taken with `hᵢ = sᵢ`
/// (kept within a thousandth and an eighth of the box). That is the scale the normal
/// approximation describes (its bulk lies within ±2 sᵢ); D moves there by about 1 a step, well
/// above the jitter of the residents whose decisions flip; and where D is near-quadratic over a
/// standard deviation the central differences' error, O(h²) in the fourth derivatives, is small
/// beside it. A parameter without measurable curvature in the pilot takes the largest step.
///
/// **The stencil** is centred on the fit, moved inwards where it lies within a step of its box's
/// end (a near-quadratic D has nearly the same second differences a step away, and every point
/// stays inside the box the prior allows). Diagonal entries are central second differences;
/// an off-diagonal entry uses the two diagonal points `c ± (hᵢeᵢ + hⱼeⱼ)`:
/// `Hᵢⱼ ≈ [D(c⁺⁺) + D(c⁻⁻) − D(c⁺ᵢ) − D(c⁻ᵢ) − D(c⁺ⱼ) − D(c⁻ⱼ) + 2D(c)] / (2 hᵢhⱼ)`, exact for a
/// quadratic and with odd terms cancelling, so the d(d − 1)/2 entries cost d(d − 1) points rather
/// than the 2d(d − 1) of four-point differences.
///
/// **When H is not positive definite** (noise in the cross terms, a fit against a box's end, or
/// a distance that is not convex there), the covariance falls back to Gauss-Newton:
/// `H ≈ 2 JᵀJ` with J the residuals' Jacobian, read from the same axis points as central first
/// differences, which is positive semi-definite by construction and drops only the terms
/// `rₖ ∇²rₖ` that vanish as the fit improves; plus the box's own curvature, `24/wᵢ²` (that of a
/// normal with the uniform prior's variance wᵢ²/12), so that a parameter no target moves keeps
/// about its box's spread instead of an infinite variance.
public struct LaplaceApproximation: Sendable {
  /// Which curvature the covariance comes from.
  public enum Curvature: String, Sendable, Equatable {
    /// The finite-difference Hessian of the distance.
    case hessian
    /// Gauss-Newton with the box's curvature, because the Hessian was not positive definite.
    case gaussNewton = "gauss-newton"
  }

  /// The approximation and how it was found.
  public struct Result: Sendable, Equatable {
    /// The point it is centred on: the fit.
    public var mode: [Double]
    /// The stencil's centre: the fit, moved inwards where it lies within a step of its box's end.
    public var centre: [Double]
    /// The step of each parameter.
    public var steps: [Double]
    /// The finite-difference Hessian of the distance at the centre.
    public var hessian: [[Double]]
    public var curvature: Curvature
    /// The posterior covariance, `2 H⁻¹` with the curvature used.
    public var covariance: [[Double]]
    /// The importance proposal's scale matrix: the curvature used plus a ninth of the box's,
    /// `2 (H + diag(24/(9wᵢ²)))⁻¹`.
    ///
    /// Where the targets leave a direction flat, the posterior is flat across the box there, and
    /// a proposal peaked at the fit would weigh the draws far along it by the inverse of its own
    /// falling density. A normal three times as wide as the uniform over the box (a ninth of its
    /// curvature) is nearly flat across it (its density falls by 15% at the box's end), so such
    /// draws keep moderate weights; where the targets are sharp, their curvature dominates and the
    /// proposal follows the posterior.
    public var proposalCovariance: [[Double]]
    /// The points evaluated, pilot and stencil.
    public var evaluations: Int

    public var standardDeviations: [Double] {
      covariance.indices.map { covariance[$0][$0].squareRoot() }
    }
  }

  /// The boxes of the parameters: the stencil stays inside them.
  public var bounds: [ClosedRange<Double>]

  public init(bounds: [ClosedRange<Double>]) {
    precondition(
      !bounds.isEmpty && bounds.allSatisfy { $0.upperBound > $0.lowerBound },
      "boxes of positive width")
    self.bounds = bounds
  }

  /// The points a pilot and a stencil evaluate for `dimension` parameters: 2d + 1, then
  /// 2d + d(d − 1) + 1.
  public static func evaluations(dimension d: Int) -> Int { 2 * d + 1 + 2 * d + d * (d - 1) + 1 }

  /// The approximation at `mode`.
  ///
  /// - Parameters:
  ///   - mode: The fit, inside the boxes.
  ///   - residuals: Each target's standardised residual at a point (NaN where it cannot be
  ///     measured); the distance is the sum of their squares.
  /// - Returns: The approximation.
  /// - Throws: The first error `residuals` throws.
  public func approximate(
    at mode: [Double], residuals: ([Double]) throws -> [Double]
  ) rethrows -> Result {
    precondition(mode.count == bounds.count, "one value per parameter")
    let d = bounds.count
    let widths = bounds.map { $0.upperBound - $0.lowerBound }
    var evaluations = 0
    func evaluate(_ point: [Double]) throws -> [Double] {
      evaluations += 1
      return try residuals(point)
    }
    // The pilot: each parameter's curvature with a hundredth of its box.
    let pilotSteps = widths.map { $0 / 100 }
    let pilotCentre = centre(mode, steps: pilotSteps)
    let pilotValue = Self.distance(try evaluate(pilotCentre))
    var steps: [Double] = []
    for index in 0..<d {
      let curvature =
        (Self.distance(try evaluate(moved(pilotCentre, [(index, pilotSteps[index])])))
          - 2 * pilotValue
          + Self.distance(try evaluate(moved(pilotCentre, [(index, -pilotSteps[index])]))))
        / (pilotSteps[index] * pilotSteps[index])
      let spread = curvature > 0 && curvature.isFinite ? (2 / curvature).squareRoot() : .infinity
      steps.append(min(max(spread, widths[index] / 1000), widths[index] / 8))
    }

    // The stencil.
    let centre = centre(mode, steps: steps)
    let atCentre = try evaluate(centre)
    let value = Self.distance(atCentre)
    var plus: [[Double]] = []
    var minus: [[Double]] = []
    for index in 0..<d {
      plus.append(try evaluate(moved(centre, [(index, steps[index])])))
      minus.append(try evaluate(moved(centre, [(index, -steps[index])])))
    }
    var hessian = [[Double]](repeating: [Double](repeating: 0, count: d), count: d)
    for i in 0..<d {
      hessian[i][i] =
        (Self.distance(plus[i]) - 2 * value + Self.distance(minus[i])) / (steps[i] * steps[i])
      for j in 0..<i {
        let both = Self.distance(try evaluate(moved(centre, [(i, steps[i]), (j, steps[j])])))
        let neither = Self.distance(
          try evaluate(moved(centre, [(i, -steps[i]), (j, -steps[j])])))
        let entry =
          (both + neither - Self.distance(plus[i]) - Self.distance(minus[i])
            - Self.distance(plus[j]) - Self.distance(minus[j]) + 2 * value)
          / (2 * steps[i] * steps[j])
        hessian[i][j] = entry
        hessian[j][i] = entry
      }
    }

    let box = widths.map { 24 / ($0 * $0) }
    var curvature = Curvature.hessian
    var used = hessian
    if Cholesky(hessian) == nil {
      curvature = .gaussNewton
      used = Self.gaussNewton(plus: plus, minus: minus, steps: steps)
    }
    func covariance(boxShare: Double) -> [[Double]] {
      let matrix = used.indices.map { i in
        used[i].indices.map { j in used[i][j] + (i == j ? boxShare * box[i] : 0) }
      }
      guard let factor = Cholesky(matrix) else {
        preconditionFailure("a positive definite curvature plus a positive diagonal")
      }
      return factor.inverse.map { row in row.map { 2 * $0 } }
    }
    return Result(
      mode: mode, centre: centre, steps: steps, hessian: hessian, curvature: curvature,
      covariance: curvature == .hessian ? covariance(boxShare: 0) : covariance(boxShare: 1),
      proposalCovariance: covariance(boxShare: 1.0 / 9), evaluations: evaluations)
  }

  /// `2 JᵀJ`, with J's columns the central differences of the residuals; a target that cannot be
  /// measured at an axis point is left out of J.
  static func gaussNewton(
    plus: [[Double]], minus: [[Double]], steps: [Double]
  ) -> [[Double]] {
    let d = steps.count
    let measured = plus[0].indices.filter { target in
      (0..<d).allSatisfy { plus[$0][target].isFinite && minus[$0][target].isFinite }
    }
    let jacobian = (0..<d).map { index in
      measured.map { (plus[index][$0] - minus[index][$0]) / (2 * steps[index]) }
    }
    return (0..<d).map { i in
      (0..<d).map { j in
        let product: Double = zip(jacobian[i], jacobian[j]).reduce(0) { $0 + $1.0 * $1.1 }
        return 2 * product
      }
    }
  }

  /// The sum of squared residuals; infinite when one is not finite.
  static func distance(_ residuals: [Double]) -> Double {
    residuals.reduce(0) { sum, residual in residual.isFinite ? sum + residual * residual : .infinity
    }
  }

  /// `mode` moved inwards, coordinate by coordinate, to at least a step from its box's ends.
  func centre(_ mode: [Double], steps: [Double]) -> [Double] {
    zip(mode, zip(bounds, steps)).map { value, boxAndStep in
      let (box, step) = boxAndStep
      return min(max(value, box.lowerBound + step), box.upperBound - step)
    }
  }

  /// `point` with the given coordinates moved by the given amounts, kept inside their boxes
  /// (a centre a step from the end, moved back by the step, can round a last bit beyond it).
  func moved(_ point: [Double], _ moves: [(index: Int, by: Double)]) -> [Double] {
    var moved = point
    for (index, amount) in moves {
      moved[index] = min(
        max(moved[index] + amount, bounds[index].lowerBound), bounds[index].upperBound)
    }
    return moved
  }
}
