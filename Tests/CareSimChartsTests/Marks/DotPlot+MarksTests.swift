import CareSimCharts
import Testing

/// A dot plot's marks: a whisker, a reference stroke and a dot per row, each where its data
/// allow, and the band behind them.
@Suite struct DotPlotMarksTests {
  static func plot(
    _ rows: [DotPlot.Row], band: DotPlot.Band? = nil, domain: ClosedRange<Double>? = nil
  ) -> DotPlot {
    DotPlot(
      title: "Estimates", valueAxis: ChartAxis("Share", format: .percent, domain: domain),
      rows: rows, statuses: ["Within"], band: band)
  }

  /// Whiskers need both finite ends, reference strokes a finite reference, dots a finite value.
  @Test func marksFollowTheirData() {
    let document = SVGElements(
      Self.plot([
        .init("all", value: 0.11, lower: 0.09, upper: 0.13, reference: 0.12, status: "Within"),
        .init("no interval", value: 0.2, reference: 0.25, status: "Within"),
        .init("half interval", value: 0.3, lower: 0.2, status: "Within"),
        .init("broken", value: .nan, lower: .nan, upper: 0.4, reference: .infinity, status: "Near"),
        .init("value only", value: 0.5, status: "Within"),
      ]))
    #expect(document.withClass("mark-whisker").count == 1)
    #expect(document.withClass("mark-reference").count == 2)
    #expect(document.withClass("mark-point").count == 4)
    #expect(document.withClass("chart-row-label").count == 5)
  }

  /// A dot's tooltip gives its value and interval, a reference's its published figure.
  @Test func tooltipsGiveTheFigures() {
    let document = SVGElements(
      Self.plot([
        .init(
          "Admissions", value: 0.112, lower: 0.094, upper: 0.131, reference: 0.12, status: "Within")
      ]))
    let tooltips = document.named("title").dropFirst().map(\.text)
    #expect(
      tooltips == [
        "Admissions, published figure: 12.0%", "Admissions: 11.2% (9.4% to 13.1%)",
      ])
  }

  /// The whisker spans the interval with a cap at each end; the dot sits on the value.
  @Test func whiskersSpanTheirInterval() throws {
    let plot = Self.plot(
      [.init("a", value: 0.5, lower: 0.25, upper: 0.75, status: "Within")], domain: 0...1)
    let document = SVGElements(plot)
    let d = try #require(document.withClass("mark-whisker").first?.attributes["d"])
    #expect(d.filter { $0 == "M" }.count == 3)
    let scale = ChartFixtures.frame(of: plot).axis.scale
    #expect(d.hasPrefix("M\(SVGNumber.format(scale.position(0.25))) "))
    let dot = document.withClass("mark-point").first
    #expect(dot?.attributes["cx"] == SVGNumber.format(scale.position(0.5)))
  }

  /// The band spans the rows; a fixed domain narrower than the band cuts it at the axis's
  /// ends; a band with a non-finite end is not drawn.
  @Test func theBandIsCutToTheAxis() throws {
    let rows: [DotPlot.Row] = [.init("a", value: 0, status: "Within")]
    let cut = Self.plot(rows, band: .init("±2", lower: -2, upper: 2), domain: -1...1)
    let frame = ChartFixtures.frame(of: cut)
    let band = try #require(SVGElements(cut).withClass("chart-band").first)
    #expect(band.attributes["x"] == SVGNumber.format(frame.axis.scale.rangeStart))
    #expect(band.attributes["y"] == SVGNumber.format(frame.top))
    #expect(band.attributes["height"] == SVGNumber.format(frame.bottom - frame.top))
    let open = Self.plot(rows, band: .init("open", lower: -.infinity, upper: 2))
    #expect(SVGElements(open).withClass("chart-band").isEmpty)
  }
}
