extension DotPlot {
  /// Draws the band across the rows; a fixed domain narrower than the band cuts it at the
  /// axis's ends.
  func drawBand(frame: RowFrame, on canvas: inout ChartCanvas) {
    guard let band, band.lower.isFinite, band.upper.isFinite else { return }
    let scale = frame.axis.scale
    let x1 = max(scale.rangeStart, scale.position(min(band.lower, band.upper)))
    let x2 = min(scale.rangeEnd, scale.position(max(band.lower, band.upper)))
    guard x2 > x1 else { return }
    canvas.writer.element(
      "rect",
      [
        "class": "chart-band", "x": x1, "y": frame.top, "width": x2 - x1,
        "height": frame.bottom - frame.top, "fill": Self.bandColor,
        "fill-opacity": Self.bandOpacity,
      ], tooltip: band.label)
  }

  /// Draws `row`'s whisker, reference stroke and dot, centred on `y`.
  func drawRow(
    _ row: Row, y: Double, scale: LinearScale, formatter: ReportNumberFormatter,
    on canvas: inout ChartCanvas
  ) {
    typealias Style = ChartStyle.Rows
    let format = valueAxis.format
    let (color, shape) = style(of: row.status)
    if let lower = row.lower, let upper = row.upper, lower.isFinite, upper.isFinite {
      let x1 = scale.position(lower)
      let x2 = scale.position(upper)
      var path = PathData()
      path.move(x1, y)
      path.line(x2, y)
      for x in [x1, x2] {
        path.move(x, y - Style.whiskerCap)
        path.line(x, y + Style.whiskerCap)
      }
      canvas.writer.element(
        "path",
        [
          "class": "mark mark-whisker", "d": path.text, "fill": "none", "stroke": color,
          "stroke-width": Style.whiskerWidth,
        ])
    }
    if let reference = row.reference, reference.isFinite {
      let x = scale.position(reference)
      canvas.writer.element(
        "line",
        [
          "class": "mark mark-reference", "x1": x, "y1": y - Style.referenceHalfHeight, "x2": x,
          "y2": y + Style.referenceHalfHeight, "stroke": ChartPalette.ink,
          "stroke-width": Style.referenceWidth,
        ],
        tooltip:
          "\(row.label), \(referenceLabel.lowercased()): \(formatter.format(reference, as: format))"
      )
    }
    guard row.value.isFinite else { return }
    var tooltip = "\(row.label): \(formatter.format(row.value, as: format))"
    if let lower = row.lower, let upper = row.upper {
      tooltip +=
        " ("
        + ChartPhrases(formatter.locale).interval(
          formatter.format(lower, as: format), formatter.format(upper, as: format)) + ")"
    }
    shape.draw(
      into: &canvas.writer, x: scale.position(row.value), y: y, size: Style.dotSize, color: color,
      className: "mark mark-point", tooltip: tooltip)
  }
}
