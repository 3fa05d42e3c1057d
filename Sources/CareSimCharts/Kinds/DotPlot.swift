/// Estimates with their intervals, one row each, coloured and shaped by a status, with an
/// optional reference value per row.
///
/// For `caresim validate-study`: each published figure is a row; the dot is the model's
/// estimate, the whisker its interval, the black stroke the published value, and the status
/// ("within the interval", "near", "outside") sets the dot's colour and shape. Cleveland's dot
/// plot (Cleveland, W. S. & McGill, R. (1984). Graphical perception. JASA 79(387), 531–554)
/// puts values on a common scale, the most accurately read encoding.
///
/// For `caresim calibrate`: each target is a row, the dot its distance from the national figure
/// in standard errors, and a shaded band across the rows marks the distances within two standard
/// errors, so what lies outside it reads at a glance.
public struct DotPlot: Chart, RenderableChart {
  /// A shaded range of the value axis across every row: where an estimate counts as close.
  public struct Band: Sendable, Hashable {
    /// The legend entry ("±2 standard errors").
    public var label: String
    public var lower: Double
    public var upper: Double

    /// A band named `label` from `lower` to `upper`.
    public init(_ label: String, lower: Double, upper: Double) {
      self.label = label
      self.lower = lower
      self.upper = upper
    }
  }

  /// One row: a label, an estimate, its interval and a status.
  public struct Row: Sendable, Hashable {
    /// The row's label, drawn on the left.
    public var label: String
    /// The estimate, drawn as a dot.
    public var value: Double
    /// The lower end of the interval, if any.
    public var lower: Double?
    /// The upper end of the interval, if any.
    public var upper: Double?
    /// A reference value (the published figure), drawn as a black stroke.
    public var reference: Double?
    /// The status, one of the chart's `statuses`.
    public var status: String

    /// A row for `label`; see the properties.
    public init(
      _ label: String, value: Double, lower: Double? = nil, upper: Double? = nil,
      reference: Double? = nil, status: String
    ) {
      self.label = label
      self.value = value
      self.lower = lower
      self.upper = upper
      self.reference = reference
      self.status = status
    }
  }

  /// The title above the chart.
  public var title: String
  /// The value axis under the rows.
  public var valueAxis: ChartAxis
  /// The rows, top to bottom.
  public var rows: [Row]
  /// The statuses in legend order, best first; a row's status not listed is added at the end.
  public var statuses: [String]
  /// The legend entry of the reference strokes ("Published figure"), if any row has one.
  public var referenceLabel: String
  /// A shaded range behind the rows, if any; the axis always covers it.
  public var band: Band?
  /// The chart's width (the height follows from the number of rows).
  public var width: Double

  /// A dot plot; see the properties.
  ///
  /// The default `referenceLabel` is English; a Dutch page
  /// passes its own.
  public init(
    title: String, valueAxis: ChartAxis, rows: [Row], statuses: [String],
    referenceLabel: String = "Published figure", band: Band? = nil,
    width: Double = ChartSize.standard.width
  ) {
    self.title = title
    self.valueAxis = valueAxis
    self.rows = rows
    self.statuses = statuses
    self.referenceLabel = referenceLabel
    self.band = band
    self.width = width
  }

  /// Status colours in order: bluish green, orange, vermillion, then the other Okabe–Ito
  /// colours; with the shapes below they differ in hue, lightness and form.
  package static let statusColors = [
    "#009e73", "#e69f00", "#d55e00", "#0072b2", "#cc79a7", "#56b4e9", "#000000",
  ]
  /// Status shapes in order: circle, diamond, square, triangle, and on.
  package static let statusShapes: [MarkerShape] = [
    .circle, .diamond, .square, .triangle, .triangleDown, .ring, .openSquare,
  ]

  /// The band's colour: Okabe–Ito sky blue, light enough at its opacity that the status colours
  /// and the black reference strokes stay clear on it, in colour and in grey.
  package static let bandColor = "#56b4e9"
  package static let bandOpacity = 0.22

  /// The statuses in legend order, with any unlisted ones used by rows added in row order.
  package var allStatuses: [String] {
    var all = statuses
    for row in rows where !all.contains(row.status) { all.append(row.status) }
    return all
  }

  /// The colour and shape of the dots of `status`.
  package func style(of status: String) -> (color: String, shape: MarkerShape) {
    let index = allStatuses.firstIndex(of: status) ?? 0
    return (
      Self.statusColors[index % Self.statusColors.count],
      Self.statusShapes[index % Self.statusShapes.count]
    )
  }

  package static let kind = "dot-plot"

  package static let legendMinimumCount = 1

  package func legend(formatter: ReportNumberFormatter) -> [LegendItem] {
    var legend = allStatuses.map { status -> LegendItem in
      let (color, shape) = style(of: status)
      return LegendItem(status, .whisker(color: color, shape: shape))
    }
    if rows.contains(where: { $0.reference != nil }) {
      legend.append(LegendItem(referenceLabel, .tick(color: ChartPalette.ink)))
    }
    if let band {
      legend.append(LegendItem(band.label, .area(color: Self.bandColor, opacity: Self.bandOpacity)))
    }
    return legend
  }

  /// Rows below the header, over an axis that covers every estimate, interval, reference and the
  /// band.
  package func layout(on canvas: ChartCanvas, formatter: ReportNumberFormatter) -> RowFrame {
    let values =
      rows.flatMap { [$0.value, $0.lower, $0.upper, $0.reference].compactMap { $0 } }
      + (band.map { [$0.lower, $0.upper] } ?? [])
    return RowFrame(
      labels: rows.map(\.label), canvas: canvas, axis: valueAxis, values: values,
      labelGap: ChartStyle.Rows.dotLabelGap, rightInset: ChartStyle.Rows.dotRightInset,
      top: canvas.headerBottom + ChartStyle.Rows.dotTop, minimumStep: ChartStyle.Rows.dotStep,
      formatter: formatter, rowsFitLabels: true, labelShare: ChartStyle.Rows.dotLabelShare)
  }

  package func draw(
    _ frame: RowFrame, on canvas: inout ChartCanvas, formatter: ReportNumberFormatter
  ) -> Double {
    let scale = frame.axis.scale
    if !rows.contains(where: { $0.value.isFinite }) {
      canvas.drawNoData(
        in: ChartRect(
          x: scale.rangeStart, y: frame.top, width: scale.rangeEnd - scale.rangeStart,
          height: frame.bottom - frame.top), locale: formatter.locale)
    }
    // The band goes behind the gridlines, so that the ticks inside it still read.
    drawBand(frame: frame, on: &canvas)
    frame.axis.drawGrid(on: &canvas, top: frame.top, bottom: frame.bottom)
    for (index, row) in rows.enumerated() {
      let y = frame.middle(ofRow: index)
      frame.labels.draw(index, full: row.label, y: y, on: &canvas)
      drawRow(row, y: y, scale: scale, formatter: formatter, on: &canvas)
    }
    return frame.drawAxis(on: &canvas, axis: valueAxis)
  }

  package func description(of frame: RowFrame, formatter: ReportNumberFormatter) -> String {
    ChartPhrases(formatter.locale).dotPlot(value: valueAxis.label, rows: rows.map(\.label))
  }
}
