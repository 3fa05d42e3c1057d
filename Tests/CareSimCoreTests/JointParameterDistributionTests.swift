import CareSimCore
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#elseif canImport(ucrt)
import ucrt
#endif

/// Joint draws through a Gaussian copula keep each marginal and the stated correlation.
@Suite struct JointParameterDistributionTests {
  /// Marginals a calibration writes: a monthly death probability (a beta with a tiny mean), a
  /// hazard ratio (a lognormal) and a utility (a beta near 1); correlations of both signs.
  static let joint = JointParameterDistribution(
    paths: ["transitions.independent.dead", "covariates.male.death", "needLevels.0.utility"],
    marginals: [
      .beta(alpha: 44.4, beta: 222_000), .lognormal(mu: 0.39, sigma: 0.05),
      .beta(alpha: 180, beta: 4),
    ],
    correlation: [[1, -0.6, 0.3], [-0.6, 1, 0.1], [0.3, 0.1, 1]])

  static let count = 4_000

  static func draws(seed: UInt64) -> [[Double]] {
    (0..<count).map { sample in
      ParameterSample.draw([], joint: joint, seed: seed, sample: sample).map(\.value)
    }
  }

  /// The draws' normal-score correlations match the stated ones, and each marginal keeps its
  /// mean.
  ///
  /// Tolerances: Fisher's z of a correlation of n normal pairs, atanh r, has standard error
  /// 1/√(n − 3); normal scores of ranks are fully efficient for a Gaussian copula (Klaassen and
  /// Wellner 1997), so the same error applies to them up to terms of order 1/n. A mean's standard
  /// error is the marginal's σ/√n. Each seed makes 3 correlation and 3 mean comparisons, 12 in
  /// all, at z = 4 (two-sided 6e-5 each, under 1e-3 for the family); the seeds are fixed, so a
  /// pass is reproducible and a failure names its seed.
  @Test(arguments: [1, 20_261_201] as [UInt64])
  func drawsKeepTheCorrelationAndTheMarginalMeans(seed: UInt64) {
    let sets = Self.draws(seed: seed)
    let columns = (0..<3).map { index in sets.map { $0[index] } }
    let correlation = NormalScores.correlation(columns)
    let n = Double(Self.count)
    let z = 4.0
    for i in 0..<3 {
      for j in 0..<i {
        let stated = Self.joint.correlation[i][j]
        let distance = (atanh(correlation[i][j]) - atanh(stated)) * (n - 3).squareRoot()
        #expect(abs(distance) <= z, "ρ\(i)\(j): \(correlation[i][j]) against \(stated)")
      }
      let marginal = Self.joint.marginals[i]
      let mean = columns[i].reduce(0, +) / n
      let distance = (mean - marginal.mean) / (marginal.variance / n).squareRoot()
      #expect(abs(distance) <= z, "\(Self.joint.paths[i]): mean \(mean) against \(marginal.mean)")
    }
  }

  /// The independent parameters draw what they drew without a joint group, and the joint group
  /// follows them; a correlation of the identity draws each marginal alone.
  @Test func independentDrawsAreUnchangedByAJointGroup() {
    let alone: [(path: String, distribution: ParameterDistribution)] = [
      ("a", .uniform(low: 0, high: 1)), ("b", .gamma(shape: 2, scale: 3)),
    ]
    for sample in 0..<20 {
      let without = ParameterSample.draw(alone, seed: 5, sample: sample)
      let with = ParameterSample.draw(alone, joint: Self.joint, seed: 5, sample: sample)
      #expect(with.map(\.path) == ["a", "b"] + Self.joint.paths)
      #expect(Array(with.prefix(2).map(\.value)) == without.map(\.value))
    }
  }
}
