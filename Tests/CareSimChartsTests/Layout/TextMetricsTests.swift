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
}
