import CareSimCharts
import Testing

/// The tornado's rows by swing, its value labels and its base line.
@Suite struct TornadoChartTests {
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
}
