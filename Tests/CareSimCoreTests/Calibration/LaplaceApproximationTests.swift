import CareSimCore
import Testing

/// The Laplace approximation on distances whose posterior is known exactly.
@Suite struct LaplaceApproximationTests {
  /// Residuals linear in the parameters, r = A(θ − θ₀): D is quadratic, its Hessian 2AᵀA at every
  /// point, so the covariance is exactly (AᵀA)⁻¹, whatever the steps.
  static let a: [[Double]] = [[2, 1], [0.5, -3], [1, 1]]
  static let truth = [0.3, 12.0]

  static func residuals(_ point: [Double]) -> [Double] {
    a.map { row in row[0] * (point[0] - truth[0]) + row[1] * (point[1] - truth[1]) }
  }

  /// (AᵀA)⁻¹ for the 2 × 2 case, by hand.
  static var exactCovariance: [[Double]] {
    let p = a.reduce(0) { $0 + $1[0] * $1[0] }
    let q = a.reduce(0) { $0 + $1[0] * $1[1] }
    let r = a.reduce(0) { $0 + $1[1] * $1[1] }
    let determinant = p * r - q * q
    return [[r / determinant, -q / determinant], [-q / determinant, p / determinant]]
  }

  /// A quadratic distance gives the exact covariance.
  ///
  /// Error model: second differences of a quadratic are exact up to the rounding of D (a few ulps
  /// of D at the stencil, which is about 1 there) divided by h²: a relative error of about
  /// 1e-15 of D over the curvature times h², which is of order 1: 1e-9 relative is generous.
  @Test func aQuadraticDistanceGivesTheExactCovariance() {
    let laplace = LaplaceApproximation(bounds: [0...1, 10...14])
    let result = laplace.approximate(at: Self.truth, residuals: Self.residuals)
    #expect(result.curvature == .hessian)
    #expect(result.evaluations == LaplaceApproximation.evaluations(dimension: 2))
    let exact = Self.exactCovariance
    for i in 0..<2 {
      for j in 0..<2 {
        #expect(
          abs(result.covariance[i][j] - exact[i][j]) <= 1e-9
            * abs(exact[i][i] * exact[j][j]).squareRoot(),
          "(\(i), \(j)): \(result.covariance[i][j]) against \(exact[i][j])")
      }
    }
    // The steps are the conditional standard deviations √(2/Hᵢᵢ) within a thousandth and an
    // eighth of the box: 0.44 is cut to 0.125 of the first box; 0.30 is kept in the second.
    for (i, width) in [1.0, 4.0].enumerated() {
      let curvature = 2 * Self.a.reduce(0) { $0 + $1[i] * $1[i] }
      let expected = min(max((2 / curvature).squareRoot(), width / 1000), width / 8)
      #expect(abs(result.steps[i] - expected) <= 1e-6 * expected)
    }
    #expect(result.steps[0] == 0.125 && result.steps[1] < 0.5)
  }

  /// A fit at the end of its box: the stencil moves inwards by a step and stays in the box, and
  /// the covariance of the quadratic is still exact.
  @Test func aFitAtTheBoxsEndMovesTheStencilInwards() {
    let laplace = LaplaceApproximation(bounds: [0.3...1, 10...14])
    var inside = true
    let result = laplace.approximate(at: Self.truth) { point in
      inside = inside && point[0] >= 0.3 && point[1] >= 10
      return Self.residuals(point)
    }
    #expect(inside)
    #expect(result.centre[0] == 0.3 + result.steps[0] && result.centre[1] == Self.truth[1])
    #expect(
      abs(result.covariance[0][0] - Self.exactCovariance[0][0]) <= 1e-9 * Self.exactCovariance[0][0]
    )
  }

  /// D = (θ² − 1)² at θ = 0 curves downwards, so the Hessian is not positive definite; the
  /// residual's Jacobian 2θ is 0 there, so Gauss-Newton sees nothing and the box's curvature
  /// 24/w² remains: the variance of the uniform over the box, w²/12.
  @Test func withoutPositiveCurvatureTheBoxsSpreadRemains() {
    let laplace = LaplaceApproximation(bounds: [-2...2])
    let result = laplace.approximate(at: [0]) { [$0[0] * $0[0] - 1] }
    #expect(result.hessian[0][0] < 0)
    #expect(result.curvature == .gaussNewton)
    #expect(abs(result.covariance[0][0] - 16.0 / 12) <= 1e-12)
  }

  /// A target that cannot be measured makes D infinite: the Hessian is not finite, and
  /// Gauss-Newton uses the targets that can be, `2 (2AᵀA + diag(24/wᵢ²))⁻¹`, with J exact for
  /// linear residuals (central differences are exact there, up to rounding: 1e-9 as above).
  @Test func anUnmeasuredTargetIsLeftOutOfGaussNewton() {
    let laplace = LaplaceApproximation(bounds: [0...1, 10...14])
    let result = laplace.approximate(at: Self.truth) { Self.residuals($0) + [.nan] }
    #expect(result.curvature == .gaussNewton)
    let p = 2 * Self.a.reduce(0) { $0 + $1[0] * $1[0] } + 24
    let q = 2 * Self.a.reduce(0) { $0 + $1[0] * $1[1] }
    let r = 2 * Self.a.reduce(0) { $0 + $1[1] * $1[1] } + 24.0 / 16
    let determinant = p * r - q * q
    let expected = [
      [2 * r / determinant, -2 * q / determinant], [-2 * q / determinant, 2 * p / determinant],
    ]
    for i in 0..<2 {
      for j in 0..<2 {
        #expect(abs(result.covariance[i][j] - expected[i][j]) <= 1e-9 * expected[i][i])
      }
    }
  }
}
