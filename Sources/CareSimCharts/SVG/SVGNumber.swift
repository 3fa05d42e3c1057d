/// Writes SVG coordinates: at most two decimals, no trailing zeros, never `-0`.
///
/// A hundredth of a user unit is far below a device pixel at any zoom a report is read at, and
/// fixed rounding gives the same bytes on every machine, which the golden files rely on.
package enum SVGNumber {
  /// Coordinates are clamped to ±10⁶, far outside any viewBox, so the conversion to `Int` below
  /// cannot trap; a non-finite coordinate (a bug upstream) is written as 0.
  package static let limit = 1e6

  /// `value` rounded to hundredths: `12.5`, `3`, `-0.25`.
  package static func format(_ value: Double) -> String {
    guard value.isFinite else { return "0" }
    let hundredths = Int((min(max(value, -limit), limit) * 100).rounded())
    guard hundredths != 0 else { return "0" }
    let magnitude = hundredths.magnitude
    let whole = magnitude / 100
    let fraction = magnitude % 100
    var text = (hundredths < 0 ? "-" : "") + String(whole)
    if fraction != 0 {
      text +=
        fraction % 10 == 0
        ? ".\(fraction / 10)" : (fraction < 10 ? ".0\(fraction)" : ".\(fraction)")
    }
    return text
  }
}
