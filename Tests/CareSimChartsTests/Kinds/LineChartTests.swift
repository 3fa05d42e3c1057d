import CareSimCharts
import Testing

/// Line charts: their legend, the range their axes cover, and what they say when empty.
@Suite struct LineChartTests {
  static let formatter = ReportNumberFormatter(locale: .en)
  static let months = ChartFixtures.months

  static func chart(
    _ series: [LineSeries], bands: [ChartBand] = [], markers: [ChartMarker] = []
  ) -> LineChart {
    LineChart(
      title: "Net benefit", xAxis: ChartAxis("Month"),
      yAxis: ChartAxis("Net benefit", format: .euros), series: series, bands: bands,
      markers: markers)
  }

  /// Each series gets its palette style; a band takes its series' colour, or grey.
  @Test func legendOfSeriesAndBands() {
    let chart = Self.chart(
      [LineSeries("Society", x: [0, 1], y: [0, 1]), LineSeries("Wmo", x: [0, 1], y: [1, 2])],
      bands: [
        ChartBand("Wmo P5–P95", x: [0, 1], lower: [0, 1], upper: [2, 3], around: "Wmo"),
        ChartBand("Other", x: [0, 1], lower: [0, 1], upper: [2, 3], around: "Missing"),
      ])
    #expect(
      chart.legend(formatter: Self.formatter) == [
        LegendItem(
          "Society", .line(color: ChartPalette.color(0), dash: "", marker: ChartPalette.marker(0))),
        LegendItem(
          "Wmo",
          .line(
            color: ChartPalette.color(1), dash: ChartPalette.dash(1),
            marker: ChartPalette.marker(1))),
        LegendItem("Wmo P5–P95", .area(color: ChartPalette.color(1), opacity: XYMarks.bandOpacity)),
        LegendItem("Other", .area(color: ChartPalette.unassigned, opacity: XYMarks.bandOpacity)),
      ])
  }

  /// The x axis ends at the data; bands and marker lines widen both axes.
  @Test func axesCoverLinesBandsAndMarkers() {
    let society = Self.months.map { -1200 + 110 * $0 }
    let chart = Self.chart(
      [LineSeries("Society", x: Self.months, y: society)],
      bands: [
        ChartBand("P5–P95", x: Self.months, lower: society.map { $0 - 900 }, upper: society)
      ],
      markers: [.vertical(x: 48, label: "Year 4"), .horizontal(y: 6000, label: "Target")])
    let frame = ChartFixtures.frame(of: chart)
    #expect(frame.x.domainLower == 0 && frame.x.domainUpper == 48)
    #expect(frame.y.domainLower <= -2100 && frame.y.domainUpper >= 6000)
  }

  @Test(arguments: [
    [LineSeries](), [LineSeries("gaps", x: [0, 1], y: [.nan, .infinity])],
  ])
  func nothingFiniteSaysNoData(series: [LineSeries]) {
    let document = SVGElements(Self.chart(series))
    #expect(document.withClass("chart-no-data").map(\.text) == ["No data"])
    #expect(document.withClass("mark").isEmpty)
    let band = ChartBand("Band only", x: [0, 1], lower: [0, 1], upper: [1, 2])
    #expect(SVGElements(Self.chart(series, bands: [band])).withClass("chart-no-data").isEmpty)
  }

  /// Names from scenario files are escaped in the legend and the accessible name.
  @Test func namesAreEscaped() throws {
    let name = "Wlz <b> & \"Wmo\""
    let chart = Self.chart([
      LineSeries(name, x: [0, 1], y: [0, 1]), LineSeries("b", x: [0, 1], y: [1, 0]),
    ])
    let svg = chart.svg(locale: .nl)
    #expect(!svg.contains("<b>"))
    let document = SVGElements(svg)
    #expect(document.isWellFormed)
    #expect(document.withClass("chart-legend-label").first?.text == name)
    let label = try #require(document.all.first?.attributes["aria-label"])
    #expect(label == "Net benefit. Lijngrafiek van net benefit tegen month: \(name) en b")
  }
}
