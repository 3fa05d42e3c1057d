import Testing

@testable import CareSimCore

@Suite struct ReplicationOutcomeTests {
  @Test func totalsSumMonthsWithTheirWeights() {
    var outcome = ReplicationOutcome(months: 3)
    for month in 0..<3 { outcome[.intervention, month, .wlz] = Double(month + 1) }
    #expect(outcome.total(.intervention, .wlz) == 6)
    #expect(outcome.total(.intervention, .wlz, weights: [1, 0.5, 0.25]) == 2.75)
    #expect(outcome.total(.intervention, .wlz, months: 1..<3) == 5)
    #expect(outcome.total(.control, .wlz) == 0)
  }
}
