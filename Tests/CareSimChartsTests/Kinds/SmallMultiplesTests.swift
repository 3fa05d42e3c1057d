import CareSimCharts
import Testing

/// Small multiples: series styled by name across panels, the legend and the empty grid.
@Suite struct SmallMultiplesTests {
  static let formatter = ReportNumberFormatter(locale: .en)

  static func grid(_ panels: [SmallMultiples.Panel], columns: Int = 2) -> SmallMultiples {
    SmallMultiples(
      title: "Quality of life by municipality", xAxis: ChartAxis("Month"),
      yAxis: ChartAxis("Quality of life"), panels: panels, columns: columns)
  }

  static func line(_ name: String, _ offset: Double = 0) -> LineSeries {
    LineSeries(name, x: [0, 12, 24], y: [0.8 - offset, 0.75 - offset, 0.7 - offset])
  }

  /// Names in order of first appearance fix each series' style in every panel.
  @Test func seriesNamesInOrderOfFirstAppearance() {
    let grid = Self.grid([
      .init("Amsterdam", series: [Self.line("Intervention")]),
      .init("Utrecht", series: [Self.line("Usual care"), Self.line("Intervention")]),
      .init("Zwolle", series: [Self.line("Other"), Self.line("Usual care")]),
    ])
    #expect(grid.seriesNames == ["Intervention", "Usual care", "Other"])
    #expect(grid.legend(formatter: Self.formatter).map(\.label) == grid.seriesNames)
  }

  /// A band named in several panels appears once in the legend, after the series.
  @Test func bandsAppearOnceInTheLegend() {
    let band = ChartBand(
      "P5–P95", x: [0, 24], lower: [0.6, 0.6], upper: [0.9, 0.9], around: "Usual care")
    let grid = Self.grid([
      .init("A", series: [Self.line("Usual care")], bands: [band]),
      .init("B", series: [Self.line("Usual care")], bands: [band]),
    ])
    let legend = grid.legend(formatter: Self.formatter)
    #expect(legend.map(\.label) == ["Usual care", "P5–P95"])
    #expect(legend[1].swatch == .area(color: ChartPalette.color(0), opacity: XYMarks.bandOpacity))
  }

  /// Every panel shares the y ticks and the x range.
  @Test func panelsShareTheirScales() {
    let grid = Self.grid(
      [
        .init("Low", series: [Self.line("a", 0.5)]), .init("High", series: [Self.line("a")]),
        .init("Late", series: [LineSeries("a", x: [0, 36], y: [0.4, 0.5])]),
      ], columns: 3)
    let layout = ChartFixtures.frame(of: grid)
    let first = layout.frames[0]
    for frame in layout.frames {
      #expect(frame.yTicks.nice == first.yTicks.nice)
      #expect(frame.x.domainLower == 0 && frame.x.domainUpper == 36)
    }
  }

  @Test func descriptionAndTheEmptyGrid() {
    let grid = Self.grid([.init("Amsterdam", series: []), .init("Utrecht", series: [])])
    #expect(
      SVGElements(grid).all.first?.attributes["aria-label"]
        == "Quality of life by municipality. 2 small line charts of quality of life by month: "
        + "Amsterdam and Utrecht")
    let empty = SVGElements(Self.grid([]), locale: .nl)
    #expect(empty.withClass("chart-no-data").map(\.text) == ["Geen gegevens"])
    #expect(empty.withClass("mark").isEmpty)
  }
}
