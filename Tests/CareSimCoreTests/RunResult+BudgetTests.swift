import Testing

@testable import CareSimCore

@Suite struct RunResultBudgetTests {
  /// Fourteen months of 10 without and 8 with: a whole year and two months.
  @Test func theBudgetSumsEachYearAndCarriesTheDifference() throws {
    let months = 14
    let result = RunResultTests.result(
      months: months,
      costs: [
        .control: [.wmo: Array(repeating: 10, count: months)],
        .intervention: [.wmo: Array(repeating: 8, count: months)],
      ])
    let budget = try #require(result.budget(.wmo))
    #expect(
      budget == [
        .init(without: 120, with: 96, difference: -24, cumulative: -24),
        .init(without: 20, with: 16, difference: -4, cumulative: -28),
      ])
    #expect(result.budget(.zvw) == nil)
  }
}
