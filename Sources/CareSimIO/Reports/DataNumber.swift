import Foundation

/// Numbers as the CSV and JSON files write them: the same text in both, free of binary noise.
///
/// A total summed over thousands of resident-months carries rounding noise in its last bits
/// (`455029.00000000006`), which a reader takes for a real figure. A double holds 15 significant
/// decimal digits reliably (DBL_DIG, C11 §5.2.4.2.2), so values are rounded to 15 significant digits
/// and written in the shortest form that reads back to that rounded value: `455029`, `0.85`,
/// `40000` (not `40000.0`). A value that does not exist (a ratio without cost) is an empty CSV cell
/// and a JSON `null`.
public enum DataNumber {
  /// The value rounded to 15 significant digits; nil when it is not finite.
  public static func rounded(_ value: Double) -> Double? {
    guard value.isFinite else { return nil }
    guard value != 0 else { return 0 }
    return Double(String(format: "%.15g", value)) ?? value
  }

  /// The CSV cell for a value: the shortest text of its 15-digit rounding, or empty.
  public static func csv(_ value: Double) -> String {
    guard let rounded = rounded(value) else { return "" }
    if rounded == rounded.rounded(), abs(rounded) < 9_007_199_254_740_992 {
      return String(Int64(rounded))
    }
    return "\(rounded)"
  }

  /// The JSON value for a number: its 15-digit rounding, or null.
  public static func json(_ value: Double) -> JSONValue {
    rounded(value).map(JSONValue.number) ?? .null
  }
}
