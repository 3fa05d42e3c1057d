/// The plotting area of a chart with a value axis across (x) and one up (y): its rectangle,
/// scales, ticks, gridlines and axes.
///
/// The y ticks are chosen first (they depend only on the plot height); their widest label fixes
/// the left margin; then the x ticks are fitted to the width left, and the margins grow if the
/// first or last x label would stick out of the chart.
package struct XYFrame: Sendable {
  /// The plotting area.
  package var plot: ChartRect
  /// Maps x values to horizontal positions.
  package var x: LinearScale
  /// Maps y values to vertical positions (upward).
  package var y: LinearScale
  /// The x ticks and labels.
  package var xTicks: AxisTicks
  /// The y ticks and labels.
  package var yTicks: AxisTicks

  /// Lays out a plot below the canvas header.
  ///
  /// - Parameters:
  ///   - canvas: The canvas; the plot starts below its header.
  ///   - xAxis: The horizontal axis.
  ///   - xValues: The values the x axis must cover.
  ///   - yAxis: The vertical axis.
  ///   - yValues: The values the y axis must cover.
  ///   - plotHeight: The height of the plot.
  ///   - formatter: Writes the tick labels.
  ///   - top: Where the plot starts, if not just below the header and the y axis title.
  ///   - plotLeft: The plot's left edge, if not fitted to the y labels (to align panels).
  ///   - plotWidth: The plot's width, if not all that is left (to align panels).
  ///   - tightX: Whether the x axis ends at the data rather than at the next tick (for series
  ///     over months, where a widened axis would suggest months that were not simulated).
  /// - Returns: The frame.
  package static func layout(
    canvas: ChartCanvas, xAxis: ChartAxis, xValues: [Double], yAxis: ChartAxis,
    yValues: [Double], plotHeight: Double, formatter: ReportNumberFormatter,
    top: Double? = nil, plotLeft: Double? = nil, plotWidth: Double? = nil, tightX: Bool = false
  ) -> XYFrame {
    let padding = ChartStyle.padding
    let titleRoom =
      yAxis.label.isEmpty ? ChartStyle.Axes.plotTopWithoutTitle : ChartStyle.Axes.plotTopWithTitle
    let plotTop = top ?? canvas.headerBottom + titleRoom
    var xExtent = xAxis.extent(of: xValues) ?? (0, 1, false)
    if tightX && xExtent.lower < xExtent.upper { xExtent.fixed = true }
    let yExtent = yAxis.extent(of: yValues) ?? (0, 1, false)
    let yTicks = AxisTicks.fitting(
      lower: yExtent.lower, upper: yExtent.upper, fixed: yExtent.fixed, length: plotHeight,
      horizontal: false, format: yAxis.format, formatter: formatter, step: yAxis.tickStep)
    var left = plotLeft ?? padding + yTicks.maxWidth + ChartStyle.Axes.yLabelGap
    var right = plotWidth.map { left + $0 } ?? canvas.width - padding
    var xTicks = AxisTicks.fitting(
      lower: xExtent.lower, upper: xExtent.upper, fixed: xExtent.fixed, length: right - left,
      horizontal: true, format: xAxis.format, formatter: formatter, step: xAxis.tickStep)
    if plotLeft == nil && plotWidth == nil {
      // Grow the margins until the end labels, centred on the end ticks, stay inside the chart.
      for _ in 0..<3 {
        let scale = LinearScale(ticks: xTicks.nice, range: left, right)
        var newLeft = left
        var newRight = right
        for (value, width) in zip(xTicks.nice.values, xTicks.widths) where width > 0 {
          let position = scale.position(value)
          newLeft = max(newLeft, left + (padding - (position - width / 2)))
          newRight = min(newRight, right - (position + width / 2 - (canvas.width - padding)))
        }
        if newLeft == left && newRight == right { break }
        left = newLeft
        right = newRight
        xTicks = AxisTicks.fitting(
          lower: xExtent.lower, upper: xExtent.upper, fixed: xExtent.fixed, length: right - left,
          horizontal: true, format: xAxis.format, formatter: formatter, step: xAxis.tickStep)
      }
    }
    let plot = ChartRect(x: left, y: plotTop, width: right - left, height: plotHeight)
    return XYFrame(
      plot: plot, x: LinearScale(ticks: xTicks.nice, range: plot.x, plot.maxX),
      y: LinearScale(ticks: yTicks.nice, range: plot.maxY, plot.y), xTicks: xTicks,
      yTicks: yTicks)
  }

  /// The y just below the x tick labels.
  private var xLabelsBottom: Double {
    plot.maxY + ChartStyle.Axes.xLabelGap + TextMetrics.lineHeight(ChartStyle.tickSize)
  }

  /// Draws horizontal gridlines at the y ticks (and vertical ones at the x ticks if asked),
  /// behind the data.
  package func drawGrid(on canvas: inout ChartCanvas, vertical: Bool = false) {
    var lines = yTicks.nice.values.map { value in
      let position = y.position(value)
      return (plot.x, position, plot.maxX, position)
    }
    if vertical {
      lines += xTicks.nice.values.map { value in
        let position = x.position(value)
        return (position, plot.y, position, plot.maxY)
      }
    }
    canvas.drawGridLines(lines)
  }

  /// Draws the axis lines, ticks, tick labels and axis titles, in front of the data.
  ///
  /// - Parameters:
  ///   - canvas: Where to draw.
  ///   - xTitle: The horizontal axis's title, below the plot; none if empty.
  ///   - yTitle: The vertical axis's title, above the plot on the left; none if empty.
  ///   - yLabels: Whether to draw the y tick labels and title.
  /// - Returns: The y below everything drawn under the plot.
  @discardableResult
  package func drawAxes(
    on canvas: inout ChartCanvas, xTitle: String, yTitle: String, yLabels: Bool = true
  ) -> Double {
    drawAxisLines(on: &canvas)
    let tick = ChartStyle.tickSize
    let baseline = plot.maxY + ChartStyle.Axes.xLabelGap + TextMetrics.ascent * tick
    for (value, label) in zip(xTicks.nice.values, xTicks.labels) where !label.isEmpty {
      canvas.text(
        label, x: x.position(value), y: baseline, size: tick, anchor: .middle,
        className: "chart-tick")
    }
    let bottom = canvas.drawAxisTitle(xTitle, centredOn: plot.midX, below: xLabelsBottom)
    if yLabels {
      drawYLabels(on: &canvas)
      canvas.drawTitleAbove(yTitle, y: plot.y - ChartStyle.Axes.yTitleRise)
    }
    return bottom
  }

  /// Draws the zero line (if zero is inside the y range), the x axis line and its ticks.
  private func drawAxisLines(on canvas: inout ChartCanvas) {
    canvas.writer.open(
      "g",
      [
        "class": "chart-axis", "stroke": ChartPalette.axis,
        "stroke-width": ChartStyle.Axes.lineWidth,
      ])
    if y.domainLower < 0 && y.domainUpper > 0 {
      let zero = y.position(0)
      canvas.writer.element(
        "line",
        [
          "class": "chart-zero", "x1": plot.x, "y1": zero, "x2": plot.maxX, "y2": zero,
          "stroke": ChartPalette.reference,
        ])
    }
    canvas.writer.element(
      "line", ["x1": plot.x, "y1": plot.maxY, "x2": plot.maxX, "y2": plot.maxY])
    let tickEnd = plot.maxY + ChartStyle.Axes.tickLength
    for value in xTicks.nice.values {
      let position = x.position(value)
      canvas.writer.element(
        "line", ["x1": position, "y1": plot.maxY, "x2": position, "y2": tickEnd])
    }
    canvas.writer.close("g")
  }

  /// Draws the y tick labels, right-aligned left of the plot.
  private func drawYLabels(on canvas: inout ChartCanvas) {
    let tick = ChartStyle.tickSize
    for (value, label) in zip(yTicks.nice.values, yTicks.labels) where !label.isEmpty {
      canvas.text(
        label, x: plot.x - ChartStyle.Axes.yLabelOffset,
        y: TextMetrics.baseline(centredOn: y.position(value), size: tick), size: tick,
        anchor: .end, className: "chart-tick")
    }
  }
}
