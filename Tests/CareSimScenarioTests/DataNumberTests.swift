import CareSimCore
import CareSimScenario
import Foundation
import Testing

/// CSV cells and JSON numbers: 12 significant digits in their shortest form.
@Suite struct DataNumberTests {
  @Test(
    arguments: [
      (455029.00000000006, "455029"),
      // Sums over 10,000 residents whose noise sits in the 15th digit.
      (68648.1000000001, "68648.1"),
      (71.6899999999999, "71.69"),
      (40000, "40000"),
      (0, "0"),
      (-0.0, "0"),
      (0.1, "0.1"),
      (-2.5, "-2.5"),
      (123456.789, "123456.789"),
      (0.1 + 0.2, "0.3"),
      (1 / 3, "0.333333333333"),
      (0.000001, "0.000001"),
      (1e-7, "1e-7"),
      (1.5e-7, "1.5e-7"),
      (1e15, "1000000000000000"),
      (4e15, "4000000000000000"),
      (9_007_199_254_740_991, "9007199254740000"),
      (1e16, "1e16"),
      (1_000_000_000_000_000.5, "1000000000000000"),
      (1e300, "1e300"),
      (Double.greatestFiniteMagnitude, "1.79769313486e308"),
      (Double.leastNonzeroMagnitude, "5e-324"),
      (Double.nan, ""),
      (-Double.infinity, ""),
    ] as [(Double, String)])
  func writesTwelveDigitsInTheShortestForm(value: Double, expected: String) {
    #expect(DataNumber.csv(value) == expected)
  }

  /// Every finite double is written as its 12-digit rounding and reads back as exactly that:
  /// random bit patterns from a fixed seed, which cover subnormals, huge magnitudes and integers.
  @Test(arguments: [1, 2, 3] as [UInt64])
  func readsBackAsItsRounding(seed: UInt64) throws {
    var generator = SplitMix64(seed: seed)
    for _ in 0..<2000 {
      let value = Double(bitPattern: generator.next())
      guard value.isFinite else { continue }
      let text = DataNumber.csv(value)
      let rounded = try #require(DataNumber.rounded(value))
      #expect(Double(text) == rounded, "\(value) written as \(text)")
      // Within half a unit in the 12th significant digit (the difference cannot overflow: both
      // have one sign and the rounding stays finite).
      #expect(
        (rounded - value).magnitude <= value.magnitude * 5e-12, "\(value) rounded to \(rounded)")
      #expect(DataNumber.json(value) == .number(rounded))
    }
    #expect(DataNumber.json(.nan) == .null)
  }

  /// The rounding is `printf`'s, to the bit: the double nearest to `%.12g` of the value (kept as
  /// is where that would overflow), on random bit patterns, on values with 13 to 17 significant
  /// digits such as sums and means give, and on midpoints between 12-digit decimals, exact
  /// (`1234567890.125`) and within a few units in the last place of one.
  @Test(arguments: [4, 5] as [UInt64])
  func roundsAsPrintfDoes(seed: UInt64) {
    func printfRounded(_ value: Double) -> Double? {
      guard value.isFinite else { return nil }
      guard value != 0 else { return 0 }
      guard let rounded = Double(String(format: "%.12g", value)), rounded.isFinite else {
        return value
      }
      return rounded
    }
    var generator = SplitMix64(seed: seed)
    var values: [Double] = [1_234_567_890.125, -1_234_567_890.125, 0.5, 2.5e-300, 1.000000000005]
    for _ in 0..<3000 {
      values.append(Double(bitPattern: generator.next()))
      let magnitude = Double.random(in: -30...30, using: &generator)
      values.append(Double.random(in: 1...10, using: &generator) * pow(10, magnitude.rounded()))
      // A midpoint of 12-digit decimals (13 digits ending in 5) and its neighbours.
      let midpoint = Double(
        "\(UInt64.random(in: 100_000_000_000...999_999_999_999, using: &generator))5e\(Int(magnitude))"
      )!
      values += [midpoint, midpoint.nextUp, midpoint.nextDown, midpoint.nextUp.nextUp]
    }
    for value in values where value.isFinite {
      #expect(
        DataNumber.rounded(value)?.bitPattern == printfRounded(value)?.bitPattern,
        "\(value): \(String(describing: DataNumber.rounded(value))) against printf's \(String(describing: printfRounded(value)))"
      )
    }
  }
}
