extension SmallMultiples {
  /// Draws panel `index`: its title, lines, bands and marker lines on the shared scales, its
  /// tick labels (the y labels on the first column only).
  ///
  /// - Returns: Notes for the marker labels that found no room, prefixed with the panel's title.
  func drawPanel(
    _ panel: Panel, index: Int, grid: PanelGrid, names: [String],
    formatter: ReportNumberFormatter, on canvas: inout ChartCanvas
  ) -> [String] {
    let frame = grid.frames[index]
    let titleSize = ChartStyle.labelSize
    canvas.text(
      panel.title, x: frame.plot.x,
      y: grid.rowTop(ofPanel: index) + TextMetrics.ascent * titleSize, size: titleSize,
      bold: true, className: "chart-panel-title", maxWidth: grid.panelWidth)
    frame.drawGrid(on: &canvas)
    for band in panel.bands {
      XYMarks.drawBand(
        band, color: XYMarks.color(of: band, among: names), frame: frame, on: &canvas)
    }
    for series in panel.series {
      XYMarks.drawLine(
        series, index: names.firstIndex(of: series.name) ?? 0, count: names.count,
        frame: frame, on: &canvas, markerSize: ChartStyle.Lines.panelMarkerSize)
    }
    frame.drawAxes(on: &canvas, xTitle: "", yTitle: "", yLabels: index % grid.columns == 0)
    if !panel.series.contains(where: { $0.points.contains(where: \.isFinite) }) {
      canvas.drawNoData(in: frame.plot, locale: formatter.locale)
    }
    return XYMarks.drawMarkers(panel.markers, frame: frame, on: &canvas).map {
      "\(panel.title): \($0)"
    }
  }
}
