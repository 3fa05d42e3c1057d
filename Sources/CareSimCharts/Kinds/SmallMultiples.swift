/// A grid of small line charts that share their axes: the same measure for several funders,
/// scenarios or municipalities, comparable at a glance.
///
/// Every panel has the same x and y range (Tufte, E. R. (1983). The Visual Display of
/// Quantitative Information, ch. 8: small multiples are read by comparison, so their scales must
/// agree). A series keeps its colour, dash and marker in every panel, matched by name; the y tick
/// labels appear on the first column and the x tick labels under every panel.
public struct SmallMultiples: Chart, RenderableChart {
  /// One small chart: a title and its lines, bands and markers.
  public struct Panel: Sendable, Hashable {
    /// The panel's title, above it.
    public var title: String
    /// The lines.
    public var series: [LineSeries]
    /// The bands, behind the lines.
    public var bands: [ChartBand]
    /// Labelled vertical and horizontal lines.
    public var markers: [ChartMarker]

    /// A panel titled `title`; see the properties.
    public init(
      _ title: String, series: [LineSeries], bands: [ChartBand] = [],
      markers: [ChartMarker] = []
    ) {
      self.title = title
      self.series = series
      self.bands = bands
      self.markers = markers
    }
  }

  /// The title above the chart.
  public var title: String
  /// The shared horizontal axis.
  public var xAxis: ChartAxis
  /// The shared vertical axis.
  public var yAxis: ChartAxis
  /// The panels, row by row.
  public var panels: [Panel]
  /// The number of panels per row.
  public var columns: Int
  /// The height of each panel's plot.
  public var panelHeight: Double
  /// The chart's width.
  public var width: Double

  /// A grid of small multiples; see the properties.
  public init(
    title: String, xAxis: ChartAxis, yAxis: ChartAxis, panels: [Panel], columns: Int = 2,
    panelHeight: Double = 110, width: Double = ChartSize.standard.width
  ) {
    precondition(columns >= 1, "small multiples need at least one column, got \(columns)")
    self.title = title
    self.xAxis = xAxis
    self.yAxis = yAxis
    self.panels = panels
    self.columns = columns
    self.panelHeight = panelHeight
    self.width = width
  }

  /// The series names across panels, in order of first appearance: they fix each name's style.
  package var seriesNames: [String] {
    var names: [String] = []
    for panel in panels {
      for series in panel.series where !names.contains(series.name) { names.append(series.name) }
    }
    return names
  }

  /// The chart as an `<svg>` element.
  public func svg(locale: ReportLocale) -> String { render(locale: locale).svg }

  /// The chart with the estimated boxes of its texts.
  package func render(locale: ReportLocale) -> RenderedChart {
    let formatter = ReportNumberFormatter(locale: locale)
    let padding = ChartStyle.padding
    let tick = ChartStyle.tickSize
    let names = seriesNames
    var canvas = ChartCanvas(width: width)
    canvas.drawTitle(title)
    var legend = names.enumerated().map { index, name in
      XYMarks.legendItem(LineSeries(name, points: []), index: index)
    }
    var bandNames: [String] = []
    for band in panels.flatMap(\.bands) where !bandNames.contains(band.name) {
      bandNames.append(band.name)
      let index = band.series.flatMap { names.firstIndex(of: $0) }
      let color = index.map { ChartPalette.color($0) } ?? "#8c8c8c"
      legend.append(LegendItem(band.name, .area(color: color, opacity: XYMarks.bandOpacity)))
    }
    canvas.drawLegend(legend)

    var xValues: [Double] = []
    var yValues: [Double] = []
    for panel in panels {
      xValues +=
        panel.series.flatMap { $0.points.map(\.x) } + panel.bands.flatMap { $0.points.map(\.x) }
      yValues += panel.series.flatMap { $0.points.map(\.y) }
      yValues += panel.bands.flatMap { $0.points.flatMap { [$0.lower, $0.upper] } }
      for marker in panel.markers {
        switch marker {
        case .vertical(let x, _): xValues.append(x)
        case .horizontal(let y, _): yValues.append(y)
        }
      }
    }
    // One provisional layout fixes the shared y ticks (they depend on the panel height only) and
    // hence the left margin. The x ticks then fit the panel width; the gap between panels must
    // hold the overhangs of two neighbouring end labels, and the room right of the last panel
    // the overhang of its last label. Both only grow, so a few rounds settle them.
    let yTitleRoom = yAxis.label.isEmpty ? 0.0 : ChartStyle.lineStep + 2
    func probe(width plotWidth: Double) -> XYFrame {
      XYFrame.layout(
        canvas: canvas, xAxis: xAxis, xValues: xValues, yAxis: yAxis, yValues: yValues,
        plotHeight: panelHeight, formatter: formatter, top: 0, plotLeft: 0,
        plotWidth: plotWidth, tightX: true)
    }
    let left = padding + probe(width: 100).yTicks.maxWidth + 7
    var gap = 16.0
    var rightRoom = 0.0
    func panelWidth() -> Double {
      (width - padding - rightRoom - left - gap * Double(columns - 1)) / Double(columns)
    }
    for _ in 0..<4 {
      let frame = probe(width: panelWidth())
      var leftOverhang = 0.0
      var rightOverhang = 0.0
      for (value, labelWidth) in zip(frame.xTicks.nice.values, frame.xTicks.widths) {
        let position = frame.x.position(value)
        leftOverhang = max(leftOverhang, labelWidth / 2 - (position - frame.x.rangeStart))
        rightOverhang = max(rightOverhang, labelWidth / 2 - (frame.x.rangeEnd - position))
      }
      let neededGap = max(16, leftOverhang + rightOverhang + 10)
      if neededGap <= gap && rightOverhang <= rightRoom { break }
      gap = max(gap, neededGap)
      rightRoom = max(rightRoom, rightOverhang)
    }
    let panelWidth = panelWidth()
    let titleSize = ChartStyle.labelSize
    let rowHeight = 20 + panelHeight + 6 + (TextMetrics.ascent + TextMetrics.descent) * tick + 12
    let firstTop = canvas.headerBottom + yTitleRoom
    var notes: [String] = []
    for (index, panel) in panels.enumerated() {
      let row = index / columns
      let column = index % columns
      let rowTop = firstTop + Double(row) * rowHeight
      let plotLeft = left + Double(column) * (panelWidth + gap)
      let frame = XYFrame.layout(
        canvas: canvas, xAxis: xAxis, xValues: xValues, yAxis: yAxis, yValues: yValues,
        plotHeight: panelHeight, formatter: formatter, top: rowTop + 20, plotLeft: plotLeft,
        plotWidth: panelWidth, tightX: true)
      canvas.text(
        panel.title, x: plotLeft, y: rowTop + TextMetrics.ascent * titleSize, size: titleSize,
        bold: true, className: "chart-panel-title", maxWidth: panelWidth)
      frame.drawGrid(on: &canvas)
      for band in panel.bands {
        let index = band.series.flatMap { names.firstIndex(of: $0) }
        let color = index.map { ChartPalette.color($0) } ?? "#8c8c8c"
        XYMarks.drawBand(band, color: color, frame: frame, on: &canvas)
      }
      for series in panel.series {
        XYMarks.drawLine(
          series, index: names.firstIndex(of: series.name) ?? 0, count: names.count,
          frame: frame, on: &canvas, markerSize: 6)
      }
      var blank = xAxis
      blank.title = ""
      blank.unit = nil
      var blankY = yAxis
      blankY.title = ""
      blankY.unit = nil
      frame.drawAxes(on: &canvas, xAxis: blank, yAxis: blankY, yLabels: column == 0)
      if !panel.series.contains(where: { $0.points.contains(where: \.isFinite) }) {
        canvas.drawNoData(in: frame.plot, locale: locale)
      }
      notes += XYMarks.drawMarkers(panel.markers, frame: frame, on: &canvas).map {
        "\(panel.title): \($0)"
      }
    }
    if !yAxis.label.isEmpty {
      canvas.text(
        yAxis.label, x: padding, y: canvas.headerBottom + TextMetrics.ascent * titleSize,
        size: titleSize, className: "chart-axis-title", fill: ChartPalette.softInk,
        maxWidth: canvas.innerWidth)
    }
    let rowsCount = (panels.count + columns - 1) / columns
    var bottom = firstTop + Double(rowsCount) * rowHeight - 9
    if panels.isEmpty {
      canvas.drawNoData(
        in: ChartRect(x: padding, y: firstTop, width: canvas.innerWidth, height: 40),
        locale: locale)
      bottom = firstTop + 40
    }
    if !xAxis.label.isEmpty && !panels.isEmpty {
      let baseline = bottom + 4 + TextMetrics.ascent * titleSize
      let centre = (left + (left + Double(columns) * panelWidth + Double(columns - 1) * gap)) / 2
      canvas.text(
        xAxis.label, x: centre, y: baseline, size: titleSize, anchor: .middle,
        className: "chart-axis-title", fill: ChartPalette.softInk, maxWidth: canvas.innerWidth,
        keepInside: true)
      bottom = baseline + TextMetrics.descent * titleSize
    }
    bottom = canvas.drawNotes(notes, from: bottom + 8)
    return canvas.finished(
      kind: "small-multiples", title: title,
      description: ChartPhrases(locale).smallMultiples(
        count: panels.count, y: yAxis.label, x: xAxis.label, panels: panels.map(\.title)),
      height: bottom)
  }
}
