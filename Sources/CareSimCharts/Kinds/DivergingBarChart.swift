/// Horizontal bars left and right of zero: who pays (below zero) and who saves (above).
///
/// For the funders of an intervention (Wlz, Wmo, Zvw, informal carers): each bar's length is its
/// net amount, its colour and side say whether it pays or saves, and its value is written at its
/// end, so the chart reads without the axis and in greyscale.
public struct DivergingBarChart: Chart, RenderableChart {
  /// One bar: a category and its signed value.
  public struct Bar: Sendable, Hashable {
    /// The category, drawn left of the bar.
    public var label: String
    /// The signed value; non-finite values draw no bar and read "—".
    public var value: Double

    /// A bar for `label` of length `value`.
    public init(_ label: String, _ value: Double) {
      self.label = label
      self.value = value
    }
  }

  /// The title above the chart.
  public var title: String
  /// The value axis under the bars; zero is always on it.
  public var valueAxis: ChartAxis
  /// The bars, top to bottom.
  public var bars: [Bar]
  /// The legend entry of bars below zero ("Pays more").
  public var negativeLabel: String
  /// The legend entry of bars above zero ("Saves").
  public var positiveLabel: String
  /// The chart's width (the height follows from the number of bars).
  public var width: Double

  /// A diverging bar chart; see the properties.
  public init(
    title: String, valueAxis: ChartAxis, bars: [Bar], negativeLabel: String,
    positiveLabel: String, width: Double = ChartSize.standard.width
  ) {
    self.title = title
    self.valueAxis = valueAxis
    self.bars = bars
    self.negativeLabel = negativeLabel
    self.positiveLabel = positiveLabel
    self.width = width
  }

  /// The chart as an `<svg>` element.
  public func svg(locale: ReportLocale) -> String { render(locale: locale).svg }

  /// The chart with the estimated boxes of its texts.
  package func render(locale: ReportLocale) -> RenderedChart {
    let formatter = ReportNumberFormatter(locale: locale)
    var canvas = ChartCanvas(width: width)
    canvas.drawTitle(title)
    canvas.drawLegend([
      LegendItem(negativeLabel, .area(color: ChartPalette.negative, opacity: 1)),
      LegendItem(positiveLabel, .area(color: ChartPalette.positive, opacity: 1)),
    ])
    let rows = RowLabels(bars.map(\.label), canvas: canvas)
    let size = ChartStyle.tickSize
    let valueLabels = bars.map {
      formatter.compactFormat($0.value, as: valueAxis.format, significantDigits: 3)
    }
    let labelWidths = valueLabels.map { TextMetrics.width($0, size: size) }
    var axis = valueAxis
    axis.includesZero = true
    let left = ChartStyle.padding + rows.width + 10
    let right = width - ChartStyle.padding
    let values = bars.map(\.value)
    let axisLayout = ValueAxis(
      axis: axis, values: values, left: left, right: right, formatter: formatter
    ) { scale in
      // Value labels sit 4 units beyond the bar end, away from zero.
      var overflow = (left: 0.0, right: 0.0)
      for (value, width) in zip(values, labelWidths) where value.isFinite {
        let end = scale.position(value)
        if value < 0 {
          overflow.left = max(overflow.left, left - (end - 4 - width))
        } else {
          overflow.right = max(overflow.right, end + 4 + width - right)
        }
      }
      return overflow
    }
    let rowStep = rows.rowStep(minimum: 30)
    let top = canvas.headerBottom + 6
    let hasData = bars.contains { $0.value.isFinite }
    let bottom = top + (bars.isEmpty ? 40 : rowStep * Double(bars.count))
    if !hasData {
      canvas.drawNoData(
        in: ChartRect(x: left, y: top, width: right - left, height: bottom - top), locale: locale)
    }
    axisLayout.drawGrid(on: &canvas, top: top, bottom: bottom)
    let zero = axisLayout.scale.position(0)
    for (index, bar) in bars.enumerated() {
      let middle = top + rowStep * (Double(index) + 0.5)
      rows.draw(index, full: bar.label, y: middle, on: &canvas)
      let text = valueLabels[index]
      guard bar.value.isFinite else {
        canvas.text(
          text, x: zero + 4, y: TextMetrics.baseline(centredOn: middle, size: size), size: size,
          className: "chart-value-label")
        continue
      }
      let end = axisLayout.scale.position(bar.value)
      let color = bar.value < 0 ? ChartPalette.negative : ChartPalette.positive
      let barLeft = min(zero, end)
      let barWidth = max((end - zero).magnitude, 0.5)
      canvas.writer.element(
        "rect",
        [
          "class": "mark mark-bar", "x": barLeft, "y": middle - 9, "width": barWidth,
          "height": 18.0,
          "fill": color,
        ], tooltip: "\(bar.label): \(formatter.format(bar.value, as: valueAxis.format))")
      let isNegative = bar.value < 0
      canvas.text(
        text, x: isNegative ? end - 4 : end + 4,
        y: TextMetrics.baseline(centredOn: middle, size: size), size: size,
        anchor: isNegative ? .end : .start, className: "chart-value-label")
    }
    axisLayout.drawZero(on: &canvas, top: top - 2, bottom: bottom + 2)
    let end = axisLayout.drawAxis(on: &canvas, axis: self.valueAxis, at: bottom + 2)
    return canvas.finished(
      kind: "diverging-bars", title: title,
      description: ChartPhrases(locale).bars(
        value: self.valueAxis.label, categories: bars.map(\.label)), height: end)
  }
}
