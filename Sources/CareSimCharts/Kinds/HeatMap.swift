/// A grid of coloured cells over two parameters, with a colour bar and a contour line at a level
/// (the break-even line where the net benefit crosses zero).
///
/// For `caresim grid`: each cell is one combination of the two parameters, coloured by the
/// outcome. Values of both signs use the diverging orange–white–blue ramp, symmetric around
/// zero; values of one sign the sequential viridis ramp. The contour is traced by marching
/// squares through the cell centres and drawn black on a white casing, so it shows on every
/// colour.
public struct HeatMap: Chart, RenderableChart {
  /// A level line through the grid, with its legend entry.
  public struct Contour: Sendable, Hashable {
    /// The level, in the values' unit.
    public var level: Double
    /// The legend entry ("Break-even").
    public var label: String

    /// The line where the values cross `level`, named `label`.
    public init(level: Double, label: String) {
      self.level = level
      self.label = label
    }
  }

  /// The title above the chart.
  public var title: String
  /// The horizontal axis: the first parameter.
  public var xAxis: ChartAxis
  /// The vertical axis: the second parameter.
  public var yAxis: ChartAxis
  /// What the colours mean: the outcome, with its unit and format.
  public var colorAxis: ChartAxis
  /// The first parameter's values, one per column, ascending.
  public var x: [Double]
  /// The second parameter's values, one per row, ascending (drawn bottom to top).
  public var y: [Double]
  /// The outcome: `values[row][column]`.
  public var values: [[Double]]
  /// The level line to draw, if any.
  public var contour: Contour?
  /// The chart's width and plot height.
  public var size: ChartSize

  /// A heat map; see the properties.
  ///
  /// The default contour is the zero line, labelled in English;
  /// a Dutch page passes its own label (`Contour(level: 0, label: "Omslagpunt")`), and nil draws
  /// none.
  public init(
    title: String, xAxis: ChartAxis, yAxis: ChartAxis, colorAxis: ChartAxis, x: [Double],
    y: [Double], values: [[Double]], contour: Contour? = Contour(level: 0, label: "Break-even"),
    size: ChartSize = .standard
  ) {
    precondition(values.count == y.count, "\(values.count) rows of values for \(y.count) y values")
    for row in values {
      precondition(row.count == x.count, "a row has \(row.count) values for \(x.count) x values")
    }
    self.title = title
    self.xAxis = xAxis
    self.yAxis = yAxis
    self.colorAxis = colorAxis
    self.x = x
    self.y = y
    self.values = values
    self.contour = contour
    self.size = size
  }

  /// The chart as an `<svg>` element.
  public func svg(locale: ReportLocale) -> String { render(locale: locale).svg }

  /// The chart with the estimated boxes of its texts.
  package func render(locale: ReportLocale) -> RenderedChart {
    let formatter = ReportNumberFormatter(locale: locale)
    let padding = ChartStyle.padding
    let tick = ChartStyle.tickSize
    var canvas = ChartCanvas(width: size.width)
    canvas.drawTitle(title)
    let lines = contour.map { MarchingSquares.lines(values, level: $0.level) } ?? []
    if let contour, !lines.isEmpty {
      let level = formatter.format(contour.level, as: colorAxis.format)
      canvas.drawLegend(
        [
          LegendItem(
            "\(contour.label) (\(level))", .line(color: ChartPalette.ink, dash: "", marker: nil))
        ],
        minimumCount: 1)
    }
    let heat = HeatScale(values: values.flatMap { $0 })
    // Titles above the plot: the y axis on the left, the colour bar's on the right, on one line
    // if both fit and on two if not.
    let yTitleWidth = TextMetrics.width(yAxis.label, size: ChartStyle.labelSize)
    let colorTitleWidth = TextMetrics.width(colorAxis.label, size: ChartStyle.labelSize)
    let twoTitleLines = yTitleWidth + colorTitleWidth + 20 > canvas.innerWidth
    let titleBaseline = canvas.headerBottom + TextMetrics.ascent * ChartStyle.labelSize
    let plotTop = titleBaseline + (twoTitleLines ? ChartStyle.lineStep : 0) + 16
    let plotHeight = size.plotHeight
    let barWidth = heat.barWidth(format: colorAxis.format, formatter: formatter, height: plotHeight)
    let xLabels = Self.labels(x, format: xAxis.format, formatter: formatter)
    let yLabels = Self.labels(y, format: yAxis.format, formatter: formatter)
    let yLabelWidth = yLabels.map { TextMetrics.width($0, size: tick) }.max() ?? 0
    let xLabelWidths = xLabels.map { TextMetrics.width($0, size: tick) }
    let left = padding + yLabelWidth + 7
    var right = size.width - padding - barWidth - 14
    // The last column's label is centred on it; keep it clear of the colour bar.
    if let last = xLabelWidths.last, !x.isEmpty {
      let step = (right - left) / Double(x.count)
      right -= max(0, last / 2 - step / 2 - 4)
    }
    let plot = ChartRect(x: left, y: plotTop, width: right - left, height: plotHeight)
    let columns = BandScale(count: x.count, range: plot.x, plot.maxX)
    let rows = BandScale(count: y.count, range: plot.maxY, plot.y)

    // Cells, with a hairline of their own colour so no seams show between them.
    canvas.writer.open("g", ["class": "chart-cells"])
    for (row, rowValues) in values.enumerated() {
      for (column, value) in rowValues.enumerated() {
        let color = heat.color(value).hex
        let tooltip =
          "\(xAxis.title) \(xLabels[column]), \(yAxis.title) \(yLabels[row]): "
          + formatter.format(value, as: colorAxis.format)
        let cellLeft = columns.bandStart(column)
        let cellTop = rows.bandStart(row) + rows.step
        canvas.writer.element(
          "rect",
          [
            "class": value.isFinite ? "mark mark-cell" : "chart-missing", "x": cellLeft,
            "y": cellTop, "width": columns.step,
            "height": -rows.step, "fill": color, "stroke": color, "stroke-width": 0.5,
          ], tooltip: tooltip)
      }
    }
    canvas.writer.close("g")
    if !values.joined().contains(where: \.isFinite) {
      canvas.drawNoData(in: plot, locale: locale)
    }
    if !lines.isEmpty {
      var path = PathData()
      for line in lines {
        for (index, point) in line.enumerated() {
          let px = columns.position(atIndex: point.column)
          let py = rows.position(atIndex: point.row)
          if index == 0 { path.move(px, py) } else { path.line(px, py) }
        }
      }
      canvas.writer.element(
        "path",
        [
          "class": "chart-contour-casing", "d": path.text, "fill": "none", "stroke": "#ffffff",
          "stroke-width": 5, "stroke-linejoin": "round", "stroke-linecap": "round",
        ])
      canvas.writer.element(
        "path",
        [
          "class": "mark mark-contour", "d": path.text, "fill": "none", "stroke": ChartPalette.ink,
          "stroke-width": 2.25, "stroke-linejoin": "round", "stroke-linecap": "round",
        ])
    }
    canvas.writer.element(
      "rect",
      [
        "class": "chart-axis", "x": plot.x, "y": plot.y, "width": plot.width, "height": plot.height,
        "fill": "none", "stroke": ChartPalette.axis, "stroke-width": 1,
      ])

    // Tick labels under every k-th column and beside every k-th row, k chosen so they fit.
    let columnEvery = Self.every(step: columns.step, needed: (xLabelWidths.max() ?? 0) + 8)
    let rowEvery = Self.every(
      step: -rows.step, needed: (TextMetrics.ascent + TextMetrics.descent) * tick + 3)
    let xBaseline = plot.maxY + 6 + TextMetrics.ascent * tick
    for (column, label) in xLabels.enumerated() where column % columnEvery == 0 {
      canvas.text(
        label, x: columns.centre(column), y: xBaseline, size: tick, anchor: .middle,
        className: "chart-tick")
    }
    for (row, label) in yLabels.enumerated() where row % rowEvery == 0 {
      canvas.text(
        label, x: plot.x - 6, y: TextMetrics.baseline(centredOn: rows.centre(row), size: tick),
        size: tick, anchor: .end, className: "chart-tick")
    }
    var bottom = xBaseline + TextMetrics.descent * tick
    if !xAxis.label.isEmpty {
      let baseline = bottom + 5 + TextMetrics.ascent * ChartStyle.labelSize
      canvas.text(
        xAxis.label, x: plot.midX, y: baseline, size: ChartStyle.labelSize, anchor: .middle,
        className: "chart-axis-title", fill: ChartPalette.softInk, maxWidth: canvas.innerWidth,
        keepInside: true)
      bottom = baseline + TextMetrics.descent * ChartStyle.labelSize
    }
    if !yAxis.label.isEmpty {
      canvas.text(
        yAxis.label, x: padding, y: titleBaseline + (twoTitleLines ? ChartStyle.lineStep : 0),
        size: ChartStyle.labelSize, className: "chart-axis-title", fill: ChartPalette.softInk,
        maxWidth: canvas.innerWidth)
    }
    if !colorAxis.label.isEmpty {
      canvas.text(
        colorAxis.label, x: size.width - padding, y: titleBaseline, size: ChartStyle.labelSize,
        anchor: .end, className: "chart-axis-title", fill: ChartPalette.softInk,
        maxWidth: canvas.innerWidth)
    }
    heat.drawBar(
      on: &canvas, x: size.width - padding - barWidth, top: plot.y, height: plot.height,
      format: colorAxis.format, formatter: formatter)
    return canvas.finished(
      kind: "heat-map", title: title,
      description: ChartPhrases(locale).heatMap(
        value: colorAxis.label, x: xAxis.label, y: yAxis.label,
        contour: lines.isEmpty ? nil : contour?.label), height: bottom)
  }

  /// Labels for grid values, with the decimals the values need and no more.
  ///
  /// The step is the largest power of ten of which every value is a multiple (to a thousandth of
  /// the smallest gap), so 0.25 keeps two decimals, 0.30000000000000004 one and 20,000 none.
  private static func labels(
    _ values: [Double], format: ValueFormat, formatter: ReportNumberFormatter
  ) -> [String] {
    let finite = values.filter(\.isFinite)
    let gaps = zip(finite, finite.dropFirst()).map { ($1 - $0).magnitude }.filter { $0 > 0 }
    let tolerance = (gaps.min() ?? 1) * 1e-3
    var step = 1e15
    while step > 1e-9 {
      let isMultiple = finite.allSatisfy { value in
        let units = value / step
        return (units - units.rounded()).magnitude * step <= tolerance
      }
      if isMultiple { break }
      step /= 10
    }
    return formatter.tickLabels(values, step: step, as: format)
  }

  /// The smallest k such that every k-th band leaves `needed` units per label.
  private static func every(step: Double, needed: Double) -> Int {
    guard step > 0 else { return 1 }
    var k = 1
    while Double(k) * step < needed && k < 1000 { k += 1 }
    return k
  }
}
