import Testing

@testable import CareSimCore

@Suite struct SplitResultTests {
  /// A programme of 1,000 against savings of 600 (Wmo), 300 (Zvw) and −100 (Wlz).
  static let result = SplitResult(
    provenance: .handBuilt,
    meanCost: 1_000, meanSavings: FunderAmounts(wmo: 600, zvw: 300, wlz: -100),
    findings: [
      .init(
        parameter: nil, value: .nan, candidate: .fairShare,
        split: FunderAmounts(wmo: 2.0 / 3, zvw: 1.0 / 3), netBenefit: .zero),
      .init(
        parameter: nil, value: .nan, candidate: .allBreakEven, split: nil, netBenefit: .zero),
      .init(
        parameter: "cost", value: 2, candidate: .scenario, split: FunderAmounts(wmo: 1),
        netBenefit: .zero),
    ])

  /// Saving less share times cost.
  @Test func aPayersBalanceIsItsSavingLessItsShareOfTheCost() {
    #expect(Self.result.expectedBalance(.wmo, share: 0.5) == 100)
    #expect(Self.result.expectedBalance(.wlz, share: 0) == -100)
    #expect(Self.result.expectedBalance(.zvw, share: 0.3) == 0)
  }

  @Test func aPayerBreaksEvenAtTheShareItsSavingCovers() {
    #expect(Funder.payers.map(Self.result.breakEvenShare) == [0.6, 0.3, -0.1])
    var free = Self.result
    free.meanCost = 0
    #expect(free.breakEvenShare(.wmo).isNaN)
  }

  @Test func theBaseSplitsAreTheBasesFindings() {
    #expect(Self.result.baseSplit(.fairShare) == FunderAmounts(wmo: 2.0 / 3, zvw: 1.0 / 3))
    #expect(Self.result.baseSplit(.allBreakEven) == nil)
    // The scenario's split is a variation's, not the base's.
    #expect(Self.result.baseSplit(.scenario) == nil)
  }

  /// Savings of 600, 300 and 200 against 1,000: the Wmo breaks even up to 60%, the Zvw up to
  /// 30%, the Wlz up to 20%; with the shares making 100%, the Wmo must take at least 50%.
  @Test func everyPayerCanAcceptARangeOfSharesWhereAllBreakEven() throws {
    var result = Self.result
    result.meanSavings = FunderAmounts(wmo: 600, zvw: 300, wlz: 200)
    let wmo = try #require(result.acceptableShares(.wmo))
    #expect(abs(wmo.lowerBound - 0.5) <= 1e-12 && abs(wmo.upperBound - 0.6) <= 1e-12)
    let zvw = try #require(result.acceptableShares(.zvw))
    #expect(abs(zvw.lowerBound - 0.2) <= 1e-12 && abs(zvw.upperBound - 0.3) <= 1e-12)
    let wlz = try #require(result.acceptableShares(.wlz))
    #expect(abs(wlz.lowerBound - 0.1) <= 1e-12 && abs(wlz.upperBound - 0.2) <= 1e-12)
  }

  @Test func noPayerCanAcceptAShareWhereNotAllBreakEven() {
    // The Wlz loses whatever its share.
    #expect(Funder.payers.allSatisfy { Self.result.acceptableShares($0) == nil })
    var short = Self.result
    short.meanSavings = FunderAmounts(wmo: 500, zvw: 300, wlz: 100)
    #expect(short.acceptableShares(.wmo) == nil)
  }
}
