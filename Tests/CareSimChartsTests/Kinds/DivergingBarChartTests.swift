import CareSimCharts
import Testing

/// Who pays and who saves: a bar per funder from zero, coloured and labelled by its sign.
@Suite struct DivergingBarChartTests {
  static let formatter = ReportNumberFormatter(locale: .en)

  static func chart(_ bars: [DivergingBarChart.Bar]) -> DivergingBarChart {
    DivergingBarChart(
      title: "Who pays and who saves", valueAxis: ChartAxis("Net saving", format: .euros),
      bars: bars, negativeLabel: "Pays more", positiveLabel: "Saves")
  }

  /// A bar per finite value, from the zero line, orange below zero and blue above, with its
  /// value at its end.
  @Test func oneBarPerFiniteValue() throws {
    let chart = Self.chart([
      .init("Wlz", 4520.5), .init("Wmo", -1834.5), .init("Zvw", .nan), .init("Carers", 0),
    ])
    let document = SVGElements(chart)
    let bars = document.withClass("mark-bar")
    #expect(
      bars.map { $0.attributes["fill"] } == [
        ChartPalette.positive, ChartPalette.negative, ChartPalette.positive,
      ])
    let zero = try #require(document.withClass("chart-zero").first?.attributes["x1"])
    #expect(bars[0].attributes["x"] == zero)
    #expect(bars[2].attributes["width"] == "0.5")  // a zero still shows
    #expect(
      document.named("title").dropFirst().map(\.text) == [
        "Wlz: €4,521", "Wmo: −€1,835", "Carers: €0",
      ])
    // The value of the bar that is not a number reads "—" beside the zero line.
    #expect(
      document.withClass("chart-value-label").map(\.text) == ["€4,521", "−€1,835", "—", "€0"])
  }

  /// The axis always holds zero, so every bar starts on it.
  @Test func theAxisIncludesZero() {
    let frame = ChartFixtures.frame(of: Self.chart([.init("a", 300), .init("b", 500)]))
    #expect(frame.axis.scale.domainLower <= 0)
    #expect(frame.axis.scale.domainUpper >= 500)
    #expect(frame.labels.lines == [["a"], ["b"]])
  }

  @Test func legendAndDescription() {
    let chart = Self.chart([.init("Wlz", 1), .init("Wmo", -1)])
    #expect(
      chart.legend(formatter: Self.formatter) == [
        LegendItem("Pays more", .area(color: ChartPalette.negative, opacity: 1)),
        LegendItem("Saves", .area(color: ChartPalette.positive, opacity: 1)),
      ])
    #expect(
      SVGElements(chart, locale: .nl).all.first?.attributes["aria-label"]
        == "Who pays and who saves. Staafdiagram, net saving: Wlz en Wmo")
  }

  @Test(arguments: [[DivergingBarChart.Bar](), [.init("a", .nan), .init("b", -.infinity)]])
  func noFiniteValueSaysNoData(bars: [DivergingBarChart.Bar]) {
    let document = SVGElements(Self.chart(bars), locale: .nl)
    #expect(document.withClass("chart-no-data").map(\.text) == ["Geen gegevens"])
    #expect(document.withClass("mark-bar").isEmpty)
  }
}
