import Testing

@testable import CareSimCore

@Suite struct SweepResultTests {
  /// A parameter whose ends give society and the Wmo the net benefits given.
  static func parameter(
    _ name: String, society: (Double, Double), wmo: (Double, Double)
  ) -> SweepResult.Parameter {
    SweepResult.Parameter(
      name: name, low: 0, high: 1, netBenefitAtLow: [.society: society.0, .wmo: wmo.0],
      netBenefitAtHigh: [.society: society.1, .wmo: wmo.1],
      societySwing: abs(society.1 - society.0))
  }

  static let result = SweepResult(
    provenance: .handBuilt,
    base: [.society: 2, .wmo: -1],
    parameters: [
      parameter("a", society: (0, 10), wmo: (5, 4)),
      parameter("b", society: (-5, 3), wmo: (0, -10)),
      parameter("c", society: (10, 0), wmo: (0, 0)),
    ],
    points: [[.society: 1, .wmo: -1, .zvw: 0], [.society: 3, .wmo: -2, .zvw: 1]])

  /// Society's swings are 10, 8 and 10, the Wmo's 1, 10 and 0; equal swings keep their order.
  @Test func eachPerspectiveRanksTheParametersByItsOwnSwing() {
    #expect(Self.result.ranked(by: .society).map(\.name) == ["a", "c", "b"])
    #expect(Self.result.ranked(by: .wmo).map(\.name) == ["b", "a", "c"])
    #expect(Self.result.parameters[1].swing(for: .wmo) == 10)
    #expect(Self.result.parameters[0].netBenefit(atHigh: .zvw).isNaN)
  }

  @Test func aPerspectiveLosesOrGainsEverywhereOnlyIfAtEveryPoint() {
    #expect(Self.result.losesEverywhere(.wmo))
    #expect(!Self.result.gainsEverywhere(.wmo))
    #expect(Self.result.gainsEverywhere(.society))
    #expect(!Self.result.losesEverywhere(.zvw) && !Self.result.gainsEverywhere(.zvw))
    #expect(Self.result.baseNetBenefit(.society) == 2)
    #expect(Self.result.baseNetBenefit(.informal).isNaN)
  }
}
