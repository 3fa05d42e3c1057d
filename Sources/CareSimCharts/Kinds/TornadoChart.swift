/// A tornado diagram: for each parameter, the outcome at its low and its high value as bars from
/// the base case, the widest swing on top.
///
/// The one-way sensitivity analysis of `caresim sweep`: which assumptions move the result most.
/// The base case is a vertical line with its value; the two ends of each bar are coloured (and
/// lit) differently, so a greyscale print still shows which end is the parameter's low value.
public struct TornadoChart: Chart, RenderableChart {
  /// One parameter: the outcome with the parameter at its low and at its high value.
  public struct Row: Sendable, Hashable {
    /// The parameter's name, drawn left of its bar.
    public var parameter: String
    /// The outcome with the parameter at its low value.
    public var low: Double
    /// The outcome with the parameter at its high value.
    public var high: Double
    /// The parameter's low value as text ("20%"), for the tooltip.
    public var lowSetting: String?
    /// The parameter's high value as text, for the tooltip.
    public var highSetting: String?

    /// A row for `parameter` with outcomes `low` and `high`.
    public init(
      _ parameter: String, low: Double, high: Double, lowSetting: String? = nil,
      highSetting: String? = nil
    ) {
      self.parameter = parameter
      self.low = low
      self.high = high
      self.lowSetting = lowSetting
      self.highSetting = highSetting
    }

    /// The width of the bar: |high − low|, or −∞ if either is not finite (sorted last).
    package var swing: Double {
      low.isFinite && high.isFinite ? (high - low).magnitude : -.infinity
    }
  }

  /// The title above the chart.
  public var title: String
  /// The outcome axis under the bars.
  public var valueAxis: ChartAxis
  /// The outcome in the base case.
  public var base: Double
  /// The label of the base line, before its value ("Base case").
  public var baseLabel: String
  /// The rows, in any order: they are drawn by swing, widest first (ties keep their order).
  public var rows: [Row]
  /// The legend entry of the low ends ("Parameter at its low value").
  public var lowLabel: String
  /// The legend entry of the high ends.
  public var highLabel: String
  /// The chart's width (the height follows from the number of rows).
  public var width: Double

  /// A tornado diagram; see the properties.
  ///
  /// The default labels are English; a Dutch page passes
  /// its own ("Basisscenario", "Parameter op de lage waarde", …).
  public init(
    title: String, valueAxis: ChartAxis, base: Double, baseLabel: String = "Base case",
    rows: [Row], lowLabel: String = "Parameter at its low value",
    highLabel: String = "Parameter at its high value", width: Double = ChartSize.standard.width
  ) {
    self.title = title
    self.valueAxis = valueAxis
    self.base = base
    self.baseLabel = baseLabel
    self.rows = rows
    self.lowLabel = lowLabel
    self.highLabel = highLabel
    self.width = width
  }

  /// The colour of low ends: Okabe–Ito blue, dark.
  package static let lowColor = "#0072b2"
  /// The colour of high ends: Okabe–Ito orange, light, so the two differ in grey as well.
  package static let highColor = "#e69f00"

  /// The rows widest swing first; equal swings keep their given order.
  package var sortedRows: [Row] {
    rows.enumerated().sorted { lhs, rhs in
      lhs.element.swing != rhs.element.swing
        ? lhs.element.swing > rhs.element.swing : lhs.offset < rhs.offset
    }.map(\.element)
  }

  /// The value labels of `row`'s bar ends.
  ///
  /// Each bar end away from the base is labelled just beyond it; when both ends lie on one side,
  /// only the farther one is (the nearer one would sit inside the other bar).
  private func valueLabels(
    _ row: Row, style: ChartNumberStyle, formatter: ReportNumberFormatter
  ) -> [ValueLabel] {
    guard row.swing.isFinite else { return [] }
    let low = row.low - base
    let high = row.high - base
    let ends: [(value: Double, isLeft: Bool)]
    if low == 0 && high == 0 {
      ends = [(base, false)]
    } else if low * high < 0 {
      ends = [(row.low, low < 0), (row.high, high < 0)]
    } else {
      let farther = low.magnitude >= high.magnitude ? row.low : row.high
      ends = [(farther, farther < base)]
    }
    return ends.map {
      ValueLabel($0.value, style: style, formatter: formatter, isLeft: $0.isLeft)
    }
  }

  package static let kind = "tornado"

  package func legend(formatter: ReportNumberFormatter) -> [LegendItem] {
    [
      LegendItem(lowLabel, .area(color: Self.lowColor, opacity: 1)),
      LegendItem(highLabel, .area(color: Self.highColor, opacity: 1)),
    ]
  }

  /// Rows below the base line's label, widest swing first, over an axis that leaves room for the
  /// value labels at the bars' ends.
  package func layout(on canvas: ChartCanvas, formatter: ReportNumberFormatter) -> RowFrame {
    let sorted = sortedRows
    let style = numberStyle(formatter: formatter)
    return RowFrame(
      labels: sorted.map(\.parameter), canvas: canvas, axis: valueAxis, values: values,
      valueLabels: sorted.map { valueLabels($0, style: style, formatter: formatter) },
      labelGap: ChartStyle.Rows.barLabelGap,
      top: baseLabelBaseline(canvas) + TextMetrics.descent * ChartStyle.tickSize
        + ChartStyle.Rows.belowBaseLabel,
      minimumStep: ChartStyle.Rows.barStep, formatter: formatter, style: style)
  }

  /// The values the axis covers: the base and every bar's ends.
  var values: [Double] { [base] + rows.flatMap { [$0.low, $0.high] } }

  /// The one style of the axis ticks, the bars' labels and the base's label.
  package func numberStyle(formatter: ReportNumberFormatter) -> ChartNumberStyle {
    ChartNumberStyle(axis: valueAxis, values: values, formatter: formatter)
  }

  /// The baseline of the base line's label, just below the header.
  func baseLabelBaseline(_ canvas: ChartCanvas) -> Double {
    canvas.headerBottom + ChartStyle.Rows.aboveBaseLabel
      + TextMetrics.ascent * ChartStyle.tickSize
  }

  package func draw(
    _ frame: RowFrame, on canvas: inout ChartCanvas, formatter: ReportNumberFormatter
  ) -> Double {
    let sorted = sortedRows
    let scale = frame.axis.scale
    // A base that is not a number has no place: its line goes to the axis start, its label
    // reads "—".
    let baseX = base.isFinite ? scale.position(base) : scale.rangeStart
    drawBaseLabel(at: baseX, formatter: formatter, on: &canvas)
    if !sorted.contains(where: { $0.swing.isFinite }) {
      canvas.drawNoData(in: frame.area, locale: formatter.locale)
    }
    frame.axis.drawGrid(on: &canvas, top: frame.top, bottom: frame.bottom)
    for (index, row) in sorted.enumerated() {
      let middle = frame.middle(ofRow: index)
      frame.labels.draw(index, full: row.parameter, y: middle, on: &canvas)
      guard row.swing.isFinite else { continue }
      drawBars(row, from: baseX, scale: scale, middle: middle, formatter: formatter, on: &canvas)
      RowMarks.drawValueLabels(
        frame.valueLabels[index], scale: scale, middle: middle, on: &canvas)
    }
    canvas.writer.element(
      "line",
      [
        "class": "chart-reference", "x1": baseX, "y1": frame.top - ChartStyle.Rows.baseOverhang,
        "x2": baseX, "y2": frame.bottom + ChartStyle.Axes.rowOverhang,
        "stroke": ChartPalette.reference, "stroke-width": ChartStyle.Rows.baseWidth,
      ])
    return frame.drawAxis(on: &canvas, axis: valueAxis)
  }

  package func description(of frame: RowFrame, formatter: ReportNumberFormatter) -> String {
    ChartPhrases(formatter.locale).tornado(
      value: valueAxis.label, parameters: sortedRows.map(\.parameter))
  }
}
