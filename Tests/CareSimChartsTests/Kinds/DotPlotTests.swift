import CareSimCharts
import Testing

/// Estimates against published figures: statuses, legend and the axis they share.
@Suite struct DotPlotTests {
  static let formatter = ReportNumberFormatter(locale: .en)

  static func plot(
    _ rows: [DotPlot.Row], statuses: [String] = ["Within", "Near", "Outside"],
    band: DotPlot.Band? = nil, domain: ClosedRange<Double>? = nil
  ) -> DotPlot {
    DotPlot(
      title: "Estimates", valueAxis: ChartAxis("Share", format: .percent, domain: domain),
      rows: rows, statuses: statuses, band: band)
  }

  /// Statuses used by rows but not listed join the legend in row order, after the listed ones.
  @Test func unlistedStatusesJoinInRowOrder() {
    let plot = Self.plot(
      [
        .init("a", value: 1, status: "Later"), .init("b", value: 1, status: "Near"),
        .init("c", value: 1, status: "Other"), .init("d", value: 1, status: "Later"),
      ], statuses: ["Within", "Near"])
    #expect(plot.allStatuses == ["Within", "Near", "Later", "Other"])
  }

  /// Each status has its own colour and shape, cycling after seven.
  @Test func statusesHaveTheirStyle() {
    let statuses = (0..<9).map { "s\($0)" }
    let plot = Self.plot([], statuses: statuses)
    let styles = statuses.map { plot.style(of: $0) }
    #expect(Set(styles.prefix(7).map(\.color)).count == 7)
    #expect(Set(styles.prefix(7).map(\.shape)).count == 7)
    #expect(styles[7].color == styles[0].color && styles[8].shape == styles[1].shape)
    #expect(plot.style(of: "unknown").color == DotPlot.statusColors[0])
  }

  /// The legend: a whisker per status, the reference stroke if any row has a reference, and
  /// the band.
  @Test func legendOfStatusesReferenceAndBand() {
    let rows: [DotPlot.Row] = [.init("a", value: 0.1, reference: 0.12, status: "Within")]
    let band = DotPlot.Band("±2 SE", lower: -2, upper: 2)
    let legend = Self.plot(rows, statuses: ["Within"], band: band).legend(formatter: Self.formatter)
    #expect(legend.map(\.label) == ["Within", "Published figure", "±2 SE"])
    #expect(legend[0].swatch == .whisker(color: DotPlot.statusColors[0], shape: .circle))
    #expect(legend[1].swatch == .tick(color: ChartPalette.ink))
    let bare = Self.plot([.init("a", value: 0.1, status: "Within")], statuses: ["Within"])
    #expect(bare.legend(formatter: Self.formatter).map(\.label) == ["Within"])
  }

  /// The axis covers every estimate, interval end, reference and the band.
  @Test func theAxisCoversEverything() {
    let plot = Self.plot(
      [.init("a", value: 0.3, lower: 0.25, upper: 0.55, reference: 0.05, status: "Near")],
      band: DotPlot.Band("band", lower: 0.2, upper: 0.7))
    let scale = ChartFixtures.frame(of: plot).axis.scale
    #expect(scale.domainLower <= 0.05 && scale.domainUpper >= 0.7)
  }

  @Test func descriptionAndNoData() {
    let plot = Self.plot([
      .init("a", value: .nan, status: "Within"), .init("b", value: .nan, status: "Near"),
    ])
    let document = SVGElements(plot, locale: .nl)
    #expect(
      document.all.first?.attributes["aria-label"]
        == "Estimates. Puntdiagram van share met intervallen: a en b")
    #expect(document.withClass("chart-no-data").map(\.text) == ["Geen gegevens"])
    #expect(document.withClass("mark-point").isEmpty)
  }
}

extension DotPlotTests {
  /// Many targets with a few long labels stay compact: each row is as high as its own label
  /// needs, the labels take half the width, and no label is cut.
  @Test func rowsFitTheirOwnLabels() {
    let long =
      "share of deaths at 80+ of residents who lived in a care or nursing home two years before"
    let rows = (0..<12).map { index in
      DotPlot.Row(index == 5 ? long : "target \(index)", value: 0.1, status: "In")
    }
    let plot = DotPlot(
      title: "Targets", valueAxis: ChartAxis("Distance"), rows: rows, statuses: ["In"])
    let frame = ChartFixtures.frame(of: plot)
    #expect(frame.middles != nil)
    #expect(frame.bottom - frame.top < 12 * frame.rowStep)
    #expect(frame.middle(ofRow: 1) - frame.middle(ofRow: 0) == ChartStyle.Rows.dotStep)
    #expect(frame.labels.lines[5].joined(separator: " ") == long)
    let canvas = ChartFixtures.canvas()
    #expect(frame.labels.width <= canvas.innerWidth * ChartStyle.Rows.dotLabelShare)
    #expect(frame.labels.width > canvas.innerWidth * ChartStyle.Rows.labelShare)
  }
}
