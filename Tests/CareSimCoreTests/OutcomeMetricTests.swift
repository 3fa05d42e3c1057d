import Testing

@testable import CareSimCore

@Suite struct OutcomeMetricTests {
  @Test func aFunderIndexesItsCostMetric() {
    for funder in Funder.allCases {
      #expect(OutcomeMetric(funder).funder == funder)
      #expect(OutcomeMetric(funder).rawValue == funder.rawValue)
    }
    #expect(OutcomeMetric.qalys.funder == nil)
    #expect(Set(OutcomeMetric.allCases.map(\.description)).count == OutcomeMetric.allCases.count)
  }
}
