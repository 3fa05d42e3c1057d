import CareSimCharts
import Testing

/// The tornado's rows by swing, its value labels and its base line.
@Suite struct TornadoChartTests {
  static let formatter = ReportNumberFormatter(locale: .en)

  static func chart(base: Double = 1850, _ rows: [TornadoChart.Row]) -> TornadoChart {
    TornadoChart(
      title: "Net benefit by parameter", valueAxis: ChartAxis("Net benefit", format: .euros),
      base: base, rows: rows)
  }

  @Test func tornadoSortsBySwingAndKeepsTies() {
    let chart = TornadoChart(
      title: "t", valueAxis: ChartAxis("v"), base: 0,
      rows: [
        .init("small", low: -1, high: 1), .init("first tie", low: 0, high: 5),
        .init("large", low: -10, high: 10), .init("second tie", low: -5, high: 0),
        .init("broken", low: .nan, high: 1),
      ])
    #expect(
      chart.sortedRows.map(\.parameter) == ["large", "first tie", "second tie", "small", "broken"])
  }

  /// Ends on both sides of the base are both labelled; on one side only the farther one (the
  /// nearer would sit inside the other bar); a row that does not move is labelled at the base.
  @Test func valueLabelsMarkTheOuterEnds() {
    let chart = Self.chart([
      .init("both sides", low: 400, high: 3100), .init("one side", low: 2150, high: 2900),
      .init("still", low: 1850, high: 1850), .init("broken", low: .nan, high: 2000),
    ])
    let frame = ChartFixtures.frame(of: chart)
    let labels = frame.valueLabels.map { $0.map { "\($0.text)\($0.isLeft ? " left" : "")" } }
    #expect(labels == [["€400 left", "€3,100"], ["€2,900"], ["€1,850"], []])
  }

  @Test func legendDescriptionAndBaseLabel() {
    let chart = Self.chart([
      .init("small", low: 1800, high: 1900), .init("large", low: 0, high: 4000),
    ])
    #expect(
      chart.legend(formatter: Self.formatter).map(\.label) == [
        "Parameter at its low value", "Parameter at its high value",
      ])
    let document = SVGElements(chart)
    #expect(
      document.all.first?.attributes["aria-label"]
        == "Net benefit by parameter. Tornado diagram of net benefit by parameter, widest swing "
        + "first: large and small")
    #expect(document.withClass("chart-row-label").map(\.text) == ["large", "small"])
    #expect(document.withClass("chart-reference-label").map(\.text) == ["Base case: €1,850"])
  }

  @Test func rowsThatDoNotMoveSayNoData() {
    let document = SVGElements(Self.chart(base: .nan, [.init("broken", low: .nan, high: 1)]))
    #expect(document.withClass("chart-no-data").map(\.text) == ["No data"])
    #expect(document.withClass("mark-bar").isEmpty)
    #expect(document.withClass("chart-reference-label").map(\.text) == ["Base case: —"])
  }
}
