/// Van der Waerden normal scores and their correlation: the rank-based estimate of a Gaussian
/// copula's correlation.
///
/// A value's score is `Φ⁻¹(r/(n + 1))`, r its rank among n (tied values share their mean rank).
/// Scores depend on the data only through ranks, so their correlation is the same for any
/// increasing transformation of each variable, a probability and its logarithm alike; for a
/// Gaussian copula it estimates the copula's correlation with full efficiency whatever the
/// marginals (Klaassen and Wellner 1997, Bernoulli 3(1), 55-77).
public enum NormalScores {
  /// The scores of a sample, in its order.
  public static func scores(_ values: [Double]) -> [Double] {
    precondition(!values.contains { $0.isNaN }, "values must not contain NaN")
    let order = values.indices.sorted { values[$0] < values[$1] }
    let n = Double(values.count)
    var scores = [Double](repeating: 0, count: values.count)
    var start = 0
    while start < order.count {
      var end = start
      while end + 1 < order.count && values[order[end + 1]] == values[order[start]] { end += 1 }
      // Ranks start + 1 ... end + 1 share their mean.
      let rank = Double(start + end + 2) / 2
      let score = StandardNormal.quantile(rank / (n + 1))
      for position in start...end { scores[order[position]] = score }
      start = end + 1
    }
    return scores
  }

  /// The correlation matrix of the columns' normal scores.
  ///
  /// - Parameter columns: One sample per variable, all of the same length (at least 2).
  /// - Returns: A symmetric matrix with a unit diagonal; a variable whose values are all equal
  ///   has no rank order and correlates 0 with every other.
  public static func correlation(_ columns: [[Double]]) -> [[Double]] {
    precondition(
      columns.allSatisfy { $0.count == columns.first?.count && $0.count >= 2 },
      "columns of the same length, at least 2")
    let centred = columns.map { column in
      let scores = Self.scores(column)
      let mean = scores.reduce(0, +) / Double(scores.count)
      return scores.map { $0 - mean }
    }
    let norms = centred.map { $0.reduce(0) { $0 + $1 * $1 }.squareRoot() }
    return centred.indices.map { i in
      centred.indices.map { j in
        if i == j { return 1 }
        guard norms[i] > 0, norms[j] > 0 else { return 0 }
        let product = zip(centred[i], centred[j]).reduce(0) { $0 + $1.0 * $1.1 }
        return min(max(product / (norms[i] * norms[j]), -1), 1)
      }
    }
  }
}
