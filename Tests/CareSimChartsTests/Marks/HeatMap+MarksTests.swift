import CareSimCharts
import Testing

/// A heat map's cells, contour and tick labels.
@Suite struct HeatMapMarksTests {
  static let formatter = ReportNumberFormatter(locale: .en)

  static func map(columns: Int, rows: Int, width: Double = 520) -> HeatMap {
    let x = (0..<columns).map { 40 + 10 * Double($0) }
    let y = (0..<rows).map { 0.1 + 0.05 * Double($0) }
    return HeatMap(
      title: "Net benefit", xAxis: ChartAxis("Price", format: .euros),
      yAxis: ChartAxis("Uptake", format: .percent),
      colorAxis: ChartAxis("Net benefit", format: .euros), x: x, y: y,
      values: y.map { u in x.map { p in 9000 * u - 45 * p } }, size: ChartSize(width: width))
  }

  /// A cell per value, coloured by the scale, placed in its column and row (rows bottom up),
  /// its tooltip naming both parameters; cells without a value are not marks.
  @Test func oneCellPerValue() throws {
    var map = Self.map(columns: 3, rows: 2)
    map.values[1][2] = .nan
    let document = SVGElements(map)
    let cells = document.named("rect").filter {
      ["mark mark-cell", "chart-missing"].contains($0.attributes["class"] ?? "")
    }
    #expect(cells.count == 6)
    #expect(document.withClass("mark-cell").count == 5)
    let missing = try #require(document.withClass("chart-missing").first)
    #expect(missing.attributes["fill"] == "#bdbdbd")
    let heat = HeatScale(values: map.values.flatMap { $0 })
    #expect(cells[0].attributes["fill"] == heat.color(map.values[0][0]).hex)
    let tops = cells.compactMap { $0.attributes["y"].flatMap(Double.init) }
    #expect(tops[0] > tops[3])  // the first row is drawn lowest
    let tooltips = document.named("title").dropFirst().map(\.text)
    #expect(tooltips.first == "Price €40, Uptake 10%: −€900")
    #expect(tooltips.last == "Price €60, Uptake 15%: —")
  }

  /// The contour is one path on a white casing when the values cross its level, none if not.
  @Test func contourOnItsCasing() {
    let crossing = SVGElements(Self.map(columns: 5, rows: 4))
    #expect(crossing.withClass("mark-contour").count == 1)
    #expect(crossing.withClass("chart-contour-casing").count == 1)
    var positive = Self.map(columns: 5, rows: 4)
    positive.values = positive.values.map { $0.map { $0.magnitude + 1 } }
    #expect(SVGElements(positive).withClass("mark-contour").isEmpty)
  }

  /// Column labels are thinned until they fit; the first column is always labelled.
  @Test(arguments: [(3, false), (60, true)])
  func columnLabelsFit(columns: Int, thinned: Bool) throws {
    let rendered = Self.map(columns: columns, rows: 3, width: 320).render(locale: .nl)
    // The column labels are the lowest euro amounts: the colour bar's sit beside the plot.
    let amounts = rendered.texts.filter { $0.text.hasPrefix("€") }
    let lowest = try #require(amounts.map(\.box.y).max())
    let labels = amounts.filter { $0.box.y == lowest }
    #expect(labels.first?.text == "€\u{00A0}40")
    #expect((labels.count < columns) == thinned)
    for (a, b) in zip(labels, labels.dropFirst()) { #expect(!a.box.overlaps(b.box, margin: 1)) }
  }
}
