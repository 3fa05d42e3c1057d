/// A horizontal value axis under rows of bars or dots: ticks fitted to the width, vertical
/// gridlines through the rows, and room at both ends for labels that sit beyond the marks.
package struct ValueAxis: Sendable {
  /// Maps values to horizontal positions.
  package var scale: LinearScale
  /// The ticks and their labels.
  package var ticks: AxisTicks

  /// Fits an axis for `values` between `left` and `right`, leaving room for end labels.
  ///
  /// - Parameters:
  ///   - axis: The axis's title, unit, format and range.
  ///   - values: The values to cover (zero is added when the axis includes zero).
  ///   - left: The leftmost position a mark may take.
  ///   - right: The rightmost position.
  ///   - formatter: Writes the tick labels.
  ///   - unit: The compact unit of the chart's value labels (see ``ChartNumberStyle``), or nil.
  ///   - endLabels: For a candidate scale, how far labels stick out beyond `left` and `right`
  ///     (a positive number is an overflow); the range is shrunk by that much, twice at most.
  package init(
    axis: ChartAxis, values: [Double], left: Double, right: Double,
    formatter: ReportNumberFormatter, unit: Int? = nil,
    endLabels: (LinearScale) -> (left: Double, right: Double) = { _ in (0, 0) }
  ) {
    let extent = axis.extent(of: values) ?? (0, 1, false)
    var start = left
    var end = right
    var ticks = AxisTicks.fitting(
      lower: extent.lower, upper: extent.upper, fixed: extent.fixed, length: end - start,
      horizontal: true, format: axis.format, formatter: formatter, step: axis.tickStep,
      unit: unit)
    var scale = LinearScale(ticks: ticks.nice, range: start, end)
    for _ in 0..<3 {
      // The end tick labels are centred on their ticks; keep them inside [left, right] too.
      var overflow = endLabels(scale)
      for (value, width) in zip(ticks.nice.values, ticks.widths) where width > 0 {
        let position = scale.position(value)
        overflow.left = max(overflow.left, left - (position - width / 2))
        overflow.right = max(overflow.right, position + width / 2 - right)
      }
      let tolerance = ChartStyle.Axes.overflowTolerance
      guard overflow.left > tolerance || overflow.right > tolerance else { break }
      start += max(0, overflow.left)
      end -= max(0, overflow.right)
      ticks = AxisTicks.fitting(
        lower: extent.lower, upper: extent.upper, fixed: extent.fixed, length: end - start,
        horizontal: true, format: axis.format, formatter: formatter, step: axis.tickStep,
        unit: unit)
      scale = LinearScale(ticks: ticks.nice, range: start, end)
    }
    self.scale = scale
    self.ticks = ticks
  }

  /// Draws vertical gridlines from `top` to `bottom`, behind the marks.
  package func drawGrid(on canvas: inout ChartCanvas, top: Double, bottom: Double) {
    canvas.drawGridLines(
      ticks.nice.values.map { value in
        let x = scale.position(value)
        return (x, top, x, bottom)
      })
  }

  /// Draws the zero line (if zero is inside the axis) from `top` to `bottom`.
  package func drawZero(on canvas: inout ChartCanvas, top: Double, bottom: Double) {
    guard scale.domainLower <= 0 && scale.domainUpper >= 0 else { return }
    let x = scale.position(0)
    canvas.writer.element(
      "line",
      [
        "class": "chart-axis chart-zero", "x1": x, "y1": top, "x2": x, "y2": bottom,
        "stroke": ChartPalette.reference, "stroke-width": ChartStyle.Axes.zeroWidth,
      ])
  }

  /// Draws the axis line, ticks, labels and title at `y`, and returns the y below them.
  package func drawAxis(on canvas: inout ChartCanvas, axis: ChartAxis, at y: Double) -> Double {
    let tickEnd = y + ChartStyle.Axes.tickLength
    canvas.writer.open(
      "g",
      [
        "class": "chart-axis", "stroke": ChartPalette.axis,
        "stroke-width": ChartStyle.Axes.lineWidth,
      ])
    canvas.writer.element(
      "line", ["x1": scale.rangeStart, "y1": y, "x2": scale.rangeEnd, "y2": y])
    for value in ticks.nice.values {
      let x = scale.position(value)
      canvas.writer.element("line", ["x1": x, "y1": y, "x2": x, "y2": tickEnd])
    }
    canvas.writer.close("g")
    let size = ChartStyle.tickSize
    let baseline = y + ChartStyle.Axes.valueLabelGap + TextMetrics.ascent * size
    for (value, label) in zip(ticks.nice.values, ticks.labels) where !label.isEmpty {
      canvas.text(
        label, x: scale.position(value), y: baseline, size: size, anchor: .middle,
        className: "chart-tick")
    }
    return canvas.drawAxisTitle(
      axis.label, centredOn: (scale.rangeStart + scale.rangeEnd) / 2,
      below: baseline + TextMetrics.descent * size)
  }
}
