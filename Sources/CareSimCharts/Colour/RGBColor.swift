import Foundation

/// A colour in sRGB, with the relative luminance that decides how it prints in greyscale.
package struct RGBColor: Sendable, Hashable {
  /// The red component in [0, 1].
  package var red: Double
  /// The green component in [0, 1].
  package var green: Double
  /// The blue component in [0, 1].
  package var blue: Double

  /// A colour from its components in [0, 1].
  package init(red: Double, green: Double, blue: Double) {
    self.red = min(max(red, 0), 1)
    self.green = min(max(green, 0), 1)
    self.blue = min(max(blue, 0), 1)
  }

  /// A colour from a 24-bit `0xRRGGBB` value.
  package init(hex: UInt32) {
    self.init(
      red: Double((hex >> 16) & 0xFF) / 255, green: Double((hex >> 8) & 0xFF) / 255,
      blue: Double(hex & 0xFF) / 255)
  }

  /// The CSS form `#rrggbb`, lower case.
  package var hex: String {
    let digits = Array("0123456789abcdef")
    var text = "#"
    for component in [red, green, blue] {
      let byte = Int((component * 255).rounded())  // component is clamped to [0, 1]
      text.append(digits[byte / 16])
      text.append(digits[byte % 16])
    }
    return text
  }

  /// The relative luminance of WCAG 2.2 (§ "relative luminance"): the grey a colour prints as.
  ///
  /// It decides legend-text colour and is checked in tests; no coordinate depends on it, so the
  /// last bit of the C library's `pow` cannot change a chart's bytes.
  package var relativeLuminance: Double {
    func linear(_ c: Double) -> Double {
      c <= 0.040_45 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
    }
    return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)
  }

  /// The colour a fraction `t` of the way to `other`, mixed in sRGB.
  package func mixed(with other: RGBColor, _ t: Double) -> RGBColor {
    RGBColor(
      red: red + (other.red - red) * t, green: green + (other.green - green) * t,
      blue: blue + (other.blue - blue) * t)
  }

  /// Black or white, whichever reads better on this colour (WCAG contrast ratio).
  package var readableText: RGBColor {
    let l = relativeLuminance
    return (l + 0.05) / 0.05 >= 1.05 / (l + 0.05)
      ? RGBColor(hex: 0x000000) : RGBColor(hex: 0xFFFFFF)
  }
}
