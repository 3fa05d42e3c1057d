import Testing

@testable import CareSimCore

@Suite struct PSAResultTests {
  /// Four sets: QALYs and society's net benefit chosen so that the plane's means and the sets
  /// below each line can be counted by hand.
  static let result = PSAResult(
    provenance: .handBuilt,
    samples: [
      .init(qalyGain: 0.5, societyNetBenefit: -20_000),
      .init(qalyGain: 1, societyNetBenefit: -30_000),
      .init(qalyGain: 0, societyNetBenefit: 1_000),
      .init(qalyGain: -0.5, societyNetBenefit: -10_000),
    ],
    spreads: [],
    acceptability: [
      .init(willingnessToPay: 0, probability: 0.25),
      .init(willingnessToPay: 20_000, probability: 0.25),
      .init(willingnessToPay: 40_000, probability: 0.5),
      .init(willingnessToPay: 50_000, probability: 0.75),
      .init(willingnessToPay: 60_000, probability: 0.75),
      .init(willingnessToPay: 80_000, probability: 1),
    ],
    meanWithinSampleStandardError: 100, offCentre: [])

  /// The plane's cost is minus society's net benefit: (20,000 + 30,000 − 1,000 + 10,000) / 4.
  @Test func thePlanesMeanIsTheMeanOfItsSets() {
    let mean = Self.result.planeMean
    #expect(mean.qalyGain == 0.25)
    #expect(mean.cost == 14_750)
    #expect(Self.result.plane[2] == .init(qalyGain: 0, cost: -1_000))
  }

  /// Below the line of a price: the cost is less than the QALYs' worth at it.
  @Test func theSetsBelowALineCostLessThanTheirQALYsAreWorth() {
    // At 50,000: 20,000 < 25,000, 30,000 < 50,000, −1,000 < 0; 10,000 < −25,000 is not.
    #expect(Self.result.setsCostEffective(atWillingnessToPay: 50_000) == 3)
    // At 20,000: 20,000 < 10,000 is not, 30,000 < 20,000 is not.
    #expect(Self.result.setsCostEffective(atWillingnessToPay: 20_000) == 1)
  }

  @Test func theCurveIsReadAtTheReferenceValues() {
    #expect(QALYReferenceValue.allCases.map(\.euros) == [20_000, 50_000, 80_000])
    #expect(
      QALYReferenceValue.allCases.map(Self.result.probabilityCostEffective(at:))
        == [0.25, 0.75, 1])
    #expect(Self.result.probabilityCostEffective(atWillingnessToPay: 0) == 0.25)
  }

  /// Between two points the curve is the line between them; outside it there is no value.
  @Test func betweenItsPointsTheCurveIsTheLineBetweenThem() {
    #expect(Self.result.probabilityCostEffective(atWillingnessToPay: 30_000) == 0.375)
    #expect(Self.result.probabilityCostEffective(atWillingnessToPay: 45_000) == 0.625)
    #expect(Self.result.probabilityCostEffective(atWillingnessToPay: 90_000).isNaN)
    #expect(Self.result.probabilityCostEffective(atWillingnessToPay: -1).isNaN)
  }
}
