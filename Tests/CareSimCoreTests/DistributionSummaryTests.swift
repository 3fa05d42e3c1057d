import CareSimCore
import Testing

/// The spread of one quantity across replications.
@Suite struct DistributionSummaryTests {
  /// A count's percentiles are whole counts; its mean and standard error keep their fraction.
  @Test func aCountsPercentilesAreWholeCounts() {
    let estimate = DistributionSummary(
      mean: 999.9, standardError: 0.12, p5: 999.742510954567, p50: 0.0000955276756009194,
      p95: 1002.4)
    let counts = estimate.percentilesAsWholeCounts()
    #expect(counts.p5 == 1000 && counts.p50 == 0 && counts.p95 == 1002)
    #expect(counts.mean == 999.9 && counts.standardError == 0.12)
  }
}
