/// The Cholesky factor of a symmetric positive definite matrix: `A = L Lᵀ` with `L` lower
/// triangular.
///
/// A calibration's posterior covariance, the correlation that joins calibrated values and the
/// scale of an importance proposal are all such matrices, of a dozen rows. The factor answers
/// every question they raise: whether the matrix is positive definite at all (the factorisation
/// exists), a correlated normal draw (`L z`), a Mahalanobis distance (`|L⁻¹ v|²`) and the
/// inverse. The column-by-column algorithm of Golub and Van Loan, "Matrix Computations" (4th ed.,
/// 2013), algorithm 4.2.1; O(n³/3) flops, and backward stable without pivoting for a positive
/// definite matrix (their §4.2.6), so no pivoting is needed.
public struct Cholesky: Sendable, Equatable {
  /// The lower triangular factor, row by row; entries above the diagonal are 0.
  public let lower: [[Double]]

  /// Factors a symmetric matrix, reading its lower triangle.
  ///
  /// The initialiser fails when the matrix is not positive definite: a pivot is zero, negative or
  /// not finite.
  ///
  /// - Parameter matrix: A square matrix, symmetric (only the lower triangle is read).
  public init?(_ matrix: [[Double]]) {
    let n = matrix.count
    precondition(matrix.allSatisfy { $0.count == n }, "a square matrix, got \(matrix)")
    var lower = [[Double]](repeating: [Double](repeating: 0, count: n), count: n)
    for j in 0..<n {
      var pivot = matrix[j][j]
      for k in 0..<j { pivot -= lower[j][k] * lower[j][k] }
      guard pivot > 0, pivot.isFinite else { return nil }
      let diagonal = pivot.squareRoot()
      lower[j][j] = diagonal
      for i in (j + 1)..<n {
        var entry = matrix[i][j]
        for k in 0..<j { entry -= lower[i][k] * lower[j][k] }
        lower[i][j] = entry / diagonal
      }
    }
    self.lower = lower
  }

  public var dimension: Int { lower.count }

  /// `L v`: for a vector of independent standard normals, a normal vector with covariance `A`.
  public func times(_ vector: [Double]) -> [Double] {
    precondition(vector.count == dimension, "a vector of \(dimension), got \(vector.count)")
    return lower.map { row in zip(row, vector).reduce(0) { $0 + $1.0 * $1.1 } }
  }

  /// `L⁻¹ v` by forward substitution.
  public func forwardSolve(_ vector: [Double]) -> [Double] {
    precondition(vector.count == dimension, "a vector of \(dimension), got \(vector.count)")
    var solution = vector
    for i in 0..<dimension {
      for k in 0..<i { solution[i] -= lower[i][k] * solution[k] }
      solution[i] /= lower[i][i]
    }
    return solution
  }

  /// `vᵀ A⁻¹ v = |L⁻¹ v|²`, the squared Mahalanobis length of `v`.
  public func squaredMahalanobis(_ vector: [Double]) -> Double {
    forwardSolve(vector).reduce(0) { $0 + $1 * $1 }
  }

  /// `A⁻¹ = L⁻ᵀ L⁻¹`, symmetric to the last bit (each entry is computed once and mirrored).
  public var inverse: [[Double]] {
    let n = dimension
    // Column j of L⁻¹ is L⁻¹ eⱼ; the inverse's (i, j) entry is the dot product of columns i and j.
    let columns = (0..<n).map { j in
      forwardSolve((0..<n).map { $0 == j ? 1 : 0 })
    }
    var inverse = [[Double]](repeating: [Double](repeating: 0, count: n), count: n)
    for i in 0..<n {
      for j in 0...i {
        let entry = zip(columns[i], columns[j]).reduce(0) { $0 + $1.0 * $1.1 }
        inverse[i][j] = entry
        inverse[j][i] = entry
      }
    }
    return inverse
  }
}
