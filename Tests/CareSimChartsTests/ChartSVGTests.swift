import CareSimCharts
import Testing

/// Text escaping, coordinate writing and text measurement.
@Suite struct ChartSVGTests {
  @Test(arguments: [
    ("a<b & \"c\" 'd' >", "a&lt;b &amp; &quot;c&quot; &#39;d&#39; &gt;"),
    ("line\nbreak\ttab\r", "line&#10;break&#9;tab&#13;"),
    ("bell\u{7}nul\u{0}", "bell\u{FFFD}nul\u{FFFD}"),
    ("\u{FFFE}", "\u{FFFD}"),
    ("Súdwest-Fryslân € − — 😀", "Súdwest-Fryslân € − — 😀"),
    ("&amp;", "&amp;amp;"),
  ])
  func xmlTextEscapes(text: String, expected: String) {
    #expect(XMLText.escaped(text) == expected)
  }

  @Test(
    arguments: [
      (12.5, "12.5"), (3, "3"), (-0.004, "0"), (-0.25, "-0.25"), (0.1, "0.1"), (0.05, "0.05"),
      (99.999, "100"), (1e9, "1000000"), (-1e9, "-1000000"), (.nan, "0"), (.infinity, "0"),
    ] as [(Double, String)])
  func coordinatesHaveAtMostTwoDecimals(value: Double, expected: String) {
    #expect(SVGNumber.format(value) == expected)
  }

  @Test func textWidthsFollowDejaVuSans() {
    #expect(TextMetrics.width("0", size: 10) == 6.36)
    #expect(TextMetrics.width("€1,234", size: 10) > TextMetrics.width("€1,234", size: 9))
    #expect(TextMetrics.width("W", size: 10, bold: true) > TextMetrics.width("W", size: 10))
    // Outside the table a character counts as a full em: an overestimate, never an overlap.
    #expect(TextMetrics.width("漢", size: 10) == 10)
  }

  @Test func truncationAndWrapping() {
    let cut = TextMetrics.truncated(
      "Informal carers, valued at replacement cost", maxWidth: 100, size: 13)
    #expect(cut.hasSuffix("…"))
    #expect(TextMetrics.width(cut, size: 13) <= 100)
    #expect(TextMetrics.truncated("Wmo", maxWidth: 100, size: 13) == "Wmo")
    let lines = TextMetrics.wrapped(
      "Informal carers, valued at replacement cost", maxWidth: 120, size: 13, maxLines: 2)
    #expect(lines.count == 2)
    #expect(lines.allSatisfy { TextMetrics.width($0, size: 13) <= 120 })
    #expect(lines.last?.hasSuffix("…") == true)
    #expect(TextMetrics.wrapped("", maxWidth: 50, size: 13, maxLines: 2) == [""])
  }

  @Test func labelPlacerTakesTheFirstFreeSpot() {
    var placer = LabelPlacer(bounds: ChartRect(x: 0, y: 0, width: 100, height: 100))
    placer.reserve(ChartRect(x: 0, y: 0, width: 50, height: 20))
    let taken = ChartRect(x: 10, y: 5, width: 20, height: 10)
    let outside = ChartRect(x: 90, y: 5, width: 20, height: 10)
    let free = ChartRect(x: 60, y: 5, width: 20, height: 10)
    #expect(placer.place([taken, outside, free]) == 2)
    #expect(placer.place([free]) == nil)  // now taken by the label just placed
  }
}

/// The ramps keep their order in greyscale.
@Suite struct ChartColorRampTests {
  static func luminance(_ ramp: ColorRamp, _ range: ClosedRange<Double>) -> [Double] {
    stride(from: range.lowerBound, through: range.upperBound, by: 0.005).map {
      ramp.color(at: $0).relativeLuminance
    }
  }

  @Test func sequentialLuminanceRises() {
    let l = Self.luminance(.sequential, 0...1)
    #expect(zip(l, l.dropFirst()).allSatisfy { $0 < $1 })
  }

  @Test func divergingLuminancePeaksAtZero() {
    let below = Self.luminance(.diverging, 0...0.5)
    let above = Self.luminance(.diverging, 0.5...1)
    #expect(zip(below, below.dropFirst()).allSatisfy { $0 < $1 })
    #expect(zip(above, above.dropFirst()).allSatisfy { $0 > $1 })
    #expect(ColorRamp.diverging.color(at: 0.5).hex == "#f7f7f7")
    // The two arms are about equally dark at equal distances from zero.
    for t in [0.1, 0.25, 0.4] {
      let low = ColorRamp.diverging.color(at: 0.5 - t).relativeLuminance
      let high = ColorRamp.diverging.color(at: 0.5 + t).relativeLuminance
      #expect((low - high).magnitude < 0.12, "at ±\(t): \(low) vs \(high)")
    }
  }

  @Test func luminanceMatchesWCAG() {
    #expect(RGBColor(hex: 0xFFFFFF).relativeLuminance == 1)
    #expect(RGBColor(hex: 0x000000).relativeLuminance == 0)
    // WCAG: #777777 has luminance 0.184 (contrast 4.48:1 on white).
    #expect((RGBColor(hex: 0x777777).relativeLuminance - 0.1845).magnitude < 0.001)
    #expect(RGBColor(hex: 0x0072B2).readableText.hex == "#ffffff")
    #expect(RGBColor(hex: 0xE69F00).readableText.hex == "#000000")
  }
}
