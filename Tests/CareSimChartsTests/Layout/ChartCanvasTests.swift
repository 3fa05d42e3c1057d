import CareSimCharts
import Testing

/// The drawing surface: texts with their boxes, the title and legend at the top, notes at the
/// bottom, and the `<svg>` element around it.
@Suite struct ChartCanvasTests {
  /// Default attributes are left out, so every text is as short as it can be.
  @Test func textsRecordTheirBoxAndLeaveOutDefaults() {
    var canvas = ChartCanvas(width: 300)
    let box = canvas.text("a<b", x: 10, y: 20, size: ChartStyle.labelSize, className: "c")
    #expect(canvas.writer.output == "<text class=\"c\" x=\"10\" y=\"20\">a&lt;b</text>\n")
    #expect(box == TextMetrics.box("a<b", x: 10, y: 20, size: ChartStyle.labelSize, anchor: .start))
    #expect(canvas.texts.map(\.text) == ["a<b"])
    canvas.text(
      "€1", x: 5, y: 6, size: 12, anchor: .end, bold: true, className: "d", fill: "#ffffff",
      halo: true)
    #expect(
      canvas.writer.output.hasSuffix(
        "<text class=\"d\" x=\"5\" y=\"6\" text-anchor=\"end\" font-size=\"12\" "
          + "font-weight=\"bold\" fill=\"#ffffff\" paint-order=\"stroke\" stroke=\"#ffffff\" "
          + "stroke-width=\"3.5\" stroke-linejoin=\"round\">€1</text>\n"))
  }

  /// A text cut to its width keeps the full text as a tooltip; one kept inside moves off the
  /// edge.
  @Test func textsAreCutAndKeptInside() throws {
    var canvas = ChartCanvas(width: 300)
    let long = "Informal carers, valued at replacement cost"
    let box = canvas.text(long, x: 12, y: 30, size: 13, className: "c", maxWidth: 80)
    #expect(box.width <= 80)
    let document = SVGElements(canvas.writer.output)
    #expect(document.named("title").first?.text == long)
    #expect(canvas.texts.last?.text.hasSuffix("…") == true)
    let moved = canvas.text(
      "Net benefit", x: 295, y: 30, size: 13, anchor: .middle, className: "c", keepInside: true)
    #expect((moved.maxX - (300 - ChartStyle.padding)).magnitude < 1e-9)
  }

  @Test func titleWrapsAndMovesTheHeader() {
    var canvas = ChartCanvas(width: 260)
    #expect(canvas.headerBottom == ChartStyle.padding)
    canvas.drawTitle("")
    #expect(canvas.headerBottom == ChartStyle.padding && canvas.texts.isEmpty)
    canvas.drawTitle(String(repeating: "Net benefit per resident by perspective ", count: 4))
    #expect(canvas.texts.count == ChartStyle.Header.titleLines)
    #expect(canvas.texts.allSatisfy { $0.box.width <= canvas.innerWidth })
    let lastBox = canvas.texts[canvas.texts.count - 1].box
    #expect(canvas.headerBottom >= lastBox.maxY)
  }

  /// One entry needs no legend; more flow left to right and wrap onto new rows.
  @Test func legendDrawsFromItsMinimumAndWraps() {
    let item = LegendItem("Municipality (Wmo)", .area(color: "#0072b2", opacity: 1))
    var canvas = ChartCanvas(width: 260)
    canvas.drawLegend([item])
    #expect(canvas.writer.output.isEmpty)
    canvas.drawLegend([item], minimumCount: 1)
    #expect(canvas.texts.count == 1)
    var wide = ChartCanvas(width: 260)
    wide.drawLegend(Array(repeating: item, count: 4))
    let rows = Set(wide.texts.map(\.box.y))
    #expect(rows.count == 4)
    #expect(wide.texts.allSatisfy { $0.box.maxX <= 260 - ChartStyle.padding })
    #expect(wide.headerBottom > wide.texts.map(\.box.maxY).max() ?? .infinity)
  }

  @Test func notesAndAxisTitlesReturnTheYBelowThem() {
    var canvas = ChartCanvas(width: 400)
    #expect(canvas.drawNotes([], below: 100) == 100 + ChartStyle.Header.aboveNotes)
    #expect(canvas.drawAxisTitle("", centredOn: 200, below: 80) == 80)
    canvas.drawTitleAbove("", y: 10)
    #expect(canvas.texts.isEmpty)
    let below = canvas.drawNotes(["Line: €20k per QALY", "Marked point: today"], below: 100)
    #expect(canvas.texts.count == 2)
    #expect(below >= canvas.texts.map(\.box.maxY).max() ?? .infinity)
    let titleBottom = canvas.drawAxisTitle("Month", centredOn: 200, below: below)
    #expect(titleBottom > below)
    #expect(((canvas.texts.last?.box.midX ?? 0) - 200).magnitude < 1e-9)
  }

  @Test(arguments: ReportLocale.allCases)
  func noDataIsCentredInItsArea(locale: ReportLocale) throws {
    var canvas = ChartCanvas(width: 400)
    canvas.drawNoData(in: ChartRect(x: 100, y: 50, width: 200, height: 100), locale: locale)
    let text = try #require(canvas.texts.first)
    #expect(text.text == locale.noData)
    #expect((text.box.midX - 200).magnitude < 1e-9)
    #expect(canvas.writer.output.contains("class=\"chart-no-data\""))
  }

  /// The finished element: a viewBox of whole units with the padding below, the accessible
  /// name from the title and description, the drawing inside.
  @Test func finishedWrapsTheDrawing() throws {
    var canvas = ChartCanvas(width: 400)
    canvas.text("x", x: 20, y: 30, size: 12, className: "chart-tick")
    let rendered = canvas.finished(
      kind: "line", title: "Costs & savings", description: "Line chart", height: 100.2)
    #expect(rendered.height == 113)
    #expect(rendered.width == 400)
    #expect(rendered.texts.count == 1)
    let document = SVGElements(rendered.svg)
    #expect(document.isWellFormed)
    let root = try #require(document.all.first)
    #expect(root.attributes["viewBox"] == "0 0 400 113")
    #expect(root.attributes["aria-label"] == "Costs & savings. Line chart")
    #expect(root.attributes["class"] == "chart chart-line")
    #expect(document.named("title").first?.text == "Costs & savings. Line chart")
    #expect(rendered.svg.contains(canvas.writer.output))
    let untitled = canvas.finished(kind: "k", title: "", description: "Only this", height: 10)
    #expect(SVGElements(untitled.svg).all.first?.attributes["aria-label"] == "Only this")
  }
}
