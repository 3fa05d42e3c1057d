import CareSimCharts
import Testing

/// Text widths estimated from DejaVu Sans, and labels cut and wrapped to fit.
@Suite struct TextMetricsTests {
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

  /// Widths add up character by character, and scale with the size.
  @Test func widthsAddUpAndScale() {
    let parts = ["Net ", "benefit ", "€1,234 ", "−5%"]
    let whole = TextMetrics.width(parts.joined(), size: 12)
    #expect((whole - parts.map { TextMetrics.width($0, size: 12) }.reduce(0, +)).magnitude < 1e-9)
    #expect(
      (TextMetrics.width("Wmo", size: 26) - 2 * TextMetrics.width("Wmo", size: 13)).magnitude < 1e-9
    )
    #expect(TextMetrics.width("", size: 12) == 0)
  }

  /// A box centred on y by its baseline has y as its middle; its height is the line height.
  @Test(arguments: [10.0, 12, 16])
  func boxesAndBaselines(size: Double) {
    let baseline = TextMetrics.baseline(centredOn: 100, size: size)
    let box = TextMetrics.box("Month", x: 50, y: baseline, size: size, anchor: .middle)
    #expect((box.midY - 100).magnitude < 1e-9)
    #expect(box.height == TextMetrics.lineHeight(size))
    #expect((box.midX - 50).magnitude < 1e-9)
    #expect(TextMetrics.box("Month", x: 50, y: 0, size: size, anchor: .end).maxX == 50)
  }

  /// Wrapped lines keep every word when they fit, never exceed the width or the line count.
  @Test(arguments: [1, 2, 3, 5])
  func wrappingKeepsWordsWithinTheLines(maxLines: Int) {
    let text = "Share of residents aged eighty and over in a care or nursing home"
    let lines = TextMetrics.wrapped(text, maxWidth: 150, size: 12, maxLines: maxLines)
    #expect(lines.count <= maxLines)
    #expect(lines.allSatisfy { TextMetrics.width($0, size: 12) <= 150 })
    if lines.last?.hasSuffix("…") == false {
      #expect(lines.joined(separator: " ") == text)
    }
    #expect(TextMetrics.wrapped(text, maxWidth: 2000, size: 12, maxLines: maxLines) == [text])
  }

  /// Too narrow for any character, a text is only the ellipsis.
  @Test func theNarrowestCutIsTheEllipsis() {
    #expect(TextMetrics.truncated("Wlz", maxWidth: 1, size: 12) == "…")
    // A cut before a space drops the space, so the ellipsis follows the word.
    let width = TextMetrics.width("ab c…", size: 12) - 0.1
    #expect(TextMetrics.truncated("ab cdef", maxWidth: width, size: 12) == "ab…")
  }
}
