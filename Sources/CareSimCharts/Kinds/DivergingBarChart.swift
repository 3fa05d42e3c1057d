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
  /// The legend entry of bars below zero ("Cost").
  public var negativeLabel: String
  /// The legend entry of bars above zero ("Saving").
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

  package static let kind = "diverging-bars"

  package func legend(formatter: ReportNumberFormatter) -> [LegendItem] {
    [
      LegendItem(negativeLabel, .area(color: ChartPalette.negative, opacity: 1)),
      LegendItem(positiveLabel, .area(color: ChartPalette.positive, opacity: 1)),
    ]
  }

  /// Rows below the header, over an axis that includes zero and leaves room for the value
  /// labels at the bars' ends.
  package func layout(on canvas: ChartCanvas, formatter: ReportNumberFormatter) -> RowFrame {
    var axis = valueAxis
    axis.includesZero = true
    let style = numberStyle(formatter: formatter)
    return RowFrame(
      labels: bars.map(\.label), canvas: canvas, axis: axis, values: bars.map(\.value),
      valueLabels: bars.map { bar in
        guard bar.value.isFinite else { return [] }
        return [
          ValueLabel(bar.value, style: style, formatter: formatter, isLeft: bar.value < 0)
        ]
      }, labelGap: ChartStyle.Rows.barLabelGap,
      top: canvas.headerBottom + ChartStyle.Rows.barTop, minimumStep: ChartStyle.Rows.barStep,
      formatter: formatter, style: style)
  }

  /// The one style of the axis ticks and the bars' labels, from the bars' range and zero.
  package func numberStyle(formatter: ReportNumberFormatter) -> ChartNumberStyle {
    var axis = valueAxis
    axis.includesZero = true
    return ChartNumberStyle(axis: axis, values: bars.map(\.value), formatter: formatter)
  }

  package func draw(
    _ frame: RowFrame, on canvas: inout ChartCanvas, formatter: ReportNumberFormatter
  ) -> Double {
    if !bars.contains(where: { $0.value.isFinite }) {
      canvas.drawNoData(in: frame.area, locale: formatter.locale)
    }
    let scale = frame.axis.scale
    frame.axis.drawGrid(on: &canvas, top: frame.top, bottom: frame.bottom)
    let zero = scale.position(0)
    for (index, bar) in bars.enumerated() {
      let middle = frame.middle(ofRow: index)
      frame.labels.draw(index, full: bar.label, y: middle, on: &canvas)
      guard bar.value.isFinite else {
        // No bar: the value reads "—" beside the zero line.
        RowMarks.drawValueLabel(
          ReportNumberFormatter.notAvailable, at: zero,
          isLeft: false, middle: middle, on: &canvas)
        continue
      }
      RowMarks.drawBar(
        from: zero, to: scale.position(bar.value), middle: middle,
        color: bar.value < 0 ? ChartPalette.negative : ChartPalette.positive,
        tooltip: "\(bar.label): \(formatter.format(bar.value, as: valueAxis.format))",
        on: &canvas)
      RowMarks.drawValueLabels(
        frame.valueLabels[index], scale: scale, middle: middle, on: &canvas)
    }
    let overhang = ChartStyle.Axes.rowOverhang
    frame.axis.drawZero(
      on: &canvas, top: frame.top - overhang, bottom: frame.bottom + overhang)
    return frame.drawAxis(on: &canvas, axis: valueAxis)
  }

  package func description(of frame: RowFrame, formatter: ReportNumberFormatter) -> String {
    ChartPhrases(formatter.locale).bars(value: valueAxis.label, categories: bars.map(\.label))
  }
}
