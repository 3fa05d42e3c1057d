import Testing

@testable import CareSimCore

@Suite struct RunResultMonthlyTests {
  let result = RunResultTests.result()

  @Test func aFunderWithoutCostInEitherArmHasNoMonthlyLine() {
    #expect(result.monthlyCost(.wlz) == nil)
    #expect(result.monthlyCost(.wmo)?.intervention.mean == [90, 80, 70])
  }

  /// The first month from which the programme's arm costs less in every month.
  @Test func theArmWithTheProgrammeIsCheaperFromAMonth() {
    #expect(result.cheaperFrom(.wmo) == 1)
    // Equal in the first month, lower after.
    #expect(result.cheaperFrom(.zvw) == 2)
    // Higher in the second month, lower in the third.
    #expect(result.cheaperFrom(.informal) == 3)
    #expect(result.cheaperFrom(.intervention) == nil)
    #expect(result.monthsCostingMore(.informal) == 1)
    #expect(result.monthsCostingMore(.intervention) == 1)
  }

  /// 30 in a quarter of a year is 120 a year.
  @Test func theProgrammeCostsItsMonthlySumOverTheYears() {
    #expect(result.programmeCostPerYear == 120)
  }
}
