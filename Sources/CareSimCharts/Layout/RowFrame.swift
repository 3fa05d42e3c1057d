/// The layout of a chart with one row per category over a horizontal value axis (bars, a
/// tornado, a dot plot): the labels on the left, the axis fitted right of them, the rows below
/// the header.
package struct RowFrame: Sendable {
  /// The row labels.
  package var labels: RowLabels
  /// The value axis under the rows.
  package var axis: ValueAxis
  /// The leftmost position a mark may take.
  package var left: Double
  /// The rightmost position a mark may take.
  package var right: Double
  /// The top of the first row.
  package var top: Double
  /// The distance between two rows; the tallest row's where rows fit their own labels.
  package var rowStep: Double
  /// The vertical centre of each row, where rows fit their own labels; nil when every row is
  /// `rowStep` high.
  package var middles: [Double]?
  /// The bottom of the last row.
  package var bottom: Double
  /// The value labels of each row, beside the ends of its marks.
  package var valueLabels: [[ValueLabel]]

  /// Lays out rows labelled `labels` from `top`, with the axis covering `values` and leaving
  /// room for each row's value labels.
  ///
  /// - Parameters:
  ///   - labels: The rows' labels, top to bottom.
  ///   - canvas: The canvas, for its width.
  ///   - axis: The value axis.
  ///   - values: The values the axis must cover.
  ///   - valueLabels: Each row's labels beside its marks' ends; the axis is narrowed so that they
  ///     stay between the row labels and the right padding.
  ///   - labelGap: Between the row labels and the marks.
  ///   - rightInset: Kept free right of the marks.
  ///   - top: The top of the first row.
  ///   - minimumStep: The least distance between rows.
  ///   - formatter: Writes the tick labels.
  ///   - style: The style the value labels are written in; the ticks take its unit.
  ///   - rowsFitLabels: Whether each row is as high as its own label needs, rather than every
  ///     row as high as the tallest: a dot plot of many targets stays compact when a few labels
  ///     wrap to three or four lines, where bars of one height keep one step.
  ///   - labelShare: The share of the inner width the row labels may take.
  package init(
    labels: [String], canvas: ChartCanvas, axis: ChartAxis, values: [Double],
    valueLabels: [[ValueLabel]] = [], labelGap: Double, rightInset: Double = 0, top: Double,
    minimumStep: Double, formatter: ReportNumberFormatter, style: ChartNumberStyle? = nil,
    rowsFitLabels: Bool = false, labelShare: Double = ChartStyle.Rows.labelShare
  ) {
    let rowLabels = RowLabels(labels, canvas: canvas, share: labelShare)
    let left = ChartStyle.padding + rowLabels.width + labelGap
    let right = canvas.width - ChartStyle.padding - rightInset
    self.labels = rowLabels
    self.left = left
    self.right = right
    self.axis = ValueAxis(
      axis: axis, values: values, left: left, right: right, formatter: formatter,
      unit: style?.unit
    ) { scale in
      var overflow = (left: 0.0, right: 0.0)
      for label in valueLabels.joined() {
        let reach = label.reach(on: scale)
        if label.isLeft {
          overflow.left = max(overflow.left, left - reach)
        } else {
          overflow.right = max(overflow.right, reach - right)
        }
      }
      return overflow
    }
    self.top = top
    self.rowStep = rowLabels.rowStep(minimum: minimumStep)
    self.bottom =
      top + (labels.isEmpty ? ChartStyle.Rows.emptyHeight : rowStep * Double(labels.count))
    if rowsFitLabels && !labels.isEmpty {
      var rowTop = top
      middles = rowLabels.rowSteps(minimum: minimumStep).map { step in
        defer { rowTop += step }
        return rowTop + step / 2
      }
      bottom = rowTop
    }
    self.valueLabels = valueLabels
  }

  /// The vertical centre of row `index`.
  package func middle(ofRow index: Int) -> Double {
    middles?[index] ?? top + rowStep * (Double(index) + 0.5)
  }

  /// The area of the marks, from the first row to the last.
  package var area: ChartRect {
    ChartRect(x: left, y: top, width: right - left, height: bottom - top)
  }

  /// Draws the value axis a little below the rows, and returns the y below it.
  package func drawAxis(on canvas: inout ChartCanvas, axis chartAxis: ChartAxis) -> Double {
    axis.drawAxis(on: &canvas, axis: chartAxis, at: bottom + ChartStyle.Axes.rowOverhang)
  }
}
