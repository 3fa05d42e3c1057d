/// Estimates how much room a label takes, so layout can keep labels apart without a browser.
///
/// SVG cannot measure text before it is drawn, so the layout uses the advance widths of DejaVu
/// Sans (regular and bold, read from the font's `hmtx` table), the fallback sans-serif font on
/// Linux and one of the widest common sans-serif faces: Arial, Helvetica, Segoe UI, Roboto and
/// San Francisco all set the same text narrower, so an estimate from DejaVu is an upper bound in
/// practice and labels laid out with it do not collide in those fonts either. Characters outside
/// the table count as a full em. The browser check (`Tests/browser/check-pages.py`) measures the
/// real boxes.
package enum TextMetrics {
  /// The height above the baseline of a text box, as a fraction of the font size (DejaVu Sans
  /// `hhea` ascender 0.928, rounded up).
  package static let ascent = 0.93
  /// The depth below the baseline of a text box, as a fraction of the font size (DejaVu Sans
  /// `hhea` descender 0.236, rounded up).
  package static let descent = 0.24

  /// The width of `text` set at `size`, in user units.
  package static func width(_ text: String, size: Double, bold: Bool = false) -> Double {
    var ems = 0.0
    for scalar in text.unicodeScalars { ems += advance(of: scalar, bold: bold) }
    return ems * size
  }

  /// The box of `text` with its baseline at `y` and anchored at `x`.
  package static func box(
    _ text: String, x: Double, y: Double, size: Double, anchor: TextAnchor, bold: Bool = false
  ) -> ChartRect {
    let width = width(text, size: size, bold: bold)
    let left =
      switch anchor {
      case .start: x
      case .middle: x - width / 2
      case .end: x - width
      }
    return ChartRect(x: left, y: y - ascent * size, width: width, height: lineHeight(size))
  }

  /// The height of a text box of `size`, from its ascent to its descent.
  package static func lineHeight(_ size: Double) -> Double { (ascent + descent) * size }

  /// The baseline that centres a line of text of `size` on `y`.
  package static func baseline(centredOn y: Double, size: Double) -> Double {
    y + (ascent - descent) / 2 * size
  }

  /// `text` cut to fit `maxWidth`, ending in an ellipsis when cut.
  package static func truncated(
    _ text: String, maxWidth: Double, size: Double, bold: Bool = false
  ) -> String {
    guard width(text, size: size, bold: bold) > maxWidth else { return text }
    var kept = ""
    var used = advance(of: "…", bold: bold) * size
    for character in text {
      let next = width(String(character), size: size, bold: bold)
      if used + next > maxWidth { break }
      kept.append(character)
      used += next
    }
    while kept.last == " " { kept.removeLast() }
    return kept + "…"
  }

  /// `text` broken at spaces into lines no wider than `maxWidth`; beyond `maxLines` the last
  /// line is cut with an ellipsis, and so is a single word too long for a line.
  package static func wrapped(
    _ text: String, maxWidth: Double, size: Double, bold: Bool = false, maxLines: Int
  ) -> [String] {
    var lines: [String] = []
    var current = ""
    for word in text.split(separator: " ", omittingEmptySubsequences: true).map(String.init) {
      let candidate = current.isEmpty ? word : current + " " + word
      if width(candidate, size: size, bold: bold) <= maxWidth || current.isEmpty {
        current = candidate
      } else {
        lines.append(current)
        current = word
      }
    }
    if !current.isEmpty || lines.isEmpty { lines.append(current) }
    if lines.count > maxLines {
      let rest = lines[(maxLines - 1)...].joined(separator: " ")
      lines = Array(lines[..<(maxLines - 1)]) + [rest]
    }
    return lines.map { truncated($0, maxWidth: maxWidth, size: size, bold: bold) }
  }

  /// The advance width of one character in ems.
  private static func advance(of scalar: Unicode.Scalar, bold: Bool) -> Double {
    let value = scalar.value
    if value >= 32 && value < 127 {
      let index = Int(value - 32)
      return (bold ? boldASCII : regularASCII)[index]
    }
    switch scalar {
    case "\u{00A0}": return bold ? 0.348 : 0.318
    case "€": return bold ? 0.696 : 0.636
    case "−", "×", "+": return 0.838
    case "–": return 0.5
    case "—", "…": return 1.0
    case "°": return 0.5
    case "·": return bold ? 0.380 : 0.318
    case "⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹", "⁻": return bold ? 0.438 : 0.401
    case "\u{00C0}"..."\u{024F}": return bold ? 0.9 : 0.8  // accented Latin letters
    default: return bold ? 1.1 : 1.0
    }
  }

  // DejaVu Sans 2.37 advance widths for U+0020...U+007E, in ems (units per em: 2048).
  private static let regularASCII: [Double] = [
    0.318, 0.401, 0.460, 0.838, 0.636, 0.950, 0.780, 0.275, 0.390, 0.390, 0.500, 0.838, 0.318,
    0.361, 0.318, 0.337, 0.636, 0.636, 0.636, 0.636, 0.636, 0.636, 0.636, 0.636, 0.636, 0.636,
    0.337, 0.337, 0.838, 0.838, 0.838, 0.531, 1.000, 0.684, 0.686, 0.698, 0.770, 0.632, 0.575,
    0.775, 0.752, 0.295, 0.295, 0.656, 0.557, 0.863, 0.748, 0.787, 0.603, 0.787, 0.695, 0.635,
    0.611, 0.732, 0.684, 0.989, 0.685, 0.611, 0.685, 0.390, 0.337, 0.390, 0.838, 0.500, 0.500,
    0.613, 0.635, 0.550, 0.635, 0.615, 0.352, 0.635, 0.634, 0.278, 0.278, 0.579, 0.278, 0.974,
    0.634, 0.612, 0.635, 0.635, 0.411, 0.521, 0.392, 0.634, 0.592, 0.818, 0.592, 0.592, 0.525,
    0.636, 0.337, 0.636, 0.838,
  ]

  // DejaVu Sans Bold 2.37 advance widths for U+0020...U+007E, in ems.
  private static let boldASCII: [Double] = [
    0.348, 0.456, 0.521, 0.838, 0.696, 1.002, 0.872, 0.306, 0.457, 0.457, 0.523, 0.838, 0.380,
    0.415, 0.380, 0.365, 0.696, 0.696, 0.696, 0.696, 0.696, 0.696, 0.696, 0.696, 0.696, 0.696,
    0.400, 0.400, 0.838, 0.838, 0.838, 0.580, 1.000, 0.774, 0.762, 0.734, 0.830, 0.683, 0.683,
    0.821, 0.837, 0.372, 0.372, 0.775, 0.637, 0.995, 0.837, 0.850, 0.733, 0.850, 0.770, 0.720,
    0.682, 0.812, 0.774, 1.103, 0.771, 0.724, 0.725, 0.457, 0.365, 0.457, 0.838, 0.500, 0.500,
    0.675, 0.716, 0.593, 0.716, 0.678, 0.435, 0.716, 0.712, 0.343, 0.343, 0.665, 0.343, 1.042,
    0.712, 0.687, 0.716, 0.716, 0.493, 0.595, 0.478, 0.712, 0.652, 0.924, 0.645, 0.652, 0.582,
    0.712, 0.365, 0.712, 0.838,
  ]
}

/// Where a text's x coordinate sits on it: SVG's `text-anchor`.
package enum TextAnchor: String, Sendable {
  /// The text starts at x.
  case start
  /// The text is centred on x.
  case middle
  /// The text ends at x.
  case end
}
