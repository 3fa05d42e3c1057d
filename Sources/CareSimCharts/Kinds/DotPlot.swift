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

  /// The chart as an `<svg>` element.
  public func svg(locale: ReportLocale) -> String { render(locale: locale).svg }

  /// The chart with the estimated boxes of its texts.
  package func render(locale: ReportLocale) -> RenderedChart {
    let formatter = ReportNumberFormatter(locale: locale)
    let format = valueAxis.format
    let statuses = allStatuses
    func style(_ status: String) -> (String, MarkerShape) {
      let index = statuses.firstIndex(of: status) ?? 0
      return (
        Self.statusColors[index % Self.statusColors.count],
        Self.statusShapes[index % Self.statusShapes.count]
      )
    }
    var canvas = ChartCanvas(width: width)
    canvas.drawTitle(title)
    var legend = statuses.map { status -> LegendItem in
      let (color, shape) = style(status)
      return LegendItem(status, .whisker(color: color, shape: shape))
    }
    if rows.contains(where: { $0.reference != nil }) {
      legend.append(LegendItem(referenceLabel, .tick(color: ChartPalette.ink)))
    }
    if let band {
      legend.append(LegendItem(band.label, .area(color: Self.bandColor, opacity: Self.bandOpacity)))
    }
    canvas.drawLegend(legend, minimumCount: 1)
    let labels = RowLabels(rows.map(\.label), canvas: canvas)
    let values =
      rows.flatMap { [$0.value, $0.lower, $0.upper, $0.reference].compactMap { $0 } }
      + (band.map { [$0.lower, $0.upper] } ?? [])
    let axisLayout = ValueAxis(
      axis: valueAxis, values: values, left: ChartStyle.padding + labels.width + 14,
      right: width - ChartStyle.padding - 6, formatter: formatter)
    let scale = axisLayout.scale
    let rowStep = labels.rowStep(minimum: 28)
    let top = canvas.headerBottom + 4
    let bottom = top + (rows.isEmpty ? 40 : rowStep * Double(rows.count))
    if !rows.contains(where: { $0.value.isFinite }) {
      canvas.drawNoData(
        in: ChartRect(
          x: scale.rangeStart, y: top, width: scale.rangeEnd - scale.rangeStart,
          height: bottom - top), locale: locale)
    }
    // The band goes behind the gridlines, so that the ticks inside it still read; a fixed
    // domain narrower than the band cuts it at the plot's edges.
    if let band, band.lower.isFinite, band.upper.isFinite {
      let x1 = max(scale.rangeStart, scale.position(min(band.lower, band.upper)))
      let x2 = min(scale.rangeEnd, scale.position(max(band.lower, band.upper)))
      if x2 > x1 {
        canvas.writer.element(
          "rect",
          [
            "class": "chart-band", "x": x1, "y": top, "width": x2 - x1, "height": bottom - top,
            "fill": Self.bandColor, "fill-opacity": Self.bandOpacity,
          ], tooltip: band.label)
      }
    }
    axisLayout.drawGrid(on: &canvas, top: top, bottom: bottom)
    for (index, row) in rows.enumerated() {
      let y = top + rowStep * (Double(index) + 0.5)
      labels.draw(index, full: row.label, y: y, on: &canvas)
      let (color, shape) = style(row.status)
      if let lower = row.lower, let upper = row.upper, lower.isFinite, upper.isFinite {
        let x1 = scale.position(lower)
        let x2 = scale.position(upper)
        var path = PathData()
        path.move(x1, y)
        path.line(x2, y)
        path.move(x1, y - 5)
        path.line(x1, y + 5)
        path.move(x2, y - 5)
        path.line(x2, y + 5)
        canvas.writer.element(
          "path",
          [
            "class": "mark mark-whisker", "d": path.text, "fill": "none", "stroke": color,
            "stroke-width": 1.75,
          ])
      }
      if let reference = row.reference, reference.isFinite {
        let x = scale.position(reference)
        canvas.writer.element(
          "line",
          [
            "class": "mark mark-reference", "x1": x, "y1": y - 8, "x2": x, "y2": y + 8,
            "stroke": ChartPalette.ink, "stroke-width": 2.5,
          ],
          tooltip:
            "\(row.label), \(referenceLabel.lowercased()): \(formatter.format(reference, as: format))"
        )
      }
      guard row.value.isFinite else { continue }
      var tooltip = "\(row.label): \(formatter.format(row.value, as: format))"
      if let lower = row.lower, let upper = row.upper {
        tooltip +=
          " (\(formatter.format(lower, as: format)) to \(formatter.format(upper, as: format)))"
      }
      shape.draw(
        into: &canvas.writer, x: scale.position(row.value), y: y, size: 10, color: color,
        className: "mark mark-point", tooltip: tooltip)
    }
    let end = axisLayout.drawAxis(on: &canvas, axis: valueAxis, at: bottom + 2)
    return canvas.finished(
      kind: "dot-plot", title: title,
      description: ChartPhrases(locale).dotPlot(value: valueAxis.label, rows: rows.map(\.label)),
      height: end)
  }
}
