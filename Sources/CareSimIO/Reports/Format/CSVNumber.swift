/// Writes numbers for CSV cells: the shortest decimal that reads back as the same double.
///
/// A CSV is read by programs (R, pandas, spreadsheets), so it keeps every bit and no more:
/// `455029.00000000006` stays as it is because a shorter decimal would be another double, while
/// `40000.0` is written `40000`. The digits are Swift's shortest round-trip `description`; only
/// the notation changes: integers below 2⁵³ without `.0`, plain notation for magnitudes in
/// [10⁻⁶, 10¹⁵], and otherwise an exponent (`1.5e-7`, `1e300`), which every CSV reader parses.
public enum CSVNumber {
  /// The CSV text of `value`: the shortest round-trip decimal; empty for NaN and infinities.
  ///
  /// Negative zero is written `0`: it equals zero, and spreadsheets would show `-0`.
  public static func format(_ value: Double) -> String {
    guard value.isFinite else { return "" }
    let digits = DecimalDigits(value)
    guard !digits.isZero else { return "0" }
    let sign = digits.isNegative ? "-" : ""
    let magnitude = value.magnitude
    let isIntegral = digits.exponent >= digits.digits.count
    if isIntegral && magnitude < 9_007_199_254_740_992 {  // 2^53: every integer below is exact
      return sign + digits.integerText
    }
    if magnitude >= 1e-6 && magnitude <= 1e15 {
      let fraction = digits.fractionText(count: digits.fractionDigitCount)
      return sign + digits.integerText + (fraction.isEmpty ? "" : "." + fraction)
    }
    // d.ddd…e±x: the first digit, the rest after a point, and the power of ten.
    let first = String(digits.digits[0])
    let rest = digits.digits.dropFirst().map(String.init).joined()
    return sign + first + (rest.isEmpty ? "" : "." + rest) + "e\(digits.exponent - 1)"
  }
}
