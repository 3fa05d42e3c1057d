import CareSimCharts
import CareSimCore
import Testing

/// Colours in sRGB and the luminance that decides how they print in greyscale.
@Suite struct RGBColorTests {
  @Test func luminanceMatchesWCAG() {
    #expect(RGBColor(hex: 0xFFFFFF).relativeLuminance == 1)
    #expect(RGBColor(hex: 0x000000).relativeLuminance == 0)
    // WCAG: #777777 has luminance 0.184 (contrast 4.48:1 on white).
    #expect((RGBColor(hex: 0x777777).relativeLuminance - 0.1845).magnitude < 0.001)
    #expect(RGBColor(hex: 0x0072B2).readableText.hex == "#ffffff")
    #expect(RGBColor(hex: 0xE69F00).readableText.hex == "#000000")
  }

  /// Any 24-bit colour reads back as its own CSS text.
  @Test(arguments: [71, 72] as [UInt64])
  func hexRoundTrips(seed: UInt64) {
    var generator = SplitMix64(seed: seed)
    for hex in [0x000000, 0xFFFFFF, 0x0072B2]
      + (0..<300).map({ _ in
        UInt32(truncatingIfNeeded: generator.next()) & 0xFF_FFFF
      })
    {
      let digits = String(hex, radix: 16)
      let css = "#" + String(repeating: "0", count: 6 - digits.count) + digits
      #expect(RGBColor(hex: hex).hex == css)
      #expect(RGBColor(css: css) == RGBColor(hex: hex))
    }
  }

  @Test func componentsAreClamped() {
    let color = RGBColor(red: 2, green: -1, blue: 0.5)
    #expect(color.red == 1 && color.green == 0 && color.blue == 0.5)
    #expect(color.hex == "#ff0080")
    // The top byte of the 32 bits is ignored.
    #expect(RGBColor(hex: 0xAB12_3456) == RGBColor(hex: 0x12_3456))
  }

  @Test func mixingRunsFromOneColourToTheOther() {
    let blue = RGBColor(hex: 0x0072B2)
    let orange = RGBColor(hex: 0xE69F00)
    #expect(blue.mixed(with: orange, 0) == blue)
    #expect(blue.mixed(with: orange, 1) == orange)
    #expect(RGBColor(hex: 0x000000).mixed(with: RGBColor(hex: 0xFFFFFF), 0.5).hex == "#808080")
    // Beyond the ends the components are clamped, not extrapolated past [0, 1].
    #expect(RGBColor(hex: 0x000000).mixed(with: RGBColor(hex: 0xFFFFFF), 3).hex == "#ffffff")
  }

  /// Lighter greys have higher luminance, and the text colour chosen on any colour is the one
  /// with the higher contrast.
  @Test func readableTextHasTheBetterContrast() {
    let greys = (0...255).map { RGBColor(hex: UInt32($0) * 0x01_0101) }
    let luminances = greys.map(\.relativeLuminance)
    #expect(zip(luminances, luminances.dropFirst()).allSatisfy { $0 < $1 })
    let black = RGBColor(hex: 0x000000)
    let white = RGBColor(hex: 0xFFFFFF)
    for color in greys + ChartPalette.categorical.compactMap(RGBColor.init(css:)) {
      let other = color.readableText == black ? white : black
      #expect(color.readableText == black || color.readableText == white)
      #expect(color.contrast(with: color.readableText) >= color.contrast(with: other))
    }
  }
}

extension RGBColor {
  /// The colour of a CSS `#rrggbb` value, or nil.
  init?(css: String) {
    guard css.count == 7, css.hasPrefix("#"), let hex = UInt32(css.dropFirst(), radix: 16) else {
      return nil
    }
    self.init(hex: hex)
  }

  /// The WCAG contrast ratio of this colour against `other`, from 1 to 21.
  func contrast(with other: RGBColor) -> Double {
    let (a, b) = (relativeLuminance, other.relativeLuminance)
    return (max(a, b) + 0.05) / (min(a, b) + 0.05)
  }
}
