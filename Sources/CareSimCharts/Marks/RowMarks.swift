/// A value written beside the end of a bar, away from the bar's origin.
package struct ValueLabel: Sendable {
  /// Where the bar ends.
  package var value: Double
  /// The value as text.
  package var text: String
  /// Whether the label goes left of the end (a bar that ends left of its origin).
  package var isLeft: Bool

  /// The label `text` at the end `value`, left of it if `isLeft`.
  package init(_ text: String, at value: Double, isLeft: Bool) {
    self.value = value
    self.text = text
    self.isLeft = isLeft
  }

  /// The label of the end `value`, written in the chart's `style`, left of the end if `isLeft`.
  package init(
    _ value: Double, style: ChartNumberStyle, formatter: ReportNumberFormatter, isLeft: Bool
  ) {
    self.init(style.label(value, formatter: formatter), at: value, isLeft: isLeft)
  }

  /// How far the label reaches: its left edge if it is left of the end, else its right edge.
  package func reach(on scale: LinearScale) -> Double {
    let position = scale.position(value)
    let gap = ChartStyle.Rows.valueLabelGap
    let width = TextMetrics.width(text, size: ChartStyle.tickSize)
    return isLeft ? position - gap - width : position + gap + width
  }
}

/// Draws the marks of rows over a value axis: bars and their value labels.
package enum RowMarks {
  /// Draws a bar from `origin` to `end` (positions), centred on `middle`.
  package static func drawBar(
    from origin: Double, to end: Double, middle: Double, color: String, tooltip: String,
    on canvas: inout ChartCanvas
  ) {
    let height = ChartStyle.Rows.barHeight
    canvas.writer.element(
      "rect",
      [
        "class": "mark mark-bar", "x": min(origin, end), "y": middle - height / 2,
        "width": max((end - origin).magnitude, ChartStyle.Rows.minimumBarWidth),
        "height": height, "fill": color,
      ], tooltip: tooltip)
  }

  /// Draws `label` beside its end at `position`, centred on `middle`.
  package static func drawValueLabel(
    _ label: String, at position: Double, isLeft: Bool, middle: Double,
    on canvas: inout ChartCanvas
  ) {
    let size = ChartStyle.tickSize
    let gap = ChartStyle.Rows.valueLabelGap
    canvas.text(
      label, x: isLeft ? position - gap : position + gap,
      y: TextMetrics.baseline(centredOn: middle, size: size), size: size,
      anchor: isLeft ? .end : .start, className: "chart-value-label")
  }

  /// Draws each of `labels` beside its end, centred on `middle`.
  package static func drawValueLabels(
    _ labels: [ValueLabel], scale: LinearScale, middle: Double, on canvas: inout ChartCanvas
  ) {
    for label in labels {
      drawValueLabel(
        label.text, at: scale.position(label.value), isLeft: label.isLeft, middle: middle,
        on: &canvas)
    }
  }
}
