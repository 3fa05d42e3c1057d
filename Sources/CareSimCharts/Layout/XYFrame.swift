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
  ///   - rightMargin: Room to keep free right of the plot (a colour legend).
  ///   - top: Where the plot starts, if not just below the header and the y axis title.
  ///   - plotLeft: The plot's left edge, if not fitted to the y labels (to align panels).
  ///   - plotWidth: The plot's width, if not all that is left (to align panels).
  ///   - tightX: Whether the x axis ends at the data rather than at the next tick (for series
  ///     over months, where a widened axis would suggest months that were not simulated).
  /// - Returns: The frame.
  package static func layout(
    canvas: ChartCanvas, xAxis: ChartAxis, xValues: [Double], yAxis: ChartAxis,
    yValues: [Double], plotHeight: Double, formatter: ReportNumberFormatter,
    rightMargin: Double = 0, top: Double? = nil, plotLeft: Double? = nil,
    plotWidth: Double? = nil, tightX: Bool = false
  ) -> XYFrame {
    let padding = ChartStyle.padding
    let plotTop = top ?? canvas.headerBottom + (yAxis.label.isEmpty ? 10 : 30)
    var xExtent = xAxis.extent(of: xValues) ?? (0, 1, false)
    if tightX && xExtent.lower < xExtent.upper { xExtent.fixed = true }
    let yExtent = yAxis.extent(of: yValues) ?? (0, 1, false)
    let yTicks = AxisTicks.fitting(
      lower: yExtent.lower, upper: yExtent.upper, fixed: yExtent.fixed, length: plotHeight,
      horizontal: false, format: yAxis.format, formatter: formatter, step: yAxis.tickStep)
    var left = plotLeft ?? padding + yTicks.maxWidth + 7
    var right = plotWidth.map { left + $0 } ?? canvas.width - padding - rightMargin
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
  package var xLabelsBottom: Double {
    plot.maxY + Self.xLabelGap + (TextMetrics.ascent + TextMetrics.descent) * ChartStyle.tickSize
  }

  /// The distance from the plot's bottom to the top of the x tick labels: clear of the lowest y
  /// tick label, which is centred on the bottom edge and reaches 7 units below it.
  package static let xLabelGap = 10.0

  /// Draws horizontal gridlines at the y ticks (and vertical ones at the x ticks if asked),
  /// behind the data.
  package func drawGrid(on canvas: inout ChartCanvas, vertical: Bool = false) {
    canvas.writer.open(
      "g", ["class": "chart-grid", "stroke": ChartPalette.grid, "stroke-width": 1])
    for value in yTicks.nice.values {
      let position = y.position(value)
      canvas.writer.element(
        "line", ["x1": plot.x, "y1": position, "x2": plot.maxX, "y2": position])
    }
    if vertical {
      for value in xTicks.nice.values {
        let position = x.position(value)
        canvas.writer.element(
          "line", ["x1": position, "y1": plot.y, "x2": position, "y2": plot.maxY])
      }
    }
    canvas.writer.close("g")
  }

  /// Draws the axis lines, ticks, tick labels and axis titles, in front of the data.
  ///
  /// - Parameters:
  ///   - canvas: Where to draw.
  ///   - xAxis: The horizontal axis, titled below the plot.
  ///   - yAxis: The vertical axis, titled above the plot on the left (read without turning the
  ///     page, and no room taken from the plot's width).
  ///   - xLabels: Whether to draw the x tick labels and title.
  ///   - yLabels: Whether to draw the y tick labels and title.
  /// - Returns: The y below everything drawn under the plot.
  @discardableResult
  package func drawAxes(
    on canvas: inout ChartCanvas, xAxis: ChartAxis, yAxis: ChartAxis, xLabels: Bool = true,
    yLabels: Bool = true
  ) -> Double {
    let tick = ChartStyle.tickSize
    canvas.writer.open(
      "g", ["class": "chart-axis", "stroke": ChartPalette.axis, "stroke-width": 1])
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
    for value in xTicks.nice.values {
      let position = x.position(value)
      canvas.writer.element(
        "line", ["x1": position, "y1": plot.maxY, "x2": position, "y2": plot.maxY + 4])
    }
    canvas.writer.close("g")
    var bottom = plot.maxY
    if xLabels {
      let baseline = plot.maxY + Self.xLabelGap + TextMetrics.ascent * tick
      for (value, label) in zip(xTicks.nice.values, xTicks.labels) where !label.isEmpty {
        canvas.text(
          label, x: x.position(value), y: baseline, size: tick, anchor: .middle,
          className: "chart-tick")
      }
      bottom = xLabelsBottom
      if !xAxis.label.isEmpty {
        let titleBaseline = bottom + 5 + TextMetrics.ascent * ChartStyle.labelSize
        canvas.text(
          xAxis.label, x: plot.midX, y: titleBaseline, size: ChartStyle.labelSize,
          anchor: .middle, className: "chart-axis-title", fill: ChartPalette.softInk,
          maxWidth: canvas.innerWidth, keepInside: true)
        bottom = titleBaseline + TextMetrics.descent * ChartStyle.labelSize
      }
    }
    if yLabels {
      for (value, label) in zip(yTicks.nice.values, yTicks.labels) where !label.isEmpty {
        canvas.text(
          label, x: plot.x - 6, y: TextMetrics.baseline(centredOn: y.position(value), size: tick),
          size: tick, anchor: .end, className: "chart-tick")
      }
      if !yAxis.label.isEmpty {
        canvas.text(
          yAxis.label, x: ChartStyle.padding, y: plot.y - 14, size: ChartStyle.labelSize,
          className: "chart-axis-title", fill: ChartPalette.softInk,
          maxWidth: canvas.width - 2 * ChartStyle.padding)
      }
    }
    return bottom
  }
}
