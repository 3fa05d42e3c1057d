import CareSimCharts
import Foundation
import Testing

#if canImport(FoundationXML)
import FoundationXML
#endif

/// Every chart kind on hostile data renders and lays out.
///
/// The data hold non-finite and huge values, empty and constant series, long and markup-laden
/// labels. Each chart must render well-formed SVG with no `nan` or `inf` in it and
/// its estimated texts inside the viewBox and apart.
@Suite struct ChartRobustnessTests {
  static let long =
    "A very long label <with> markup & \"quotes\" that cannot possibly fit on one line of a chart"
  static let hostile: [Double] = [.nan, .infinity, -.infinity, 1e300, -1e300, 0, -0.0]

  static let cases: [(name: String, chart: any RenderableChart)] = [
    (
      "line with gaps and huge values",
      LineChart(
        title: long + " " + long, xAxis: ChartAxis(long, unit: long),
        yAxis: ChartAxis("y", format: .euros),
        series: [
          LineSeries(long, points: hostile.enumerated().map { ChartPoint(x: Double($0), y: $1) }),
          LineSeries("empty", points: []),
          LineSeries("single", points: [ChartPoint(x: 2, y: 5)]),
        ],
        bands: [ChartBand("band", x: [0, 1], lower: [.nan, 1], upper: [2, .infinity])],
        markers: [
          .vertical(x: .nan, label: "nan"), .vertical(x: 3, label: long),
          .horizontal(y: 0, label: long),
        ])
    ),
    (
      "line, constant",
      LineChart(
        title: "", xAxis: ChartAxis(""), yAxis: ChartAxis(""),
        series: [LineSeries("c", x: [1, 1, 1], y: [7, 7, 7])])
    ),
    (
      "diverging bars",
      DivergingBarChart(
        title: long, valueAxis: ChartAxis("v", format: .euros),
        bars: hostile.map { DivergingBarChart.Bar(long, $0) }, negativeLabel: long,
        positiveLabel: "+")
    ),
    (
      "diverging bars, zeros",
      DivergingBarChart(
        title: "Zero", valueAxis: ChartAxis("v"), bars: [.init("a", 0), .init("b", 0)],
        negativeLabel: "−", positiveLabel: "+")
    ),
    (
      "tornado",
      TornadoChart(
        title: long, valueAxis: ChartAxis("v", format: .euros), base: 1e300,
        rows: hostile.map { TornadoChart.Row(long, low: $0, high: -$0) } + [
          .init("same", low: 1, high: 1)
        ])
    ),
    (
      "stacked area",
      StackedAreaChart(
        title: long, xAxis: ChartAxis("x"), yAxis: ChartAxis("share", format: .percent),
        x: [0, 1, 2, 3, 4, 5, 6],
        layers: [.init(long, values: hostile), .init("zero", values: [0, 0, 0, 0, 0, 0, 0])],
        normalised: true)
    ),
    (
      "stacked area, one column",
      StackedAreaChart(
        title: "One", xAxis: ChartAxis("x"), yAxis: ChartAxis("n"), x: [3],
        layers: [.init("a", values: [2])])
    ),
    (
      "heat map",
      HeatMap(
        title: long, xAxis: ChartAxis(long, format: .euros),
        yAxis: ChartAxis(long, format: .percent),
        colorAxis: ChartAxis(long, format: .euros), x: [1, 2, 3], y: [0.1, 0.2],
        values: [[.nan, 1e300, -1e300], [0, .infinity, -1]])
    ),
    (
      "heat map, constant 1 × 1",
      HeatMap(
        title: "One cell", xAxis: ChartAxis("x"), yAxis: ChartAxis("y"), colorAxis: ChartAxis("v"),
        x: [5], y: [5], values: [[3]])
    ),
    (
      "scatter",
      ScatterChart(
        title: long, xAxis: ChartAxis("x"), yAxis: ChartAxis("y", format: .euros),
        points: hostile.map { ChartPoint(x: $0, y: $0) } + [ChartPoint(x: 1, y: 2)],
        highlight: .init(ChartPoint(x: .nan, y: 1), label: long),
        slopes: [
          .init(0, label: "flat"), .init(-1, label: "down"), .init(.nan, label: "nan"),
          .init(1e300, label: long),
        ])
    ),
    (
      "dot plot",
      DotPlot(
        title: long, valueAxis: ChartAxis("v", format: .percent),
        rows: hostile.map {
          DotPlot.Row(long, value: $0, lower: -$0, upper: $0, reference: $0, status: long)
        }
          + [.init("plain", value: 0.5, status: "Within")],
        statuses: ["Within"])
    ),
    (
      "ternary",
      TernaryHeatMap(
        title: long, corners: (top: long, bottomLeft: long, bottomRight: long),
        colorAxis: ChartAxis(long, format: .euros), grid: TernaryGrid(divisions: 2),
        values: [.nan, 1e300, -1e300, 0], mark: .init(TernaryPoint(a: 0, b: 0, c: 1), label: long))
    ),
    (
      "ternary, one cell",
      TernaryHeatMap(
        title: "One", corners: (top: "A", bottomLeft: "B", bottomRight: "C"),
        colorAxis: ChartAxis("v"), grid: TernaryGrid(divisions: 1), values: [2])
    ),
    (
      "small multiples, uneven",
      SmallMultiples(
        title: long, xAxis: ChartAxis("x"), yAxis: ChartAxis("y", format: .euros),
        panels: (0..<5).map { k in
          SmallMultiples.Panel(
            long, series: [LineSeries("s\(k % 2)", x: [0, 1, 2], y: [Double(k), .nan, 1e6])],
            markers: [.horizontal(y: 5e5, label: long)])
        }, columns: 3)
    ),
  ]

  /// Charts with nothing to draw: they say "No data" and have no marks, so the browser check
  /// rejects a report page that shows one.
  static let emptyCases: [(name: String, chart: any RenderableChart)] = [
    (
      "line, nothing",
      LineChart(title: "Nothing", xAxis: ChartAxis("x"), yAxis: ChartAxis("y"), series: [])
    ),
    (
      "tornado, empty",
      TornadoChart(title: "Empty", valueAxis: ChartAxis("v"), base: .nan, rows: [])
    ),
    (
      "scatter, empty",
      ScatterChart(title: "Empty", xAxis: ChartAxis("x"), yAxis: ChartAxis("y"), points: [])
    ),
    (
      "small multiples, none",
      SmallMultiples(title: "None", xAxis: ChartAxis("x"), yAxis: ChartAxis("y"), panels: [])
    ),
    (
      "diverging bars, none",
      DivergingBarChart(
        title: "None", valueAxis: ChartAxis("v"), bars: [], negativeLabel: "−", positiveLabel: "+")
    ),
    (
      "dot plot, none",
      DotPlot(title: "None", valueAxis: ChartAxis("v"), rows: [], statuses: [])
    ),
    (
      "heat map, no finite value",
      HeatMap(
        title: "NaN", xAxis: ChartAxis("x"), yAxis: ChartAxis("y"), colorAxis: ChartAxis("v"),
        x: [1, 2], y: [1], values: [[.nan, .infinity]])
    ),
    (
      "stacked area, no columns",
      StackedAreaChart(
        title: "None", xAxis: ChartAxis("x"), yAxis: ChartAxis("y"), x: [],
        layers: [.init("a", values: [])])
    ),
  ]

  @Test(arguments: (cases + emptyCases).map(\.name))
  func rendersWellFormedAndLaidOut(name: String) throws {
    let chart = try #require((Self.cases + Self.emptyCases).first { $0.name == name }?.chart)
    for locale in ReportLocale.allCases {
      let rendered = chart.render(locale: locale)
      let parser = XMLParser(data: Data(rendered.svg.utf8))
      #expect(parser.parse(), "\(name): not well-formed: \(String(describing: parser.parserError))")
      let lower = rendered.svg.lowercased()
      #expect(!lower.contains("nan\"") && !lower.contains("inf\""), "\(name): non-finite attribute")
      #expect(!rendered.svg.contains("<with>"), "\(name): unescaped markup")
      let view = ChartRect(x: 0, y: 0, width: rendered.width, height: rendered.height)
      for text in rendered.texts {
        #expect(
          view.contains(text.box), "\(name): \"\(text.text)\" at \(text.box) leaves the viewBox")
      }
      for (i, a) in rendered.texts.enumerated() {
        for b in rendered.texts[(i + 1)...] where a.box.overlaps(b.box, margin: 1) {
          Issue.record(
            "\(name) (\(locale)): \"\(a.text)\" \(a.box) overlaps \"\(b.text)\" \(b.box)")
        }
      }
    }
  }

  @Test(arguments: emptyCases.map(\.name))
  func emptyChartsSayNoData(name: String) throws {
    let chart = try #require(Self.emptyCases.first { $0.name == name }?.chart)
    #expect(chart.svg(locale: .en).contains(">No data</text>"))
    #expect(chart.svg(locale: .nl).contains(">Geen gegevens</text>"))
    #expect(!chart.svg(locale: .en).contains("class=\"mark"))
  }

  /// Sizes no page would use still render rather than trap (coordinates are clamped).
  @Test func absurdSizesDoNotTrap() {
    let huge = ChartSize(width: 1e30, plotHeight: 1e30)
    let line = LineChart(
      title: "Huge", xAxis: ChartAxis("x"), yAxis: ChartAxis("y"),
      series: [LineSeries("s", x: [0, 1], y: [0, 1])], size: huge)
    #expect(line.svg(locale: .en).hasPrefix("<svg"))
    let bars = DivergingBarChart(
      title: "Wide", valueAxis: ChartAxis("v"), bars: [.init("a", 1)], negativeLabel: "−",
      positiveLabel: "+", width: 1e30)
    #expect(bars.svg(locale: .nl).hasPrefix("<svg"))
  }
}
