import CareSimCharts
import Testing

/// An axis's label with its unit, and the range it covers for its values.
@Suite struct ChartAxisTests {
  @Test(
    arguments: [
      ("Net benefit", "€ per resident", "Net benefit (€ per resident)"), ("Month", nil, "Month"),
      ("Month", "", "Month"), ("", "EQ-5D utility", "EQ-5D utility"), ("", nil, ""),
    ] as [(String, String?, String)])
  func labelsCarryTheirUnit(title: String, unit: String?, expected: String) {
    #expect(ChartAxis(title, unit: unit).label == expected)
  }

  /// Non-finite values are left out; with none left there is no extent.
  @Test func extentOfTheFiniteValues() throws {
    let axis = ChartAxis("v")
    let extent = try #require(axis.extent(of: [3, .nan, -2, .infinity, 7]))
    #expect(extent.lower == -2 && extent.upper == 7 && !extent.fixed)
    #expect(axis.extent(of: []) == nil)
    #expect(axis.extent(of: [.nan, -.infinity]) == nil)
    let one = try #require(axis.extent(of: [5]))
    #expect(one.lower == 5 && one.upper == 5)
  }

  /// Zero is added when asked, on whichever side it lies; alone it is the whole extent.
  @Test func extentWithZero() throws {
    let axis = ChartAxis("Cost", includesZero: true)
    let positive = try #require(axis.extent(of: [3, 5]))
    #expect(positive.lower == 0 && positive.upper == 5)
    let negative = try #require(axis.extent(of: [-2, -1]))
    #expect(negative.lower == -2 && negative.upper == 0)
    let nothing = try #require(axis.extent(of: [.nan]))
    #expect(nothing.lower == 0 && nothing.upper == 0)
  }

  /// A fixed domain wins over the values and over zero.
  @Test func aDomainIsFixed() throws {
    let axis = ChartAxis("Share", format: .percent, domain: 0.2...0.8, includesZero: true)
    let extent = try #require(axis.extent(of: [-5, 12]))
    #expect(extent.lower == 0.2 && extent.upper == 0.8 && extent.fixed)
    #expect(axis.extent(of: [])?.fixed == true)
  }

  @Test func pointsAreFiniteOnlyWithBothCoordinates() {
    #expect(ChartPoint(x: 1, y: -2).isFinite)
    #expect(!ChartPoint(x: .nan, y: 2).isFinite)
    #expect(!ChartPoint(x: 1, y: .infinity).isFinite)
  }
}
