import CareSimCharts
import CareSimCore
import Testing

/// The shortest round-trip digits of a double, and decimal rounding on them.
@Suite struct DecimalDigitsTests {
  @Test(
    arguments: [
      (123.456, false, [1, 2, 3, 4, 5, 6], 3), (0.00123, false, [1, 2, 3], -2),
      (-2.5, true, [2, 5], 1), (1200, false, [1, 2], 4), (1e300, false, [1], 301),
      (1.5e-7, false, [1, 5], -6), (5e-324, false, [5], -323), (0, false, [], 0),
      (-0.0, false, [], 0),
    ] as [(Double, Bool, [UInt8], Int)])
  func digitsAndPointOfAValue(value: Double, isNegative: Bool, digits: [UInt8], exponent: Int) {
    let decimal = DecimalDigits(value)
    #expect(decimal.isNegative == isNegative)
    #expect(decimal.digits == digits)
    #expect(decimal.exponent == exponent)
    #expect(decimal.isZero == digits.isEmpty)
  }

  /// The digits read back as the same double, for doubles of every exponent.
  @Test(arguments: [51, 52] as [UInt64])
  func digitsRoundTrip(seed: UInt64) throws {
    var generator = SplitMix64(seed: seed)
    for _ in 0..<1000 {
      let value = Double(bitPattern: generator.next())
      guard value.isFinite else { continue }
      let decimal = DecimalDigits(value)
      let text =
        (decimal.isNegative ? "-" : "") + "0." + decimal.digits.map(String.init).joined()
        + "0e\(decimal.exponent)"
      #expect(try #require(Double(text)) == value, "\(value) → \(text)")
      #expect(decimal.digits.first != 0 && decimal.digits.last != 0)
    }
  }

  /// Halves round away from zero on the decimal digits a reader sees, carries move the point,
  /// and a value that rounds to zero is not negative.
  @Test(
    arguments: [
      (2.675, 2, 2.68), (-2.5, 0, -3), (0.125, 2, 0.13), (9.995, 2, 10), (-0.004, 2, 0),
      (1234, -2, 1200), (1250, -2, 1300), (0.5, 0, 1), (0.05, 0, 0), (999.96, 1, 1000),
    ] as [(Double, Int, Double)])
  func roundingToFractionDigits(value: Double, places: Int, expected: Double) {
    #expect(DecimalDigits(value).rounded(fractionDigits: places) == DecimalDigits(expected))
  }

  @Test(
    arguments: [
      (0.012345, 3, 0.0123), (999.5, 3, 1000), (4_520_496.97, 2, 4_500_000), (-0.0666, 1, -0.07),
      (7, 5, 7),
    ] as [(Double, Int, Double)])
  func roundingToSignificantDigits(value: Double, digits: Int, expected: Double) {
    #expect(DecimalDigits(value).rounded(significantDigits: digits) == DecimalDigits(expected))
  }

  /// Scaling moves the point only, so a share of 1e308 becomes a percentage without overflow.
  @Test func scalingMovesThePoint() {
    #expect(DecimalDigits(0.815).scaled(byPowerOfTen: 2) == DecimalDigits(81.5))
    #expect(DecimalDigits(1e308).scaled(byPowerOfTen: 2).exponent == 311)
    #expect(DecimalDigits(0).scaled(byPowerOfTen: 5).isZero)
    #expect(DecimalDigits(-12.5).scaled(byPowerOfTen: -3) == DecimalDigits(-0.0125))
  }

  @Test func textOfTheIntegerAndFractionParts() {
    let value = DecimalDigits(1234.5)
    #expect(value.integerText == "1234")
    #expect(value.fractionText(count: 3) == "500")
    #expect(value.fractionText(count: 0) == "")
    #expect(value.fractionDigitCount == 1)
    let small = DecimalDigits(0.05)
    #expect(small.integerText == "0")
    #expect(small.fractionText(count: 2) == "05")
    #expect(small.fractionDigitCount == 2)
    #expect(DecimalDigits(1e20).integerText == "1" + String(repeating: "0", count: 20))
    #expect(DecimalDigits(1200).fractionDigitCount == 0)
  }
}
