import CareSimCharts
import Testing

/// The triangle's cells, gridlines, ticks, corner names and marked point.
@Suite struct TernaryHeatMapMarksTests {
  /// A cell per value, its tooltip giving the three shares at its centroid in whole
  /// percentages that add up to 100: each within a point of its share.
  @Test(arguments: [1, 3, 10])
  func oneCellPerValue(divisions: Int) throws {
    let document = SVGElements(TernaryHeatMapTests.map(divisions: divisions))
    let cells = document.withClass("mark-cell")
    #expect(cells.count == divisions * divisions)
    #expect(cells.allSatisfy { $0.attributes["d"]?.filter { $0 == "L" }.count == 2 })
    let en = ReportNumberFormatter(locale: .en)
    let tooltips = Array(document.named("title").dropFirst())
    for (cell, tooltip) in zip(TernaryGrid(divisions: divisions).cells, tooltips) {
      let c = cell.centroid
      let text = try #require(tooltip.text)
      let percents = text.split(separator: ":")[0].split(separator: ",").map { part in
        Int(part.split(separator: " ").last?.dropLast() ?? "") ?? -1
      }
      #expect(percents.reduce(0, +) == 100, "\(text)")
      for (percent, share) in zip(percents, [c.a, c.b, c.c]) {
        #expect(abs(Double(percent) - share * 100) < 1, "\(text)")
      }
      #expect(
        text
          == "Informal care \(percents[0])%, Home care \(percents[1])%, "
          + "Nursing home \(percents[2])%: \(en.euros(4000 * c.a - 3000 * c.c))")
    }
  }

  /// Gridlines run every 20% parallel to each side, inside the triangle's outline.
  @Test func gridlinesEveryFifth() throws {
    let document = SVGElements(TernaryHeatMapTests.map())
    let grid = try #require(document.withClass("chart-grid").first?.attributes["d"])
    #expect(grid.filter { $0 == "M" }.count == 12)
    let outline = document.withClass("chart-axis").first {
      $0.attributes["d"]?.hasSuffix("Z") == true
    }
    #expect(outline?.attributes["d"]?.filter { $0 == "L" }.count == 2)
  }

  /// Every side is ticked at 20, 40, 60 and 80%; a small triangle labels only 40% and 80% along
  /// its base, where labels sit side by side.
  @Test func sidesAreTickedEveryFifth() {
    let ticks = SVGElements(TernaryHeatMapTests.map()).withClass("chart-tick").map(\.text)
    let expected = ["20%", "40%", "60%", "80%"]
    for label in expected { #expect(ticks.filter { $0 == label }.count == 3, "\(label): \(ticks)") }
    let small = SVGElements(TernaryHeatMapTests.map(width: 240)).withClass("chart-tick").map(\.text)
    let side = small.filter { expected.contains($0) }
    #expect(side.count == 10)
    #expect(side.filter { $0 == "20%" }.count == 2 && side.filter { $0 == "80%" }.count == 3)
  }

  /// The three corners are named, the bottom ones kept inside the chart and apart.
  @Test(arguments: [240.0, 520])
  func cornersAreNamedInside(width: Double) throws {
    let rendered = TernaryHeatMapTests.map(width: width).render(locale: .en)
    let document = SVGElements(rendered.svg)
    #expect(document.withClass("chart-corner-label").count == 3)
    let shown = Set(document.withClass("chart-corner-label").map(\.text))
    let names = rendered.texts.filter { shown.contains($0.text) }
    #expect(names.count == 3)
    for name in names {
      #expect(name.box.x >= ChartStyle.padding - 1e-9)
      #expect(name.box.maxX <= width - ChartStyle.padding + 1e-9)
    }
    #expect(!names[1].box.overlaps(names[2].box))
  }

  /// The marked point is a circle at its shares with its label beside it, or in a note when
  /// there is no room.
  @Test func theMarkIsDrawnAndLabelled() throws {
    let mark = TernaryHeatMap.Mark(TernaryPoint(a: 0.5, b: 0.35, c: 0.15), label: "Today's mix")
    let document = SVGElements(TernaryHeatMapTests.map(mark: mark))
    let point = try #require(document.withClass("mark-highlight").first)
    #expect(point.name == "circle")
    #expect(document.withClass("chart-reference-label").map(\.text) == ["Today's mix"])
    let crowded = TernaryHeatMap.Mark(
      TernaryPoint(a: 0.5, b: 0.35, c: 0.15), label: String(repeating: "Today's mix ", count: 12))
    let noted = SVGElements(TernaryHeatMapTests.map(mark: crowded))
    #expect(noted.withClass("chart-reference-label").isEmpty)
    #expect(noted.withClass("chart-note").first?.text.hasPrefix("Marked point: Today") == true)
  }
}
