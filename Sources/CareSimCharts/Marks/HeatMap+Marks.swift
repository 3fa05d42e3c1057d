extension HeatMap {
  /// Draws the cells, each with a hairline of its own colour so no seams show between them.
  func drawCells(
    frame: HeatMapFrame, formatter: ReportNumberFormatter, on canvas: inout ChartCanvas
  ) {
    let (columns, rows) = (frame.columns, frame.rows)
    canvas.writer.open("g", ["class": "chart-cells"])
    for (row, rowValues) in values.enumerated() {
      for (column, value) in rowValues.enumerated() {
        let color = frame.heat.color(value).hex
        let tooltip =
          "\(xAxis.title) \(frame.xLabels[column]), \(yAxis.title) \(frame.yLabels[row]): "
          + formatter.format(value, as: colorAxis.format)
        canvas.writer.element(
          "rect",
          [
            "class": value.isFinite ? "mark mark-cell" : "chart-missing",
            "x": columns.bandStart(column), "y": rows.bandStart(row) + rows.step,
            "width": columns.step, "height": -rows.step, "fill": color, "stroke": color,
            "stroke-width": ChartStyle.Cells.hairline,
          ], tooltip: tooltip)
      }
    }
    canvas.writer.close("g")
  }

  /// Draws the contour through the cell centres, black on a white casing so it shows on every
  /// colour.
  func drawContour(frame: HeatMapFrame, on canvas: inout ChartCanvas) {
    guard !frame.contour.isEmpty else { return }
    var path = PathData()
    for line in frame.contour {
      path.polyline(
        line.lazy.map {
          (frame.columns.position(atIndex: $0.column), frame.rows.position(atIndex: $0.row))
        })
    }
    for (className, color, width) in [
      ("chart-contour-casing", "#ffffff", ChartStyle.Cells.contourCasingWidth),
      ("mark mark-contour", ChartPalette.ink, ChartStyle.Cells.contourWidth),
    ] {
      canvas.writer.element(
        "path",
        [
          "class": className, "d": path.text, "fill": "none", "stroke": color,
          "stroke-width": width, "stroke-linejoin": "round", "stroke-linecap": "round",
        ])
    }
  }

  /// Draws the labels under every k-th column and beside every k-th row, k chosen so they fit,
  /// and the x axis title; returns the y below them.
  func drawTickLabels(frame: HeatMapFrame, on canvas: inout ChartCanvas) -> Double {
    typealias Style = ChartStyle.Cells
    let tick = ChartStyle.tickSize
    let (plot, columns, rows) = (frame.plot, frame.columns, frame.rows)
    let widest = frame.xLabels.map { TextMetrics.width($0, size: tick) }.max() ?? 0
    let columnEvery = Self.every(step: columns.step, needed: widest + Style.columnLabelGap)
    let rowEvery = Self.every(
      step: -rows.step, needed: TextMetrics.lineHeight(tick) + Style.rowLabelGap)
    let xBaseline = plot.maxY + Style.columnLabelTop + TextMetrics.ascent * tick
    for (column, label) in frame.xLabels.enumerated() where column % columnEvery == 0 {
      canvas.text(
        label, x: columns.centre(column), y: xBaseline, size: tick, anchor: .middle,
        className: "chart-tick")
    }
    for (row, label) in frame.yLabels.enumerated() where row % rowEvery == 0 {
      canvas.text(
        label, x: plot.x - ChartStyle.Axes.yLabelOffset,
        y: TextMetrics.baseline(centredOn: rows.centre(row), size: tick), size: tick,
        anchor: .end, className: "chart-tick")
    }
    return canvas.drawAxisTitle(
      xAxis.label, centredOn: plot.midX, below: xBaseline + TextMetrics.descent * tick)
  }

  /// The smallest k such that every k-th band leaves `needed` units per label.
  private static func every(step: Double, needed: Double) -> Int {
    guard step > 0 else { return 1 }
    var k = 1
    while Double(k) * step < needed && k < 1000 { k += 1 }
    return k
  }
}
