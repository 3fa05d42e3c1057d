import CareSimCharts
import Testing

/// The lengths every chart shares keep the relations their comments promise.
@Suite struct ChartStyleTests {
  /// Ticks are the smallest text, at 12 units; labels larger; the title largest.
  @Test func typeSizesAreOrdered() {
    #expect(ChartStyle.tickSize >= 12)
    #expect(ChartStyle.tickSize < ChartStyle.labelSize)
    #expect(ChartStyle.labelSize < ChartStyle.titleSize)
    // A legend row and a title line hold a line of their text.
    #expect(ChartStyle.lineStep >= TextMetrics.lineHeight(ChartStyle.labelSize))
    #expect(
      ChartStyle.lineStep + ChartStyle.Header.titleLineGap
        >= TextMetrics.lineHeight(ChartStyle.titleSize))
  }

  /// The widths the layout assumes are DejaVu Sans's: the last face named before the generic
  /// family, so the estimate is an upper bound for every face before it.
  @Test func fontStackEndsWithTheMeasuredFace() {
    #expect(ChartStyle.fontFamily.hasSuffix("'DejaVu Sans', sans-serif"))
    #expect(ChartStyle.fontFamily.hasPrefix("system-ui"))
  }

  @Test func haloIsAWhiteOutlineBehindTheText() {
    let halo = Dictionary(
      uniqueKeysWithValues: ChartStyle.halo.map { ($0.0, $0.1.svgAttributeText) })
    #expect(halo["paint-order"] == "stroke")
    #expect(halo["stroke"] == "#ffffff")
    #expect(ChartStyle.halo.count == halo.count)
  }

  /// The x tick labels start below the lowest y tick label, which is centred on the plot's
  /// bottom edge.
  @Test func xLabelsClearTheLowestYLabel() {
    #expect(ChartStyle.Axes.xLabelGap >= TextMetrics.lineHeight(ChartStyle.tickSize) / 2)
    #expect(ChartStyle.Axes.yLabelOffset < ChartStyle.Axes.yLabelGap)
    #expect(ChartStyle.Axes.plotTopWithTitle > ChartStyle.Axes.yTitleRise)
    #expect(ChartStyle.Axes.yTitleRise >= TextMetrics.descent * ChartStyle.labelSize)
  }

  /// Rows hold their marks and a line of label; notes keep their boxes apart.
  @Test func rowsHoldTheirMarks() {
    typealias Rows = ChartStyle.Rows
    #expect(Rows.barStep > Rows.barHeight)
    #expect(Rows.dotStep > Rows.dotSize && Rows.dotStep > 2 * Rows.referenceHalfHeight)
    #expect(Rows.barStep >= TextMetrics.lineHeight(ChartStyle.labelSize))
    #expect(Rows.labelShare > 0 && Rows.labelShare < 1)
    #expect(Rows.dotLabelShare > 0 && Rows.dotLabelShare < 1)
    #expect(Rows.minimumBarWidth > 0)
    #expect(ChartCanvas.noteStep > TextMetrics.lineHeight(ChartStyle.tickSize))
  }

  @Test func ternarySidesAreBounded() {
    typealias Ternary = ChartStyle.Ternary
    #expect(Ternary.minimumSide < Ternary.maximumSide)
    #expect(Ternary.firstBarHeight <= Ternary.maximumSide * TernaryGeometry.heightRatio)
    #expect(ChartStyle.Header.titleLines >= 1 && ChartStyle.Header.noteLines >= 1)
  }
}
