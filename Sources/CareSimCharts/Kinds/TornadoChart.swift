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

  /// The bar ends of `row` that get a value label, and on which side of the end it goes.
  private func endLabels(_ row: Row) -> [(value: Double, isLeft: Bool)] {
    guard row.swing.isFinite else { return [] }
    let low = row.low - base
    let high = row.high - base
    if low == 0 && high == 0 { return [(base, false)] }
    if low * high < 0 { return [(row.low, low < 0), (row.high, high < 0)] }
    let farther = low.magnitude >= high.magnitude ? row.low : row.high
    return [(farther, farther < base)]
  }

  /// The chart as an `<svg>` element.
  public func svg(locale: ReportLocale) -> String { render(locale: locale).svg }

  /// The chart with the estimated boxes of its texts.
  package func render(locale: ReportLocale) -> RenderedChart {
    let formatter = ReportNumberFormatter(locale: locale)
    let format = valueAxis.format
    let sorted = sortedRows
    var canvas = ChartCanvas(width: width)
    canvas.drawTitle(title)
    canvas.drawLegend([
      LegendItem(lowLabel, .area(color: Self.lowColor, opacity: 1)),
      LegendItem(highLabel, .area(color: Self.highColor, opacity: 1)),
    ])
    let labels = RowLabels(sorted.map(\.parameter), canvas: canvas)
    let size = ChartStyle.tickSize
    let left = ChartStyle.padding + labels.width + 10
    let right = width - ChartStyle.padding
    let values = [base] + sorted.flatMap { [$0.low, $0.high] }
    // Each bar end away from the base is labelled just beyond it; when both ends lie on one
    // side, only the farther one is (the nearer one would sit inside the other bar).
    let ends = sorted.map { endLabels($0) }
    let texts = ends.map { row in
      row.map { formatter.compactFormat($0.value, as: format, significantDigits: 3) }
    }
    let axisLayout = ValueAxis(
      axis: valueAxis, values: values, left: left, right: right, formatter: formatter
    ) { scale in
      var overflow = (left: 0.0, right: 0.0)
      for (row, rowTexts) in zip(ends, texts) {
        for (end, text) in zip(row, rowTexts) {
          let position = scale.position(end.value)
          let width = TextMetrics.width(text, size: size)
          if end.isLeft {
            overflow.left = max(overflow.left, left - (position - 4 - width))
          } else {
            overflow.right = max(overflow.right, position + 4 + width - right)
          }
        }
      }
      return overflow
    }
    let scale = axisLayout.scale
    // A base that is not a number has no place: its line goes to the axis start, its label
    // reads "—".
    let baseX = base.isFinite ? scale.position(base) : scale.rangeStart
    // The base line's label sits above the rows, centred on the line but kept inside the chart.
    let baseText =
      "\(baseLabel): \(formatter.compactFormat(base, as: format, significantDigits: 3))"
    let baseWidth = TextMetrics.width(baseText, size: size)
    let baseLabelX = min(
      max(baseX, ChartStyle.padding + baseWidth / 2), width - ChartStyle.padding - baseWidth / 2)
    let baseBaseline = canvas.headerBottom + 2 + TextMetrics.ascent * size
    canvas.text(
      baseText, x: baseLabelX, y: baseBaseline, size: size, anchor: .middle,
      className: "chart-reference-label")
    let rowStep = labels.rowStep(minimum: 30)
    let top = baseBaseline + TextMetrics.descent * size + 6
    let bottom = top + (sorted.isEmpty ? 40 : rowStep * Double(sorted.count))
    if !sorted.contains(where: { $0.swing.isFinite }) {
      canvas.drawNoData(
        in: ChartRect(x: left, y: top, width: right - left, height: bottom - top), locale: locale)
    }
    axisLayout.drawGrid(on: &canvas, top: top, bottom: bottom)
    for (index, row) in sorted.enumerated() {
      let middle = top + rowStep * (Double(index) + 0.5)
      labels.draw(index, full: row.parameter, y: middle, on: &canvas)
      guard row.swing.isFinite else { continue }
      // The longer half first, so the shorter one stays visible when both lie on one side.
      let halves = [
        (row.low, Self.lowColor, row.lowSetting, lowLabel),
        (row.high, Self.highColor, row.highSetting, highLabel),
      ].sorted { ($0.0 - base).magnitude > ($1.0 - base).magnitude }
      for (value, color, setting, name) in halves {
        let end = scale.position(value)
        let x = min(baseX, end)
        let barWidth = max((end - baseX).magnitude, 0.5)
        let setting = setting.map { " (\($0))" } ?? ""
        canvas.writer.element(
          "rect",
          [
            "class": "mark mark-bar", "x": x, "y": middle - 9, "width": barWidth, "height": 18.0,
            "fill": color,
          ],
          tooltip:
            "\(row.parameter), \(name.lowercased())\(setting): \(formatter.format(value, as: format))"
        )
      }
      let baseline = TextMetrics.baseline(centredOn: middle, size: size)
      for (end, text) in zip(ends[index], texts[index]) {
        let position = scale.position(end.value)
        canvas.text(
          text, x: end.isLeft ? position - 4 : position + 4, y: baseline, size: size,
          anchor: end.isLeft ? .end : .start, className: "chart-value-label")
      }
    }
    canvas.writer.element(
      "line",
      [
        "class": "chart-reference", "x1": baseX, "y1": top - 4, "x2": baseX, "y2": bottom + 2,
        "stroke": ChartPalette.reference, "stroke-width": 1.5,
      ])
    let end = axisLayout.drawAxis(on: &canvas, axis: valueAxis, at: bottom + 2)
    return canvas.finished(
      kind: "tornado", title: title,
      description: ChartPhrases(locale).tornado(
        value: valueAxis.label, parameters: sorted.map(\.parameter)), height: end)
  }
}
