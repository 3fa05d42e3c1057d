import Testing

@testable import CareSimReports

/// Numbers in terminal tables: one style, thousands separated in amounts and decimals alike.
@Suite struct TextTableTests {
  @Test(
    arguments: [
      (7516.44, 1, "7,516.4"), (-1_234_567.891, 2, "-1,234,567.89"), (83.2, 1, "83.2"),
      (999.96, 1, "1,000.0"), (-0.001, 2, "0.00"), (12.72, 2, "12.72"), (1500, 0, "1,500"),
    ] as [(Double, Int, String)])
  func decimalsSeparateThousands(value: Double, places: Int, expected: String) {
    #expect(ReportFormat.decimal(value, places: places) == expected)
  }
}
