/// Lines over a numeric x axis, with shaded bands (P5–P95 fans) and labelled marker lines.
///
/// For trajectories over months: a mean line with its fan, a break-even month as a vertical
/// marker, a minimum quality of life as a horizontal one. Each series has its own colour, dash
/// and marker shape, so the chart reads in greyscale; the legend appears when there is more than
/// one series or band.
public struct LineChart: Chart, RenderableChart {
  /// The title above the chart.
  public var title: String
  /// The horizontal axis.
  public var xAxis: ChartAxis
  /// The vertical axis.
  public var yAxis: ChartAxis
  /// The lines, drawn in order (later ones on top).
  public var series: [LineSeries]
  /// The bands, drawn behind the lines.
  public var bands: [ChartBand]
  /// Labelled vertical and horizontal lines.
  public var markers: [ChartMarker]
  /// The chart's width and plot height.
  public var size: ChartSize

  /// A line chart; see the properties.
  public init(
    title: String, xAxis: ChartAxis, yAxis: ChartAxis, series: [LineSeries],
    bands: [ChartBand] = [], markers: [ChartMarker] = [], size: ChartSize = .standard
  ) {
    self.title = title
    self.xAxis = xAxis
    self.yAxis = yAxis
    self.series = series
    self.bands = bands
    self.markers = markers
    self.size = size
  }

  package static let kind = "line"

  package var width: Double { size.width }

  package func legend(formatter: ReportNumberFormatter) -> [LegendItem] {
    let names = series.map(\.name)
    return series.enumerated().map { XYMarks.legendItem(seriesNamed: $1.name, index: $0) }
      + bands.map { XYMarks.legendItem($0, among: names) }
  }

  package func layout(on canvas: ChartCanvas, formatter: ReportNumberFormatter) -> XYFrame {
    let values = XYMarks.values(series: series, bands: bands, markers: markers)
    return XYFrame.layout(
      canvas: canvas, xAxis: xAxis, xValues: values.x, yAxis: yAxis, yValues: values.y,
      plotHeight: size.plotHeight, formatter: formatter, tightX: true)
  }

  package func draw(
    _ frame: XYFrame, on canvas: inout ChartCanvas, formatter: ReportNumberFormatter
  ) -> Double {
    frame.drawGrid(on: &canvas)
    let names = series.map(\.name)
    for band in bands {
      XYMarks.drawBand(
        band, color: XYMarks.color(of: band, among: names), frame: frame, on: &canvas)
    }
    for (index, line) in series.enumerated() {
      XYMarks.drawLine(line, index: index, count: series.count, frame: frame, on: &canvas)
    }
    let hasData =
      series.contains { $0.points.contains(where: \.isFinite) }
      || bands.contains { $0.points.contains(where: \.isFinite) }
    if !hasData { canvas.drawNoData(in: frame.plot, locale: formatter.locale) }
    let bottom = frame.drawAxes(on: &canvas, xTitle: xAxis.label, yTitle: yAxis.label)
    let notes = XYMarks.drawMarkers(markers, frame: frame, on: &canvas)
    return canvas.drawNotes(notes, below: bottom)
  }

  package func description(of frame: XYFrame, formatter: ReportNumberFormatter) -> String {
    ChartPhrases(formatter.locale).line(
      y: yAxis.label, x: xAxis.label, series: series.map(\.name) + bands.map(\.name))
  }
}
