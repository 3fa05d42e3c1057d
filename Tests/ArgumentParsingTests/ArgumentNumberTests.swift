import Testing

@testable import ArgumentParsing

/// Bounds as help and errors write them.
@Suite struct ArgumentNumberTests {
  @Test(
    arguments: [
      (0.5, "0.5"), (0.035, "0.035"), (-0.5, "-0.5"), (1e-12, "1e-12"),
      // Whole numbers below ten million have no fraction.
      (1000, "1000"), (0, "0"), (-0.0, "0"), (-3, "-3"), (9_999_999, "9999999"),
      (-9_999_999, "-9999999"),
      // From ten million on, a whole number is written as Swift describes a Double: with `.0`
      // below 1e16 (the break-even help shows its bounds so) and with an exponent from there.
      (1e7, "10000000.0"), (1e15, "1000000000000000.0"), (-1e15, "-1000000000000000.0"),
      (1e16, "1e+16"),
      (10_000_000.5, "10000000.5"),
    ] as [(Double, String)])
  func writesWholeNumbersBelowTenMillionWithoutAFraction(value: Double, expected: String) {
    #expect(ArgumentNumber.text(value) == expected)
  }
}
