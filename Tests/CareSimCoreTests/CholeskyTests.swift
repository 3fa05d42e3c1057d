import CareSimCore
import Testing

/// The Cholesky factor: it reproduces its matrix, refuses what is not positive definite, and its
/// solves and inverse agree with it.
@Suite struct CholeskyTests {
  /// A 3 × 3 covariance with correlations of both signs.
  static let matrix: [[Double]] = [[4, 2, -1.2], [2, 5, 0.5], [-1.2, 0.5, 3]]

  static func product(_ a: [[Double]], _ b: [[Double]]) -> [[Double]] {
    a.indices.map { i in
      b[0].indices.map { j in a[i].indices.reduce(0) { $0 + a[i][$1] * b[$1][j] } }
    }
  }

  /// L Lᵀ = A and A A⁻¹ = I to a few ulps of the entries (each is a sum of three products
  /// computed in a stable order; 1e-14 of the largest entry bounds the rounding).
  @Test func theFactorAndTheInverseReproduceTheMatrix() throws {
    let factor = try #require(Cholesky(Self.matrix))
    let transposed = factor.lower.indices.map { i in
      factor.lower.indices.map { factor.lower[$0][i] }
    }
    let back = Self.product(factor.lower, transposed)
    let identity = Self.product(Self.matrix, factor.inverse)
    for i in 0..<3 {
      #expect(factor.lower[i].dropFirst(i + 1).allSatisfy { $0 == 0 })
      for j in 0..<3 {
        #expect(abs(back[i][j] - Self.matrix[i][j]) <= 1e-14 * 5)
        #expect(abs(identity[i][j] - (i == j ? 1 : 0)) <= 1e-14 * 5)
        #expect(factor.inverse[i][j] == factor.inverse[j][i])
      }
    }
  }

  /// vᵀ A⁻¹ v two ways, and L v of a unit vector is a column of L.
  @Test func solvesAgreeWithTheInverse() throws {
    let factor = try #require(Cholesky(Self.matrix))
    let v = [1.5, -2, 0.25]
    let inverse = factor.inverse
    let direct = (0..<3).reduce(0.0) { sum, i in
      sum + (0..<3).reduce(0.0) { $0 + v[i] * inverse[i][$1] * v[$1] }
    }
    #expect(abs(factor.squaredMahalanobis(v) - direct) <= 1e-14 * direct)
    #expect(factor.times([0, 1, 0]) == factor.lower.map { $0[1] })
  }

  /// Singular, indefinite and non-finite matrices have no factor.
  @Test(
    arguments: [
      [[1, 1], [1, 1]], [[1, 2], [2, 1]], [[-1, 0], [0, 1]], [[1, .nan], [.nan, 1]],
      [[.infinity, 0], [0, 1]],
    ] as [[[Double]]])
  func aMatrixThatIsNotPositiveDefiniteHasNoFactor(matrix: [[Double]]) {
    #expect(Cholesky(matrix) == nil)
  }
}
