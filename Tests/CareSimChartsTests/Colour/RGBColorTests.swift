import CareSimCharts
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
}
