/// The layout of a heat map: the axis titles above the plot, the cells' grid, the tick labels
/// left and below, and the colour bar on the right.
package struct HeatMapFrame: Sendable {
  /// The colour of each value.
  package var heat: HeatScale
  /// The contour's lines through the cell centres, in fractional column and row indices.
  package var contour: [[MarchingSquares.Point]]
  /// The baseline of the colour bar's title, and of the y axis title when they share a line.
  package var titleBaseline: Double
  /// Whether the y axis title takes a line of its own below the colour bar's title.
  package var twoTitleLines: Bool
  /// The width of the colour bar with its tick labels.
  package var barWidth: Double
  /// The plot: the cells' area.
  package var plot: ChartRect
  /// The columns, one per x value, left to right.
  package var columns: BandScale
  /// The rows, one per y value, bottom to top.
  package var rows: BandScale
  /// The label of each column.
  package var xLabels: [String]
  /// The label of each row.
  package var yLabels: [String]

  /// Lays out `chart` below the canvas's header.
  package init(_ chart: HeatMap, canvas: ChartCanvas, formatter: ReportNumberFormatter) {
    typealias Style = ChartStyle.Cells
    let padding = ChartStyle.padding
    let tick = ChartStyle.tickSize
    heat = HeatScale(values: chart.values.flatMap { $0 })
    contour = chart.contourLines
    // Titles above the plot: the y axis on the left, the colour bar's on the right, on one line
    // if both fit and on two if not.
    let yTitleWidth = TextMetrics.width(chart.yAxis.label, size: ChartStyle.labelSize)
    let colorTitleWidth = TextMetrics.width(chart.colorAxis.label, size: ChartStyle.labelSize)
    twoTitleLines = yTitleWidth + colorTitleWidth + Style.titleGap > canvas.innerWidth
    titleBaseline = canvas.headerBottom + TextMetrics.ascent * ChartStyle.labelSize
    let plotTop =
      titleBaseline + (twoTitleLines ? ChartStyle.lineStep : 0) + Style.belowTitles
    let plotHeight = chart.size.plotHeight
    barWidth = heat.barWidth(
      format: chart.colorAxis.format, formatter: formatter, height: plotHeight)
    xLabels = Self.labels(chart.x, format: chart.xAxis.format, formatter: formatter)
    yLabels = Self.labels(chart.y, format: chart.yAxis.format, formatter: formatter)
    let yLabelWidth = yLabels.map { TextMetrics.width($0, size: tick) }.max() ?? 0
    let left = padding + yLabelWidth + ChartStyle.Axes.yLabelGap
    var right = canvas.width - padding - barWidth - Style.colourBarGap
    // The last column's label is centred on it; keep it clear of the colour bar.
    if let last = xLabels.last, !chart.x.isEmpty {
      let step = (right - left) / Double(chart.x.count)
      right -= max(0, TextMetrics.width(last, size: tick) / 2 - step / 2 - Style.lastLabelClearance)
    }
    plot = ChartRect(x: left, y: plotTop, width: right - left, height: plotHeight)
    columns = BandScale(count: chart.x.count, range: plot.x, plot.maxX)
    rows = BandScale(count: chart.y.count, range: plot.maxY, plot.y)
  }

  /// The baseline of the y axis title: beside the colour bar's title, or a line below it.
  package var yTitleBaseline: Double {
    titleBaseline + (twoTitleLines ? ChartStyle.lineStep : 0)
  }

  /// Labels for grid values, with the decimals the values need and no more.
  ///
  /// The step is the largest power of ten of which every value is a multiple (to a thousandth of
  /// the smallest gap), so 0.25 keeps two decimals, 0.30000000000000004 one and 20,000 none.
  private static func labels(
    _ values: [Double], format: ValueFormat, formatter: ReportNumberFormatter
  ) -> [String] {
    let finite = values.filter(\.isFinite)
    let gaps = zip(finite, finite.dropFirst()).map { ($1 - $0).magnitude }.filter { $0 > 0 }
    let tolerance = (gaps.min() ?? 1) * 1e-3
    var step = 1e15
    while step > 1e-9 {
      let isMultiple = finite.allSatisfy { value in
        let units = value / step
        return (units - units.rounded()).magnitude * step <= tolerance
      }
      if isMultiple { break }
      step /= 10
    }
    return formatter.tickLabels(values, step: step, as: format)
  }
}
