import CareSimCore
import Testing

@testable import CareSimCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#elseif canImport(ucrt)
import ucrt
#endif

/// Importance resampling: its arithmetic (weights, effective sample size, systematic resample),
/// and a posterior known exactly, recovered within the errors its effective sample size implies.
@Suite struct ImportanceResamplingTests {
  @Test func weightsSumToOneAndTheirEffectiveSizeCountsThem() {
    let equal = ImportanceResampling.normalised([-3, -3, -3, -3])
    #expect(equal == [0.25, 0.25, 0.25, 0.25])
    // exp(−1000) underflows, but not after the shift by the largest. −1000 − ln 3 rounds to
    // an ulp of 1000 (1.1e-13), which the weights carry as a relative error.
    let shifted = ImportanceResampling.normalised([-1000, -1000 - log(3), -.infinity])
    #expect(abs(shifted[0] - 0.75) <= 2e-13 && abs(shifted[1] - 0.25) <= 2e-13 && shifted[2] == 0)
    #expect(ImportanceResampling.normalised([-.infinity, -.infinity]) == [0, 0])
    let result = { (weights: [Double]) in
      ImportanceResampling.Result(
        points: weights.map { _ in [0] }, components: weights.map { _ in 0 },
        distances: weights.map { _ in 0 }, weights: weights, copies: weights.map { _ in 1 })
    }
    #expect(result(equal).effectiveSampleSize == 4)
    #expect(result([0, 1, 0]).effectiveSampleSize == 1)
    #expect(result([0, 0]).effectiveSampleSize == 0)
  }

  /// Positions (u + m)/M land in the shares of the cumulative weights.
  @Test func systematicResamplingCopiesByWeight() {
    #expect(ImportanceResampling.systematicResample([0.5, 0.25, 0.25], offset: 0.1) == [2, 1, 0])
    #expect(
      ImportanceResampling.systematicResample([0.25, 0.25, 0.25, 0.25], offset: 0.99) == [
        1, 1, 1, 1,
      ])
    #expect(ImportanceResampling.systematicResample([0, 1, 0], offset: 0) == [0, 3, 0])
    #expect(ImportanceResampling.systematicResample([0, 0], offset: 0.5) == [0, 0])
    // Weights whose sum rounds below 1 still place every copy.
    let tenths = [Double](repeating: 0.1, count: 10)
    #expect(ImportanceResampling.systematicResample(tenths, offset: 0.999_999).reduce(0, +) == 10)
  }

  /// A normal posterior: D = (θ − μ)ᵀ Σ⁻¹ (θ − μ) in a box far wider than it.
  static let mu = [0.02, 1.5]
  static let sd = [0.004, 0.1]
  static let rho = -0.7
  static let bounds = [0.0...0.05, 1.0...2.0]

  /// Standardised residuals whose squares sum to D: Σ⁻¹ = L⁻ᵀL⁻¹, r = L⁻¹(θ − μ).
  static func residuals(_ point: [Double]) -> [Double] {
    let covariance = [
      [sd[0] * sd[0], rho * sd[0] * sd[1]], [rho * sd[0] * sd[1], sd[1] * sd[1]],
    ]
    return Cholesky(covariance)?.forwardSolve(zip(point, mu).map { $0 - $1 }) ?? []
  }

  static func posterior(draws: Int, seed: UInt64) -> CalibrationPosterior {
    let parameters = zip(["a", "b"], bounds).map { Calibration.Parameter(path: $0, bounds: $1) }
    let laplace = LaplaceApproximation(bounds: bounds).approximate(at: mu, residuals: residuals)
    let importance = ImportanceResampling(bounds: bounds, draws: draws, seed: seed).run(
      centre: mu, covariance: laplace.proposalCovariance
    ) { LaplaceApproximation.distance(residuals($0)) }
    return CalibrationPosterior(
      parameters: parameters, laplace: laplace, importance: importance, evaluations: 0)
  }

  /// The resample's means, standard deviations, interval and correlation match the normal's.
  ///
  /// Tolerances from the effective sample size n (about 0.7 of the draws here, since the
  /// proposal's scale is the exact covariance): a mean within z·σ/√n, a standard deviation
  /// within z·σ/√(2n), a 2.5% quantile within z·√(p(1 − p)/n)/φ(1.96)·σ (the quantile's
  /// asymptotic error), the correlation's Fisher z within z/√(n − 3). Resampling adds a little
  /// noise that these do not count; z = 4.5 leaves room for it. 2 seeds × 2 parameters × 4
  /// checks + 2 correlations = 18 comparisons at about 7e-6 each.
  @Test(arguments: [3, 2_026] as [UInt64])
  func aNormalPosteriorIsRecovered(seed: UInt64) {
    let posterior = Self.posterior(draws: 2_000, seed: seed)
    #expect(posterior.method == .importanceResampling)
    let importance = posterior.importance
    let n = importance?.effectiveSampleSize ?? 0
    #expect(n > 1_000, "effective sample size \(n)")
    let z = 4.5
    let density =
      exp(-1.959_963_984_540_054 * 1.959_963_984_540_054 / 2) / (2 * Double.pi).squareRoot()
    for i in 0..<2 {
      let sigma = Self.sd[i]
      #expect(abs(posterior.mean[i] - Self.mu[i]) <= z * sigma / n.squareRoot())
      #expect(abs(posterior.standardDeviation[i] - sigma) <= z * sigma / (2 * n).squareRoot())
      let quantileError = (0.025 * 0.975 / n).squareRoot() / density * sigma
      #expect(
        abs(posterior.lower[i] - (Self.mu[i] - 1.959_963_984_540_054 * sigma)) <= z * quantileError)
      #expect(
        abs(posterior.upper[i] - (Self.mu[i] + 1.959_963_984_540_054 * sigma)) <= z * quantileError)
    }
    let fisher = (atanh(posterior.correlation[0][1]) - atanh(Self.rho)) * (n - 3).squareRoot()
    #expect(abs(fisher) <= z, "correlation \(posterior.correlation[0][1])")
    #expect(posterior.correlation[0][1] == posterior.correlation[1][0])
  }

  /// A posterior cut by its box's end: every draw and so the resample stays inside, and the
  /// resample's mean lies inside, above the cut normal's centre.
  @Test func theBoxTruncatesTheProposal() throws {
    let bounds = [0.02...0.05, 1.0...2.0]
    let laplace = LaplaceApproximation(bounds: bounds).approximate(
      at: Self.mu, residuals: Self.residuals)
    let importance = ImportanceResampling(bounds: bounds, draws: 400, seed: 1).run(
      centre: Self.mu, covariance: laplace.proposalCovariance
    ) { LaplaceApproximation.distance(Self.residuals($0)) }
    let points = importance.points.compactMap { $0 }
    #expect(points.count == 400)
    #expect(points.allSatisfy { $0[0] >= 0.02 && $0[0] <= 0.05 })
    #expect(importance.resample.count == 400)
    let mean = importance.resample.reduce(0) { $0 + $1[0] } / 400
    #expect(mean > 0.02 + Self.sd[0] / 2)
  }

  /// A quarter of the draws come from the Laplace t, then a twentieth from each component added;
  /// the Laplace t's draws are the same however many are drawn, and the same seed gives the
  /// same result.
  @Test func drawsDependOnlyOnTheSeedAndTheirIndex() {
    let few = Self.posterior(draws: 160, seed: 8)
    let many = Self.posterior(draws: 320, seed: 8)
    #expect(
      few.importance?.components
        == Array(repeating: 0, count: 40) + (1...15).flatMap { Array(repeating: $0, count: 8) })
    #expect(many.importance?.points.prefix(40) == few.importance?.points.prefix(40))
    #expect(Self.posterior(draws: 160, seed: 8) == few)
    #expect(Self.posterior(draws: 160, seed: 9).importance?.points != few.importance?.points)
  }

  /// Too few draws to reach the effective sample size asked: the Laplace approximation is
  /// reported, and the shortfall is known.
  @Test func tooFewDrawsFallBackToTheLaplaceApproximation() {
    let posterior = Self.posterior(draws: 50, seed: 8)
    #expect(posterior.method == .laplace)
    #expect(posterior.importanceFellShort)
    #expect(posterior.mean == Self.mu)
    #expect(abs(posterior.standardDeviation[0] - Self.sd[0]) <= 1e-9 * Self.sd[0])
    #expect(abs(posterior.correlation[0][1] - Self.rho) <= 1e-9)
    #expect(abs(posterior.upper[1] - (Self.mu[1] + 1.959_963_984_540_054 * Self.sd[1])) <= 1e-9)
  }
}
