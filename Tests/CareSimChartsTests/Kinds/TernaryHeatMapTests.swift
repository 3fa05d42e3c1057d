import CareSimCharts
import Testing

/// The ternary heat map: its legend, accessible name, note and empty case.
@Suite struct TernaryHeatMapTests {
  static let formatter = ReportNumberFormatter(locale: .en)
  static let corners = (top: "Informal care", bottomLeft: "Home care", bottomRight: "Nursing home")

  static func map(
    divisions: Int = 4, value: (TernaryPoint) -> Double = { 4000 * $0.a - 3000 * $0.c },
    mark: TernaryHeatMap.Mark? = nil, width: Double = 520
  ) -> TernaryHeatMap {
    let grid = TernaryGrid(divisions: divisions)
    return TernaryHeatMap(
      title: "Net benefit by the mix of care", corners: corners,
      colorAxis: ChartAxis("Net benefit", format: .euros), grid: grid,
      values: grid.cells.map { value($0.centroid) }, mark: mark, width: width)
  }

  /// The marked point is the only legend entry, drawn even alone.
  @Test func theMarkIsTheLegend() {
    #expect(Self.map().legend(formatter: Self.formatter).isEmpty)
    let mark = TernaryHeatMap.Mark(TernaryPoint(a: 0.5, b: 0.35, c: 0.15), label: "Today's mix")
    let marked = Self.map(mark: mark)
    #expect(
      marked.legend(formatter: Self.formatter) == [
        LegendItem("Today's mix", .marker(color: ChartPalette.ink, shape: .circle))
      ])
    #expect(SVGElements(marked).withClass("chart-legend-label").map(\.text) == ["Today's mix"])
  }

  /// The accessible name lists the corners, and a note says how to read the ticks.
  @Test(arguments: ReportLocale.allCases)
  func descriptionAndTheTicksNote(locale: ReportLocale) {
    let document = SVGElements(Self.map(), locale: locale)
    let phrases = ChartPhrases(locale)
    let description = phrases.ternary(
      value: "Net benefit", corners: ["Informal care", "Home care", "Nursing home"])
    #expect(
      document.all.first?.attributes["aria-label"]
        == "Net benefit by the mix of care. \(description)")
    let note = document.withClass("chart-note").map(\.text).joined(separator: " ")
    #expect(note == phrases.ternaryTicks)
  }

  /// A cell's tooltip gives its shares under the corners' names, or under the shorter names
  /// given for them where a corner's name says more ("Wmo pays all").
  @Test func aCellNamesItsSharesAsAsked() {
    var map = Self.map(divisions: 1)
    func tooltip() -> String? { SVGElements(map).named("title").last?.text }
    #expect(
      tooltip()?.hasPrefix("Informal care 34%, Home care 33%, Nursing home 33%: ") == true,
      "\(tooltip() ?? "")")
    map.shares = (top: "Informal", bottomLeft: "Home", bottomRight: "Nursing")
    #expect(
      tooltip()?.hasPrefix("Informal 34%, Home 33%, Nursing 33%: ") == true, "\(tooltip() ?? "")")
  }

  @Test func noFiniteValueSaysNoData() {
    let document = SVGElements(Self.map(value: { _ in .nan }))
    #expect(document.withClass("chart-no-data").map(\.text) == ["No data"])
    #expect(document.withClass("mark-cell").isEmpty)
    #expect(document.withClass("chart-missing").count == 16)
  }
}
