/// The layout of small multiples: panels of one size in rows, sharing their axes' ranges.
///
/// One provisional layout fixes the shared y ticks (they depend on the panel height only) and
/// hence the left margin. The x ticks then fit the panel width; the gap between panels must hold
/// the overhangs of two neighbouring end labels, and the room right of the last panel the
/// overhang of its last label. Both only grow, so a few rounds settle them.
package struct PanelGrid: Sendable {
  /// The number of panels per row.
  package var columns: Int
  /// The left edge of the first column's plots.
  package var left: Double
  /// The distance between two neighbouring plots.
  package var gap: Double
  /// The width of each plot.
  package var panelWidth: Double
  /// The distance between the tops of two rows.
  package var rowHeight: Double
  /// The top of the first row (its panel titles).
  package var top: Double
  /// Each panel's plot, scales and ticks, in panel order.
  package var frames: [XYFrame]

  /// Lays out `count` panels below the canvas's header.
  ///
  /// - Parameters:
  ///   - count: The number of panels.
  ///   - columns: The number of panels per row.
  ///   - canvas: The canvas; the grid starts below its header.
  ///   - xAxis: The shared horizontal axis.
  ///   - xValues: The values the x axis must cover, across panels.
  ///   - yAxis: The shared vertical axis, titled above the grid.
  ///   - yValues: The values the y axis must cover, across panels.
  ///   - panelHeight: The height of each plot.
  ///   - formatter: Writes the tick labels.
  package init(
    count: Int, columns: Int, canvas: ChartCanvas, xAxis: ChartAxis, xValues: [Double],
    yAxis: ChartAxis, yValues: [Double], panelHeight: Double, formatter: ReportNumberFormatter
  ) {
    typealias Style = ChartStyle.Panels
    func layout(top: Double, left: Double, width: Double) -> XYFrame {
      XYFrame.layout(
        canvas: canvas, xAxis: xAxis, xValues: xValues, yAxis: yAxis, yValues: yValues,
        plotHeight: panelHeight, formatter: formatter, top: top, plotLeft: left,
        plotWidth: width, tightX: true)
    }
    let padding = ChartStyle.padding
    let left =
      padding + layout(top: 0, left: 0, width: Style.probeWidth).yTicks.maxWidth
      + ChartStyle.Axes.yLabelGap
    var gap = Style.minimumGap
    var rightRoom = 0.0
    func panelWidth() -> Double {
      (canvas.width - padding - rightRoom - left - gap * Double(columns - 1)) / Double(columns)
    }
    for _ in 0..<4 {
      let overhang = Self.endLabelOverhang(of: layout(top: 0, left: 0, width: panelWidth()))
      let neededGap = max(Style.minimumGap, overhang.left + overhang.right + Style.endLabelGap)
      if neededGap <= gap && overhang.right <= rightRoom { break }
      gap = max(gap, neededGap)
      rightRoom = max(rightRoom, overhang.right)
    }
    let width = panelWidth()
    let yTitleRoom = yAxis.label.isEmpty ? 0.0 : ChartStyle.lineStep + Style.yTitleGap
    self.columns = columns
    self.left = left
    self.gap = gap
    self.panelWidth = width
    self.rowHeight =
      Style.titleRoom + panelHeight + Style.xLabelGap + TextMetrics.lineHeight(ChartStyle.tickSize)
      + Style.rowGap
    self.top = canvas.headerBottom + yTitleRoom
    self.frames = []
    frames = (0..<count).map { index in
      layout(
        top: rowTop(ofPanel: index) + Style.titleRoom, left: plotLeft(ofPanel: index),
        width: width)
    }
  }

  /// How far the first and last x tick labels reach beyond the plot's left and right edges.
  private static func endLabelOverhang(of frame: XYFrame) -> (left: Double, right: Double) {
    var left = 0.0
    var right = 0.0
    for (value, labelWidth) in zip(frame.xTicks.nice.values, frame.xTicks.widths) {
      let position = frame.x.position(value)
      left = max(left, labelWidth / 2 - (position - frame.x.rangeStart))
      right = max(right, labelWidth / 2 - (frame.x.rangeEnd - position))
    }
    return (left, right)
  }

  /// The top of panel `index`'s row, where its title goes.
  package func rowTop(ofPanel index: Int) -> Double { top + Double(index / columns) * rowHeight }

  /// The left edge of panel `index`'s plot.
  package func plotLeft(ofPanel index: Int) -> Double {
    left + Double(index % columns) * (panelWidth + gap)
  }

  /// The bottom of the last row's x tick labels.
  package var bottom: Double {
    let rows = (frames.count + columns - 1) / columns
    return top + Double(rows) * rowHeight - ChartStyle.Panels.lastRowTrim
  }

  /// The horizontal centre of the grid's plots.
  package var midX: Double {
    (left + (left + Double(columns) * panelWidth + Double(columns - 1) * gap)) / 2
  }
}
