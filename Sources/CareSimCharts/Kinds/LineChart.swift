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

  /// The chart as an `<svg>` element.
  public func svg(locale: ReportLocale) -> String { render(locale: locale).svg }

  /// The chart with the estimated boxes of its texts.
  package func render(locale: ReportLocale) -> RenderedChart {
    let formatter = ReportNumberFormatter(locale: locale)
    var canvas = ChartCanvas(width: size.width)
    canvas.drawTitle(title)
    canvas.drawLegend(
      series.enumerated().map { XYMarks.legendItem($1, index: $0) }
        + bands.map {
          LegendItem(
            $0.name, .area(color: XYMarks.color(of: $0, in: series), opacity: XYMarks.bandOpacity))
        })
    var xValues = series.flatMap { $0.points.map(\.x) } + bands.flatMap { $0.points.map(\.x) }
    var yValues =
      series.flatMap { $0.points.map(\.y) }
      + bands.flatMap { $0.points.flatMap { [$0.lower, $0.upper] } }
    for marker in markers {
      switch marker {
      case .vertical(let x, _): xValues.append(x)
      case .horizontal(let y, _): yValues.append(y)
      }
    }
    let frame = XYFrame.layout(
      canvas: canvas, xAxis: xAxis, xValues: xValues, yAxis: yAxis, yValues: yValues,
      plotHeight: size.plotHeight, formatter: formatter, tightX: true)
    frame.drawGrid(on: &canvas)
    for band in bands {
      XYMarks.drawBand(band, color: XYMarks.color(of: band, in: series), frame: frame, on: &canvas)
    }
    for (index, line) in series.enumerated() {
      XYMarks.drawLine(line, index: index, count: series.count, frame: frame, on: &canvas)
    }
    let hasData =
      series.contains { $0.points.contains(where: \.isFinite) }
      || bands.contains {
        $0.points.contains { $0.x.isFinite && $0.lower.isFinite && $0.upper.isFinite }
      }
    if !hasData { canvas.drawNoData(in: frame.plot, locale: locale) }
    let bottom = frame.drawAxes(on: &canvas, xAxis: xAxis, yAxis: yAxis)
    let notes = XYMarks.drawMarkers(markers, frame: frame, on: &canvas)
    let end = canvas.drawNotes(notes, from: bottom + 8)
    return canvas.finished(
      kind: "line", title: title,
      description: ChartPhrases(locale).line(
        y: yAxis.label, x: xAxis.label, series: series.map(\.name) + bands.map(\.name)),
      height: end)
  }
}
