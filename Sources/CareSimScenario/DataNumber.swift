import CareSimCharts
import Foundation
import JSON5

/// Numbers as the CSV and JSON files write them: the same text in both, free of binary noise.
///
/// A total summed over thousands of resident-months carries rounding noise in its last bits
/// (`455029.00000000006`), which a reader takes for a real figure. A double holds 15 significant
/// decimal digits reliably (DBL_DIG, C11 §5.2.4.2.2), but a sum of n terms loses up to log₁₀ n of
/// them (a month's total over 10,000 residents shows noise in its 15th digit: `68648.1000000001`).
/// Values are therefore rounded to 12 significant digits, which leaves room for sums of up to a
/// thousand million terms, and written in the shortest form that reads back to that rounded
/// value: `455029`, `0.85`, `68648.1`, `40000` (not `40000.0`). A value that does not exist (a
/// ratio without cost) is an empty CSV cell and a JSON `null`.
public enum DataNumber {
  /// The significant digits every data file keeps (see the type's comment).
  public static let significantDigits = 12

  /// The value rounded to 12 significant digits (the double nearest to `printf`'s `%.12g` of
  /// it); nil when it is not finite.
  ///
  /// Most values are settled on their shortest round-trip digits (``DecimalDigits``), which cost a
  /// fraction of `printf` and a parse. The shortest digits lie within half a unit in the last
  /// place of the value, about 10⁻¹⁶ of it, far inside the 10⁻¹² between 12-digit decimals: with at
  /// most 12 digits they are the value's 12-digit rounding already, and with more they round to 12
  /// as the exact value does, unless a midpoint between 12-digit decimals lies between the two.
  /// Such a midpoint has 13 digits ending in 5 and reads back as the value, so it would be the
  /// shortest digits themselves: that one case goes to `printf`, which rounds the exact binary
  /// value.
  public static func rounded(_ value: Double) -> Double? { rounding(value)?.value }

  /// ``rounded(_:)`` and the shortest digits of the rounded value, which ``csv(_:)`` writes: a
  /// value already at 12 digits or fewer keeps the digits it was settled on.
  private static func rounding(_ value: Double) -> (value: Double, digits: DecimalDigits)? {
    guard value.isFinite else { return nil }
    guard value != 0 else { return (0, DecimalDigits(0)) }
    let shortest = DecimalDigits(value)
    let count = shortest.digits.count
    if count <= significantDigits { return (value, shortest) }
    let text =
      count == significantDigits + 1 && shortest.digits[significantDigits] == 5
      ? String(format: "%.\(significantDigits)g", value)
      : shortest.rounded(significantDigits: significantDigits).scientificText
    // Near the largest double the rounding can reach infinity; such a value keeps its digits.
    guard let rounded = Double(text), rounded.isFinite else { return (value, shortest) }
    return (rounded, DecimalDigits(rounded))
  }

  /// The CSV cell for a value: the shortest text of its 12-digit rounding, or empty.
  ///
  /// Integers below 2⁵³ are written without `.0`, magnitudes in [10⁻⁶, 10¹⁵] in plain notation,
  /// others with an exponent (`1.5e-7`, `1e300`), which every CSV reader parses. Negative zero is
  /// written `0`: it equals zero, and spreadsheets would show `-0`.
  public static func csv(_ value: Double) -> String {
    guard let (rounded, digits) = rounding(value) else { return "" }
    guard !digits.isZero else { return "0" }
    let sign = digits.isNegative ? "-" : ""
    let magnitude = rounded.magnitude
    let isIntegral = digits.exponent >= digits.digits.count
    if isIntegral && magnitude < 9_007_199_254_740_992 {  // 2^53: every integer below is exact
      return sign + digits.integerText
    }
    if magnitude >= 1e-6 && magnitude <= 1e15 {
      let fraction = digits.fractionText(count: digits.fractionDigitCount)
      return sign + digits.integerText + (fraction.isEmpty ? "" : "." + fraction)
    }
    // d.ddd…e±x: the first digit, the rest after a point, and the power of ten.
    return digits.scientificText
  }

  /// The JSON value for a number: its 12-digit rounding, or null.
  public static func json(_ value: Double) -> JSONValue {
    rounded(value).map(JSONValue.number) ?? .null
  }
}
