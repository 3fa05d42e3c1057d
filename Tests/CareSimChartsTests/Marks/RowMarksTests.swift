import CareSimCharts
import Testing

/// Bars and the value labels beside their ends.
@Suite struct RowMarksTests {
  static let formatter = ReportNumberFormatter(locale: .en)
  static let scale = LinearScale(domain: -100, 100, range: 100, 500)

  /// A value label is written in its chart's style (see ``ChartNumberStyle``).
  @Test func valueLabelsTakeTheChartsStyle() {
    let style = ChartNumberStyle(largest: 2500, format: .number, formatter: Self.formatter)
    let label = ValueLabel(2500, style: style, formatter: Self.formatter, isLeft: true)
    #expect(label.text == "2,500" && label.value == 2500 && label.isLeft)
    let euros = ChartNumberStyle(largest: 1_234_567, format: .euros, formatter: Self.formatter)
    #expect(
      ValueLabel(1_234_567, style: euros, formatter: Self.formatter, isLeft: false).text
        == "€1.23M")
    #expect(ValueLabel(.nan, style: euros, formatter: Self.formatter, isLeft: false).text == "—")
  }

  /// A label reaches its width and a gap beyond the end, on its side.
  @Test func reachIsOnTheLabelsSide() {
    let width = TextMetrics.width("€50", size: ChartStyle.tickSize)
    let gap = ChartStyle.Rows.valueLabelGap
    let right = ValueLabel("€50", at: 50, isLeft: false)
    #expect(right.reach(on: Self.scale) == 400 + gap + width)
    let left = ValueLabel("€50", at: 50, isLeft: true)
    #expect(left.reach(on: Self.scale) == 400 - gap - width)
  }

  /// A bar runs from its origin to its end whichever side the end is on, at least half a unit
  /// wide, centred on its row.
  @Test(arguments: [(300.0, 420.0), (300, 180), (300, 300)])
  func barsSpanOriginToEnd(origin: Double, end: Double) throws {
    var canvas = ChartCanvas(width: 520)
    RowMarks.drawBar(
      from: origin, to: end, middle: 60, color: "#0072b2", tooltip: "Wlz: €1", on: &canvas)
    let bar = try #require(SVGElements(canvas.writer.output).withClass("mark-bar").first)
    let x = try #require(Double(bar.attributes["x"] ?? ""))
    let width = try #require(Double(bar.attributes["width"] ?? ""))
    #expect(x == min(origin, end))
    #expect(width == max((end - origin).magnitude, ChartStyle.Rows.minimumBarWidth))
    #expect(bar.attributes["y"] == "51" && bar.attributes["height"] == "18")
  }

  /// Labels sit a gap beyond their end: starting right of it, or ending left of it.
  @Test func valueLabelsSitBeyondTheirEnds() {
    var canvas = ChartCanvas(width: 520)
    RowMarks.drawValueLabels(
      [ValueLabel("−€50", at: -50, isLeft: true), ValueLabel("€75", at: 75, isLeft: false)],
      scale: Self.scale, middle: 60, on: &canvas)
    let texts = SVGElements(canvas.writer.output).named("text")
    #expect(texts.map { $0.attributes["x"] } == ["196", "454"])
    #expect(texts.map { $0.attributes["text-anchor"] } == ["end", nil])
    #expect(canvas.texts.map(\.text) == ["−€50", "€75"])
    let middles = canvas.texts.map(\.box.midY)
    #expect(middles.allSatisfy { ($0 - 60).magnitude < 1e-9 })
  }
}
