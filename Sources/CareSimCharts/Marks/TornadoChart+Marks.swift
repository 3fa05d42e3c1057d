extension TornadoChart {
  /// Draws the base line's label above the rows, centred on the line but kept inside the chart.
  func drawBaseLabel(
    at baseX: Double, formatter: ReportNumberFormatter, on canvas: inout ChartCanvas
  ) {
    let size = ChartStyle.tickSize
    let value = numberStyle(formatter: formatter).label(base, formatter: formatter)
    let text = "\(baseLabel): \(value)"
    let textWidth = TextMetrics.width(text, size: size)
    let x = min(
      max(baseX, ChartStyle.padding + textWidth / 2), width - ChartStyle.padding - textWidth / 2)
    canvas.text(
      text, x: x, y: baseLabelBaseline(canvas), size: size, anchor: .middle,
      className: "chart-reference-label")
  }

  /// Draws the two halves of `row`'s bar from the base, the longer half first, so the shorter
  /// one stays visible when both lie on one side.
  func drawBars(
    _ row: Row, from baseX: Double, scale: LinearScale, middle: Double,
    formatter: ReportNumberFormatter, on canvas: inout ChartCanvas
  ) {
    let halves = [
      (row.low, Self.lowColor, row.lowSetting, lowLabel),
      (row.high, Self.highColor, row.highSetting, highLabel),
    ].sorted { ($0.0 - base).magnitude > ($1.0 - base).magnitude }
    for (value, color, setting, name) in halves {
      let setting = setting.map { " (\($0))" } ?? ""
      RowMarks.drawBar(
        from: baseX, to: scale.position(value), middle: middle, color: color,
        tooltip:
          "\(row.parameter), \(name.lowercased())\(setting): "
          + formatter.format(value, as: valueAxis.format),
        on: &canvas)
    }
  }
}
