/// The layout of a ternary heat map: the colour bar's title and the top corner's name above the
/// triangle, the triangle as large as the width leaves, the colour bar on the right.
///
/// The triangle's height is the colour bar's, whose tick labels set the bar's width, which
/// leaves the triangle its width: a first guess at the bar's height settles in two rounds.
package struct TernaryFrame: Sendable {
  /// The colour of each value.
  package var heat: HeatScale
  /// The width of the widest side tick label, "80%".
  package var tickLabelWidth: Double
  /// The baseline of the colour bar's title.
  package var titleBaseline: Double
  /// The baseline of the top corner's name.
  package var apexLabelBaseline: Double
  /// The top of the triangle's room, below the top corner's name.
  package var top: Double
  /// The width of the colour bar with its tick labels.
  package var barWidth: Double
  /// The width left of the colour bar, between the paddings: the triangle's room.
  package var roomWidth: Double
  /// The triangle.
  package var geometry: TernaryGeometry

  /// Lays out `chart` below the canvas's header.
  package init(_ chart: TernaryHeatMap, canvas: ChartCanvas, formatter: ReportNumberFormatter) {
    typealias Style = ChartStyle.Ternary
    let padding = ChartStyle.padding
    let label = ChartStyle.labelSize
    let format = chart.colorAxis.format
    let heat = HeatScale(values: chart.values)
    let tickLabelWidth = TextMetrics.width("80%", size: ChartStyle.tickSize)
    titleBaseline = canvas.headerBottom + TextMetrics.ascent * label
    apexLabelBaseline = titleBaseline + ChartStyle.lineStep + Style.aboveApexLabel
    top = apexLabelBaseline + TextMetrics.descent * label + Style.belowApexLabel
    var barWidth = heat.barWidth(format: format, formatter: formatter, height: Style.firstBarHeight)
    func room() -> Double { canvas.width - 2 * padding - barWidth - Style.colourBarGap }
    func available() -> Double { room() - 2 * (tickLabelWidth + Style.tickLabelGap) }
    func side() -> Double { max(Style.minimumSide, min(available(), Style.maximumSide)) }
    for _ in 0..<2 {
      barWidth = heat.barWidth(
        format: format, formatter: formatter, height: side() * TernaryGeometry.heightRatio)
    }
    let side = side()
    self.heat = heat
    self.tickLabelWidth = tickLabelWidth
    self.barWidth = barWidth
    self.roomWidth = room()
    self.geometry = TernaryGeometry(
      left: padding + tickLabelWidth + Style.tickLabelGap + (available() - side) / 2,
      base: top + side * TernaryGeometry.heightRatio, side: side)
  }
}
