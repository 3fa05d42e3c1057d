import CareSimCharts
import Testing

/// Coordinates written with at most two decimals, the same bytes on every machine.
@Suite struct SVGNumberTests {
  @Test(
    arguments: [
      (12.5, "12.5"), (3, "3"), (-0.004, "0"), (-0.25, "-0.25"), (0.1, "0.1"), (0.05, "0.05"),
      (99.999, "100"), (1e9, "1000000"), (-1e9, "-1000000"), (.nan, "0"), (.infinity, "0"),
    ] as [(Double, String)])
  func coordinatesHaveAtMostTwoDecimals(value: Double, expected: String) {
    #expect(SVGNumber.format(value) == expected)
  }
}
