import CareSimCore
import CareSimIO
import Testing

/// CSV cells hold the shortest decimal that reads back as the same double.
@Suite struct CSVNumberTests {
  @Test(
    arguments: [
      (455029.00000000006, "455029.00000000006"),
      (40000, "40000"),
      (0, "0"),
      (-0.0, "0"),
      (0.1, "0.1"),
      (-2.5, "-2.5"),
      (123456.789, "123456.789"),
      (0.000001, "0.000001"),
      (1e-7, "1e-7"),
      (1.5e-7, "1.5e-7"),
      (1e15, "1000000000000000"),
      (4e15, "4000000000000000"),
      (9_007_199_254_740_991, "9007199254740991"),
      (1e16, "1e16"),
      (1_000_000_000_000_000.5, "1.0000000000000005e15"),
      (1e300, "1e300"),
      (Double.greatestFiniteMagnitude, "1.7976931348623157e308"),
      (Double.leastNonzeroMagnitude, "5e-324"),
      (Double.nan, ""),
      (-Double.infinity, ""),
    ] as [(Double, String)])
  func writesTheShortestRoundTrip(value: Double, expected: String) {
    #expect(CSVNumber.format(value) == expected)
  }

  /// Every finite double reads back as itself: random bit patterns from a fixed seed, which
  /// cover subnormals, huge magnitudes and integers alike.
  @Test(arguments: [1, 2, 3] as [UInt64])
  func roundTripsRandomBitPatterns(seed: UInt64) {
    var generator = SplitMix64(seed: seed)
    for _ in 0..<2000 {
      let value = Double(bitPattern: generator.next())
      guard value.isFinite else { continue }
      let text = CSVNumber.format(value)
      #expect(Double(text) == value, "\(value) written as \(text)")
    }
  }
}
