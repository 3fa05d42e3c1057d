/// A grid of coloured cells over two parameters, with a colour bar and a contour line at a level
/// (the break-even line where the net benefit crosses zero).
///
/// For `caresim grid`: each cell is one combination of the two parameters, coloured by the
/// outcome. Values of both signs use the diverging orange–white–blue ramp, symmetric around
/// zero; values of one sign the sequential viridis ramp. The contour is traced by marching
/// squares through the cell centres and drawn black on a white casing, so it shows on every
/// colour.
public struct HeatMap: Chart, RenderableChart {
  /// A level line through the grid, with its legend entry.
  public struct Contour: Sendable, Hashable {
    /// The level, in the values' unit.
    public var level: Double
    /// The legend entry ("Break-even").
    public var label: String

    /// The line where the values cross `level`, named `label`.
    public init(level: Double, label: String) {
      self.level = level
      self.label = label
    }
  }

  /// The title above the chart.
  public var title: String
  /// The horizontal axis: the first parameter.
  public var xAxis: ChartAxis
  /// The vertical axis: the second parameter.
  public var yAxis: ChartAxis
  /// What the colours mean: the outcome, with its unit and format.
  public var colorAxis: ChartAxis
  /// The first parameter's values, one per column, ascending.
  public var x: [Double]
  /// The second parameter's values, one per row, ascending (drawn bottom to top).
  public var y: [Double]
  /// The outcome: `values[row][column]`.
  public var values: [[Double]]
  /// The level line to draw, if any.
  public var contour: Contour?
  /// The chart's width and plot height.
  public var size: ChartSize

  /// A heat map; see the properties.
  ///
  /// The default contour is the zero line, labelled in English;
  /// a Dutch page passes its own label (`Contour(level: 0, label: "Omslagpunt")`), and nil draws
  /// none.
  public init(
    title: String, xAxis: ChartAxis, yAxis: ChartAxis, colorAxis: ChartAxis, x: [Double],
    y: [Double], values: [[Double]], contour: Contour? = Contour(level: 0, label: "Break-even"),
    size: ChartSize = .standard
  ) {
    precondition(values.count == y.count, "\(values.count) rows of values for \(y.count) y values")
    for row in values {
      precondition(row.count == x.count, "a row has \(row.count) values for \(x.count) x values")
    }
    self.title = title
    self.xAxis = xAxis
    self.yAxis = yAxis
    self.colorAxis = colorAxis
    self.x = x
    self.y = y
    self.values = values
    self.contour = contour
    self.size = size
  }

  /// The lines where the values cross the contour's level; none without a contour, nor where the
  /// values do not vary (a line through them would trace rounding noise).
  package var contourLines: [[MarchingSquares.Point]] {
    guard HeatScale.uniformValue(values.flatMap { $0 }) == nil else { return [] }
    return contour.map { MarchingSquares.lines(values, level: $0.level) } ?? []
  }

  package static let kind = "heat-map"

  package static let legendMinimumCount = 1

  package var width: Double { size.width }

  /// The contour's entry, if it crosses the grid.
  package func legend(formatter: ReportNumberFormatter) -> [LegendItem] {
    guard let contour, !contourLines.isEmpty else { return [] }
    let level = formatter.format(contour.level, as: colorAxis.format)
    return [
      LegendItem(
        "\(contour.label) (\(level))", .line(color: ChartPalette.ink, dash: "", marker: nil))
    ]
  }

  package func layout(on canvas: ChartCanvas, formatter: ReportNumberFormatter) -> HeatMapFrame {
    HeatMapFrame(self, canvas: canvas, formatter: formatter)
  }

  package func draw(
    _ frame: HeatMapFrame, on canvas: inout ChartCanvas, formatter: ReportNumberFormatter
  ) -> Double {
    drawCells(frame: frame, formatter: formatter, on: &canvas)
    if !values.joined().contains(where: \.isFinite) {
      canvas.drawNoData(in: frame.plot, locale: formatter.locale)
    }
    drawContour(frame: frame, on: &canvas)
    let plot = frame.plot
    canvas.writer.element(
      "rect",
      [
        "class": "chart-axis", "x": plot.x, "y": plot.y, "width": plot.width, "height": plot.height,
        "fill": "none", "stroke": ChartPalette.axis, "stroke-width": ChartStyle.Axes.lineWidth,
      ])
    let bottom = drawTickLabels(frame: frame, on: &canvas)
    canvas.drawTitleAbove(yAxis.label, y: frame.yTitleBaseline)
    canvas.drawTitleAbove(colorAxis.label, y: frame.titleBaseline, anchor: .end)
    frame.heat.drawBar(
      on: &canvas, x: canvas.width - ChartStyle.padding - frame.barWidth, top: plot.y,
      height: plot.height, format: colorAxis.format, formatter: formatter)
    return bottom
  }

  package func description(of frame: HeatMapFrame, formatter: ReportNumberFormatter) -> String {
    ChartPhrases(formatter.locale).heatMap(
      value: colorAxis.label, x: xAxis.label, y: yAxis.label,
      contour: frame.contour.isEmpty ? nil : contour?.label)
  }
}
