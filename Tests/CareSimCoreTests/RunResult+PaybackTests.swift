import Testing

@testable import CareSimCore

@Suite struct RunResultPaybackTests {
  let result = RunResultTests.result()

  /// Month by month: the saving less the share of the month's programme cost, discounted
  /// (the third month by half), summed.
  @Test func theCumulativeNetBenefitSumsEachMonthsDiscountedBalance() {
    // Wmo: 10 - 15, then 20, then 30 at half.
    #expect(result.cumulativeNetBenefit(.wmo) == [-5, 15, 30])
    // Zvw: 0 - 15, then 5, then 5 at half.
    #expect(result.cumulativeNetBenefit(.zvw) == [-15, -10, -7.5])
    #expect(result.cumulativeNetBenefit(.wlz) == [0, 0, 0])
    #expect(result.cumulativeNetBenefit(.informal) == [1, 0, 1])
    // Society: every saving (11, 24, 37) less the programme's 30 in the first month.
    #expect(result.cumulativeNetBenefit(.society) == [-19, 5, 23.5])
  }

  @Test func thePaybackMonthIsWhereTheBalanceStaysAtOrAboveZero() {
    #expect(result.paybackMonth(.wmo) == 2)
    #expect(result.paybackMonth(.zvw) == nil)
    #expect(result.paybackMonth(.wlz) == 0)
    #expect(result.paybackMonth(.society) == 2)
  }

  @Test func thePaybackMonthOfABalance() {
    #expect(RunResult.paybackMonth(of: [-3, -1, 0, 2, 5]) == 3)
    #expect(RunResult.paybackMonth(of: [-3, 1, -1, 2]) == 4)
    #expect(RunResult.paybackMonth(of: [1, 2]) == 0)
    #expect(RunResult.paybackMonth(of: [-1, -2]) == nil)
  }
}
