/// Points on a plane through the origin, with labelled lines of given slope: the
/// cost-effectiveness plane, with willingness-to-pay thresholds.
///
/// For `caresim psa`: each point is one run's incremental QALYs (x) and incremental cost (y).
/// A line y = λx marks a willingness to pay of λ per QALY (€20k, €50k, €80k); points below it are
/// cost-effective at that threshold. Both axes include zero, and the axes through the origin
/// divide the plane into its four quadrants.
public struct ScatterChart: Chart, RenderableChart {
  /// A line through the origin, y = slope · x, with its label.
  public struct Slope: Sendable, Hashable {
    /// The slope, in y units per x unit (euros per QALY).
    public var slope: Double
    /// The label drawn along the line ("€20k per QALY").
    public var label: String

    /// The line y = `slope` · x, labelled `label`.
    public init(_ slope: Double, label: String) {
      self.slope = slope
      self.label = label
    }
  }

  /// One highlighted point (the mean), drawn larger and labelled.
  public struct Highlight: Sendable, Hashable {
    /// Where the point is.
    public var point: ChartPoint
    /// Its label and legend entry.
    public var label: String

    /// A highlight at `point` labelled `label`.
    public init(_ point: ChartPoint, label: String) {
      self.point = point
      self.label = label
    }
  }

  /// The title above the chart.
  public var title: String
  /// The horizontal axis (incremental QALYs); zero is always on it.
  public var xAxis: ChartAxis
  /// The vertical axis (incremental cost); zero is always on it.
  public var yAxis: ChartAxis
  /// The points.
  public var points: [ChartPoint]
  /// The legend entry of the points ("Simulated runs").
  public var pointsLabel: String
  /// A highlighted point, if any.
  public var highlight: Highlight?
  /// Lines through the origin.
  public var slopes: [Slope]
  /// The chart's width and plot height.
  public var size: ChartSize

  /// A scatter chart; see the properties.
  ///
  /// The default `pointsLabel` is English; a Dutch page
  /// passes its own.
  public init(
    title: String, xAxis: ChartAxis, yAxis: ChartAxis, points: [ChartPoint],
    pointsLabel: String = "Simulated runs", highlight: Highlight? = nil, slopes: [Slope] = [],
    size: ChartSize = ChartSize(plotHeight: 280)
  ) {
    self.title = title
    self.xAxis = xAxis
    self.yAxis = yAxis
    self.points = points
    self.pointsLabel = pointsLabel
    self.highlight = highlight
    self.slopes = slopes
    self.size = size
  }

  package static let kind = "scatter"

  package var width: Double { size.width }

  package func legend(formatter: ReportNumberFormatter) -> [LegendItem] {
    var legend = [LegendItem(pointsLabel, .marker(color: ChartPalette.positive, shape: .circle))]
    if let highlight {
      legend.append(LegendItem(highlight.label, .marker(color: ChartPalette.ink, shape: .diamond)))
    }
    return legend
  }

  /// A plot whose axes both include zero, so the quadrants show.
  package func layout(on canvas: ChartCanvas, formatter: ReportNumberFormatter) -> XYFrame {
    var xAxis = xAxis
    var yAxis = yAxis
    xAxis.includesZero = true
    yAxis.includesZero = true
    let all = points + (highlight.map { [$0.point] } ?? [])
    return XYFrame.layout(
      canvas: canvas, xAxis: xAxis, xValues: all.map(\.x), yAxis: yAxis,
      yValues: all.map(\.y), plotHeight: size.plotHeight, formatter: formatter)
  }

  package func draw(
    _ frame: XYFrame, on canvas: inout ChartCanvas, formatter: ReportNumberFormatter
  ) -> Double {
    frame.drawGrid(on: &canvas, vertical: true)
    drawZeroLine(frame: frame, on: &canvas)
    drawPoints(frame: frame, on: &canvas)
    var placer = LabelPlacer(bounds: frame.plot.outset(by: -ChartStyle.Lines.labelInset))
    if let highlight, highlight.point.isFinite {
      typealias Style = ChartStyle.Points
      let x = frame.x.position(highlight.point.x)
      let y = frame.y.position(highlight.point.y)
      placer.reserve(
        ChartRect(
          x: x - Style.highlightHalfWidth, y: y - Style.highlightHalfHeight,
          width: 2 * Style.highlightHalfWidth, height: 2 * Style.highlightHalfHeight))
    }
    let notes = drawSlopes(frame: frame, placer: &placer, on: &canvas)
    drawHighlight(frame: frame, formatter: formatter, on: &canvas)
    if !points.contains(where: \.isFinite) && highlight?.point.isFinite != true {
      canvas.drawNoData(in: frame.plot, locale: formatter.locale)
    }
    let bottom = frame.drawAxes(on: &canvas, xTitle: xAxis.label, yTitle: yAxis.label)
    let phrases = ChartPhrases(formatter.locale)
    return canvas.drawNotes(notes.map { phrases.lineNote($0) }, below: bottom)
  }

  package func description(of frame: XYFrame, formatter: ReportNumberFormatter) -> String {
    ChartPhrases(formatter.locale).scatter(
      count: formatter.decimal(Double(points.count), fractionDigits: 0), y: yAxis.label,
      x: xAxis.label, slopes: slopes.map(\.label))
  }
}
