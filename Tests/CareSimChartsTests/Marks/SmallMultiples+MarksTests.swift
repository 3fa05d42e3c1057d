import CareSimCharts
import Testing

/// Each panel's title, lines, tick labels and marker notes.
@Suite struct SmallMultiplesMarksTests {
  static let names = ["Amsterdam", "Utrecht", "Zwolle", "Súdwest-Fryslân", "Leiden"]

  static func grid(columns: Int = 2, markers: [ChartMarker] = []) -> SmallMultiples {
    let panels = names.enumerated().map { index, name in
      SmallMultiples.Panel(
        name,
        series: [
          LineSeries("Usual care", x: [0, 12, 24, 36], y: [0.82, 0.78, 0.75, 0.7]),
          LineSeries("Intervention", x: [0, 12, 24, 36], y: [0.82, 0.8, 0.79, 0.77]),
        ].filter { index != 4 || $0.name == "Intervention" }, markers: markers)
    }
    return SmallMultiples(
      title: "Quality of life", xAxis: ChartAxis("Month"), yAxis: ChartAxis("EQ-5D"),
      panels: panels, columns: columns)
  }

  /// A bold title and a line per series in every panel.
  @Test func everyPanelHasItsTitleAndLines() {
    let document = SVGElements(Self.grid())
    #expect(document.withClass("chart-panel-title").map(\.text) == Self.names)
    #expect(document.withClass("mark-line").count == 9)
  }

  /// A series keeps its colour in every panel, even where it is the only one.
  @Test func seriesKeepTheirColourAcrossPanels() {
    let strokes = SVGElements(Self.grid()).withClass("mark-line").map { $0.attributes["stroke"] }
    let pair: [String?] = [ChartPalette.color(0), ChartPalette.color(1)]
    #expect(strokes == pair + pair + pair + pair + [ChartPalette.color(1)])
  }

  /// The y tick labels are drawn once per row of panels, beside the first column.
  @Test(arguments: [1, 2, 3])
  func yLabelsOnTheFirstColumnOnly(columns: Int) {
    let grid = Self.grid(columns: columns)
    let layout = ChartFixtures.frame(of: grid)
    let rows = (Self.names.count + columns - 1) / columns
    let yLabels = SVGElements(grid).withClass("chart-tick").filter {
      $0.attributes["text-anchor"] == "end"
    }
    let perPanel = layout.frames[0].yTicks.labels.filter { !$0.isEmpty }.count
    #expect(yLabels.count == rows * perPanel)
  }

  /// A marker label that finds no room becomes a note naming its panel.
  @Test func markerNotesNameTheirPanel() {
    let markers = Array(repeating: ChartMarker.vertical(x: 18, label: "Start"), count: 11)
    let notes = SVGElements(Self.grid(markers: markers)).withClass("chart-note").map(\.text)
    #expect(notes == Self.names.map { "\($0): Start" })
  }
}
