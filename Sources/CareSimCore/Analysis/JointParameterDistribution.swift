/// Parameters drawn together: each from its own distribution, dependent through a Gaussian
/// copula with a given correlation.
///
/// A calibration determines its values jointly: a higher death probability at home and a lower
/// one in an institution can give the same national death rate, so the two are correlated in the
/// posterior, and drawing them independently would put mass where the targets leave none. A draw
/// takes a normal vector z with the stated correlation (`z = L ε`, `L` the Cholesky factor) and
/// maps each component through its marginal, `xᵢ = Fᵢ⁻¹(Φ(zᵢ))`.
///
/// Why a Gaussian copula rather than a multivariate normal on a stated scale: the copula keeps
/// each marginal exactly as the file states it (a beta for a probability, a lognormal for a
/// ratio, each with its mean and interval), whatever the dependence; a multivariate normal on a
/// log or logit scale would force logit-normal marginals, which no scenario family expresses, and
/// tie the marginal's shape to the dependence model. The correlation is that of the normal scores
/// Φ⁻¹(Fᵢ(xᵢ)), which rank-based normal scores of a posterior sample estimate efficiently
/// (Klaassen and Wellner 1997, Bernoulli 3(1), 55-77); the construction is the one Clemen and
/// Reilly (1999, Management Science 45(2), 208-224) recommend for decision models.
public struct JointParameterDistribution: Sendable, Equatable {
  /// The parameters' paths, in the order of the marginals and the correlation's rows.
  public var paths: [String]
  public var marginals: [ParameterDistribution]
  /// The correlation of the normal scores: symmetric, unit diagonal, positive definite.
  public var correlation: [[Double]]
  let factor: Cholesky

  /// - Precondition: One marginal and one row per path, every marginal valid, and a correlation
  ///   matrix that is positive definite (the scenario reader checks each before this is built).
  public init(
    paths: [String], marginals: [ParameterDistribution], correlation: [[Double]]
  ) {
    precondition(
      marginals.count == paths.count && correlation.count == paths.count,
      "one marginal and one correlation row per path")
    precondition(marginals.allSatisfy { $0.invalidReason == nil }, "valid marginals")
    guard let factor = Cholesky(correlation) else {
      preconditionFailure("the correlation must be positive definite, got \(correlation)")
    }
    self.paths = paths
    self.marginals = marginals
    self.correlation = correlation
    self.factor = factor
  }

  /// One joint draw, in the order of ``paths``.
  ///
  /// Consumes two generator words per parameter (the Box-Muller normals), whatever the
  /// marginals.
  public func sample(using generator: inout some RandomNumberGenerator) -> [Double] {
    let standard = ParameterDistribution.normal(mean: 0, standardDeviation: 1)
    let independent = marginals.map { _ in standard.sample(using: &generator) }
    return zip(marginals, factor.times(independent)).map { $0.value(atNormalScore: $1) }
  }
}
