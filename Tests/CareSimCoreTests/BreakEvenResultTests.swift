import Testing

@testable import CareSimCore

@Suite struct BreakEvenResultTests {
  static let result = BreakEvenResult(
    provenance: .handBuilt,
    parameter: "intervention.fixedCostPerYear", perspective: .wmo, current: 10,
    outcome: .root(value: 15, lower95: 12, upper95: 18),
    probes: [
      .init(value: 20, netBenefit: -100, standardError: 50),
      .init(value: 0, netBenefit: 300, standardError: 100),
      .init(value: 10, netBenefit: 100, standardError: 0),
    ])

  @Test func theProbesAreDrawnFromTheLowestValue() {
    #expect(Self.result.probesByValue.map(\.value) == [0, 10, 20])
  }

  /// ±1.96 standard errors: 196 either side of 300, 98 of −100, none without error.
  @Test func aProbesIntervalIsAboutTwoStandardErrorsWide() {
    let probes = Self.result.probesByValue
    #expect(probes.map(\.lower95) == [104, 100, -198])
    #expect(probes.map(\.upper95) == [496, 100, -2])
  }
}
