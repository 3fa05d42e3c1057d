import CareSimCharts
import CareSimCore
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

  /// Any value within the limit is written to within half a hundredth, with no trailing zero
  /// and never as `-0`.
  @Test(arguments: [41, 42] as [UInt64])
  func writtenValuesReadBackToAHundredth(seed: UInt64) throws {
    var generator = SplitMix64(seed: seed)
    for _ in 0..<500 {
      let magnitude = [1e-3, 1, 1e3, 1e6][Int.random(in: 0..<4, using: &generator)]
      let value = Double.random(in: -magnitude...magnitude, using: &generator)
      let text = SVGNumber.format(value)
      let read = try #require(Double(text), "\(value) → \(text)")
      #expect((read - value).magnitude <= 0.005 + 1e-9, "\(value) → \(text)")
      #expect(text != "-0" && !text.hasPrefix("-0.00"))
      if let point = text.firstIndex(of: ".") {
        let decimals = text[text.index(after: point)...]
        #expect(decimals.count <= 2 && decimals.last != "0", "\(value) → \(text)")
      }
    }
  }

  /// Halves round away from zero, symmetrically, and coordinates beyond ±10⁶ are clamped.
  @Test func halvesRoundAwayFromZeroAndFarValuesAreClamped() {
    #expect(SVGNumber.format(0.125) == "0.13")
    #expect(SVGNumber.format(-0.125) == "-0.13")
    #expect(SVGNumber.format(SVGNumber.limit * 3) == "1000000")
    #expect(SVGNumber.format(-.greatestFiniteMagnitude) == "-1000000")
    #expect(SVGNumber.format(-.infinity) == "0")
  }
}
