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

  package static let kind = "small-multiples"

  package func legend(formatter: ReportNumberFormatter) -> [LegendItem] {
    let names = seriesNames
    var legend = names.enumerated().map { XYMarks.legendItem(seriesNamed: $1, index: $0) }
    var bandNames: [String] = []
    for band in panels.flatMap(\.bands) where !bandNames.contains(band.name) {
      bandNames.append(band.name)
      legend.append(XYMarks.legendItem(band, among: names))
    }
    return legend
  }

  package func layout(on canvas: ChartCanvas, formatter: ReportNumberFormatter) -> PanelGrid {
    var xValues: [Double] = []
    var yValues: [Double] = []
    for panel in panels {
      let values = XYMarks.values(series: panel.series, bands: panel.bands, markers: panel.markers)
      xValues += values.x
      yValues += values.y
    }
    return PanelGrid(
      count: panels.count, columns: columns, canvas: canvas, xAxis: xAxis, xValues: xValues,
      yAxis: yAxis, yValues: yValues, panelHeight: panelHeight, formatter: formatter)
  }

  package func draw(
    _ grid: PanelGrid, on canvas: inout ChartCanvas, formatter: ReportNumberFormatter
  ) -> Double {
    let names = seriesNames
    var notes: [String] = []
    for (index, panel) in panels.enumerated() {
      notes += drawPanel(
        panel, index: index, grid: grid, names: names, formatter: formatter, on: &canvas)
    }
    canvas.drawTitleAbove(
      yAxis.label, y: canvas.headerBottom + TextMetrics.ascent * ChartStyle.labelSize)
    var bottom = grid.bottom
    if panels.isEmpty {
      let area = ChartRect(
        x: ChartStyle.padding, y: grid.top, width: canvas.innerWidth,
        height: ChartStyle.Rows.emptyHeight)
      canvas.drawNoData(in: area, locale: formatter.locale)
      bottom = area.maxY
    } else {
      bottom = canvas.drawAxisTitle(
        xAxis.label, centredOn: grid.midX, below: bottom, gap: ChartStyle.Panels.xTitleGap)
    }
    return canvas.drawNotes(notes, below: bottom)
  }

  package func description(of grid: PanelGrid, formatter: ReportNumberFormatter) -> String {
    ChartPhrases(formatter.locale).smallMultiples(
      count: panels.count, y: yAxis.label, x: xAxis.label, panels: panels.map(\.title))
  }
}
