import CareSimCore
import Testing

@testable import CareSimCore

/// The uncertainty of fitted values: known values recovered within it, its spread matching that
/// of fits on other replications, and the same bits on any number of threads.
@Suite struct CalibrationUncertaintyTests {
  typealias Setup = CalibrationTests

  /// The recovery scenario of ``CalibrationTests`` over 24 months rather than 36, so that the
  /// several fits below cost what one did: women die with `point[0]` a month, men at `point[1]`
  /// times that.
  static func mortality(_ point: [Double]) -> Simulation {
    var parameters = TestScenarios.mortality(
      deathProbability: point[0], residents: 100, months: 24)
    parameters.covariates.male = HazardRatios(progression: 1, admission: 1, death: point[1])
    return Simulation(parameters: parameters)
  }

  /// A recovery at one pair of seeds: targets measured at the truth on the replications of seed
  /// `targets` (with their jackknife standard errors, as national figures come with theirs),
  /// fitted from the centre of the boxes and their posterior found on the replications of seed
  /// `fit`.
  static func recover(targets targetSeed: UInt64, fit fitSeed: UInt64) throws
    -> CalibrationPosterior
  {
    let placeholders = Setup.measures.map { measure in
      CalibrationTarget(
        id: "m", label: "m", measure: measure, value: 0, standardError: 1, use: .fit,
        source: "test")
    }
    let atTruth = Calibration.measure(
      placeholders, in: mortality(Setup.truth), seed: targetSeed,
      replications: Setup.replications, threads: 1)
    let targets = zip(Setup.measures, atTruth).map { measure, fit in
      CalibrationTarget(
        id: "at truth", label: "at truth", measure: measure, value: fit.modelValue,
        standardError: fit.modelStandardError, use: .fit, source: "the truth")
    }
    let calibration = Calibration(
      parameters: Setup.parameters, targets: targets, seed: fitSeed,
      replications: Setup.replications, threads: 1,
      stopping: Calibration.stopping(maximumEvaluations: 200))
    let fit = try calibration.fit(mortality)
    return try calibration.posterior(of: fit, draws: 200, mortality)
  }

  /// Four pairs of seeds, each pair's targets and fit on replications of their own; the pairs
  /// run side by side, one thread each.
  static let seedPairs: [(targets: UInt64, fit: UInt64)] = [(11, 29), (12, 30), (13, 31), (14, 32)]

  static let recoveries = Result {
    try concurrentMap(seedPairs.count, threads: 2) { index in
      Result { try recover(targets: seedPairs[index].targets, fit: seedPairs[index].fit) }
    }.map { try $0.get() }
  }

  /// Each true value lies within its posterior, and the importance resample is what is reported.
  ///
  /// Tolerance: 4 pairs × 2 parameters = 8 comparisons at a family-wise 1%, two-sided, so
  /// |mean − truth| ≤ 3.23 posterior standard deviations (Bonferroni, Φ⁻¹(1 − 0.01/16)). The
  /// standard deviation is itself estimated from about 150 effectively independent draws, within
  /// about 6% (1/√(2·150)), which moves the bound by as much; the seeds are fixed, so the test is
  /// deterministic.
  @Test func knownValuesLieWithinTheirPosterior() throws {
    for (pair, posterior) in zip(Self.seedPairs, try Self.recoveries.get()) {
      #expect(posterior.method == .importanceResampling, "seeds \(pair)")
      for index in 0..<2 {
        let z = (posterior.mean[index] - Setup.truth[index]) / posterior.standardDeviation[index]
        let found =
          "seeds \(pair), \(Setup.parameters[index].path): mean \(posterior.mean[index]) ± "
          + "\(posterior.standardDeviation[index]), truth \(Setup.truth[index])"
        #expect(abs(z) <= 3.23, "\(found)")
        #expect(posterior.lower[index] < posterior.mean[index])
        #expect(posterior.mean[index] < posterior.upper[index])
      }
    }
  }

  /// The reported uncertainty matches the spread of the fits around the truth.
  ///
  /// Were each posterior right, the squared Mahalanobis distance of the truth from its mean under
  /// the posterior covariance (standard deviations and correlation as reported) would be χ² with
  /// 2 degrees of freedom for each pair, independent across pairs, which run on replications of
  /// their own: their sum over 4 pairs is χ²₈. It must lie between the χ²₈ quantiles 0.005 and
  /// 0.995, 1.34 and 21.95 (a 1% test): below, the reported spread is too wide; above, too
  /// narrow. (On these pairs the eight z of the posterior means have a root mean square of 0.7.)
  @Test func theReportedSpreadMatchesTheFitsSpread() throws {
    var sum = 0.0
    for posterior in try Self.recoveries.get() {
      let sd = posterior.standardDeviation
      let rho = posterior.correlation[0][1]
      let covariance = [
        [sd[0] * sd[0], rho * sd[0] * sd[1]], [rho * sd[0] * sd[1], sd[1] * sd[1]],
      ]
      let factor = try #require(Cholesky(covariance))
      sum += factor.squaredMahalanobis(zip(posterior.mean, Setup.truth).map { $0 - $1 })
    }
    #expect(sum >= 1.34 && sum <= 21.95, "χ²₈ = \(sum)")
  }

  /// The posterior has the same bits on 1 thread and on 2: every trial point's measures do, and
  /// the draws come from the seed.
  @Test func thePosteriorIsTheSameOnOneThreadAndOnTwo() throws {
    let target = { (index: Int, value: Double) in
      CalibrationTarget(
        id: "t\(index)", label: "t", measure: Setup.measures[index], value: value,
        standardError: 0.01, use: .fit, source: "test")
    }
    let posteriors = try [1, 2].map { threads in
      let calibration = Calibration(
        parameters: Setup.parameters, targets: [target(0, 0.1), target(1, 0.13)], seed: 5,
        replications: 6, threads: threads,
        stopping: .init(maximumEvaluations: 10, objectiveTolerance: 0, pointTolerance: 0))
      let fit = try calibration.fit(Self.mortality)
      return try calibration.posterior(of: fit, draws: 20, Self.mortality)
    }
    #expect(posteriors[0] == posteriors[1])
    #expect(
      posteriors[0].evaluations
        == Calibration.posteriorEvaluations(parameters: 2, draws: 20))
  }
}
