/// The category labels left of rows of bars or dots: wrapped within a share of the width, to as
/// many lines as a readable label needs (up to ``maxLines``), cut with an ellipsis only beyond
/// that, the full label then kept as a tooltip.
///
/// Wrapping comes first because a printed memo has no tooltips; the rows grow to fit the lines
/// when any label needs them. A parameter's label ("The hazard ratio of a year of age on
/// admission at level frail") fits in four lines at phone width.
package struct RowLabels: Sendable {
  /// The lines of each label as drawn.
  package var lines: [[String]]
  /// The width of the label column, from the left padding.
  package var width: Double

  /// The most lines a label is wrapped to.
  package static let maxLines = 4

  /// The distance between the baselines of a label's two lines.
  package static let lineStep =
    TextMetrics.lineHeight(ChartStyle.labelSize) + ChartStyle.Rows.labelLineGap

  /// Labels for `labels`, taking at most `share` of the canvas's inner width.
  package init(
    _ labels: [String], canvas: ChartCanvas, share: Double = ChartStyle.Rows.labelShare
  ) {
    let size = ChartStyle.labelSize
    let limit = canvas.innerWidth * share
    lines = labels.map { label in
      TextMetrics.width(label, size: size) <= limit
        ? [label] : TextMetrics.wrapped(label, maxWidth: limit, size: size, maxLines: Self.maxLines)
    }
    width = lines.joined().map { TextMetrics.width($0, size: size) }.max() ?? 0
  }

  /// The distance between rows: `minimum`, or more if a label has two lines.
  package func rowStep(minimum: Double) -> Double {
    step(lines: lines.map(\.count).max() ?? 1, minimum: minimum)
  }

  /// The height of each row when each fits its own label: `minimum`, or more for a label of two
  /// lines or more.
  package func rowSteps(minimum: Double) -> [Double] {
    lines.map { step(lines: $0.count, minimum: minimum) }
  }

  /// The height a label of `count` lines needs, at least `minimum`.
  private func step(lines count: Int, minimum: Double) -> Double {
    max(
      minimum,
      Double(max(count, 1) - 1) * Self.lineStep + TextMetrics.lineHeight(ChartStyle.labelSize)
        + ChartStyle.Rows.labelPadding)
  }

  /// Draws label `index` right-aligned against the label column, centred on `y`.
  package func draw(_ index: Int, full: String, y: Double, on canvas: inout ChartCanvas) {
    let size = ChartStyle.labelSize
    let shown = lines[index]
    let isCut = shown.joined(separator: " ") != full
    let first =
      TextMetrics.baseline(centredOn: y, size: size)
      - Double(shown.count - 1) * Self.lineStep / 2
    for (number, line) in shown.enumerated() {
      canvas.text(
        line, x: ChartStyle.padding + width, y: first + Double(number) * Self.lineStep,
        size: size, anchor: .end, className: "chart-row-label",
        tooltip: isCut && number == shown.count - 1 ? full : nil)
    }
  }
}
