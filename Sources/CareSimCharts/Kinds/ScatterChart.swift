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

  /// The chart as an `<svg>` element.
  public func svg(locale: ReportLocale) -> String { render(locale: locale).svg }

  /// The chart with the estimated boxes of its texts.
  package func render(locale: ReportLocale) -> RenderedChart {
    let formatter = ReportNumberFormatter(locale: locale)
    var canvas = ChartCanvas(width: size.width)
    canvas.drawTitle(title)
    var legend = [LegendItem(pointsLabel, .marker(color: ChartPalette.positive, shape: .circle))]
    if let highlight {
      legend.append(LegendItem(highlight.label, .marker(color: ChartPalette.ink, shape: .diamond)))
    }
    canvas.drawLegend(legend)
    var xAxis = xAxis
    var yAxis = yAxis
    xAxis.includesZero = true
    yAxis.includesZero = true
    let all = points + (highlight.map { [$0.point] } ?? [])
    let frame = XYFrame.layout(
      canvas: canvas, xAxis: xAxis, xValues: all.map(\.x), yAxis: yAxis,
      yValues: all.map(\.y), plotHeight: size.plotHeight, formatter: formatter)
    frame.drawGrid(on: &canvas, vertical: true)
    let plot = frame.plot
    if frame.x.domainLower < 0 && frame.x.domainUpper > 0 {
      let x = frame.x.position(0)
      canvas.writer.element(
        "line",
        [
          "class": "chart-axis chart-zero", "x1": x, "y1": plot.y, "x2": x, "y2": plot.maxY,
          "stroke": ChartPalette.reference, "stroke-width": 1,
        ])
    }
    canvas.writer.open(
      "g", ["class": "chart-points", "fill": ChartPalette.positive, "fill-opacity": 0.45])
    for point in points where point.isFinite {
      canvas.writer.element(
        "circle",
        [
          "class": "mark mark-point", "cx": frame.x.position(point.x),
          "cy": frame.y.position(point.y), "r": 2.6,
        ])
    }
    canvas.writer.close("g")
    var placer = LabelPlacer(bounds: plot.outset(by: -1))
    if let highlight, highlight.point.isFinite {
      let x = frame.x.position(highlight.point.x)
      let y = frame.y.position(highlight.point.y)
      placer.reserve(ChartRect(x: x - 8, y: y - 9, width: 16, height: 18))
    }
    var notes: [String] = []
    for (index, slope) in slopes.enumerated() {
      guard let (start, end) = segment(slope.slope, frame: frame) else {
        notes.append(slope.label)
        continue
      }
      let dash = ChartPalette.dashes[(index + 1) % ChartPalette.dashes.count]
      canvas.writer.element(
        "line",
        [
          "class": "chart-reference", "x1": start.x, "y1": start.y, "x2": end.x, "y2": end.y,
          "stroke": ChartPalette.reference, "stroke-width": 1.5, "stroke-dasharray": dash,
        ])
      // First where the line leaves the plot: beside it under the top edge, or above it at the
      // right edge; then spots along the line from its far end inward.
      let size = ChartStyle.tickSize
      var candidates: [(ChartRect, Double, Double, TextAnchor)] = []
      func candidate(_ x: Double, _ y: Double, _ anchor: TextAnchor) {
        candidates.append(
          (TextMetrics.box(slope.label, x: x, y: y, size: size, anchor: anchor), x, y, anchor))
      }
      if (end.y - plot.y).magnitude < 0.5 {
        candidate(end.x + 5, plot.y + 4 + TextMetrics.ascent * size, .start)
        candidate(end.x - 5, plot.y + 4 + TextMetrics.ascent * size, .end)
      } else if (end.y - plot.maxY).magnitude < 0.5 {
        candidate(end.x + 5, plot.maxY - 4 - TextMetrics.descent * size, .start)
      } else if (end.x - plot.maxX).magnitude < 0.5 {
        candidate(plot.maxX - 4, end.y - 5 - TextMetrics.descent * size, .end)
        candidate(plot.maxX - 4, end.y + 5 + TextMetrics.ascent * size, .end)
      }
      for fraction in [0.96, 0.86, 0.76, 0.64, 0.52, 0.4] {
        let x = start.x + (end.x - start.x) * fraction
        let y = start.y + (end.y - start.y) * fraction
        for (dx, dy, anchor) in [
          (-6.0, -5.0 - TextMetrics.descent * size, TextAnchor.end),
          (6.0, 5.0 + TextMetrics.ascent * size, .start),
        ] {
          let box = TextMetrics.box(slope.label, x: x + dx, y: y + dy, size: size, anchor: anchor)
          candidates.append((box, x + dx, y + dy, anchor))
        }
      }
      if let chosen = placer.place(candidates.map(\.0)) {
        let (_, x, y, anchor) = candidates[chosen]
        canvas.text(
          slope.label, x: x, y: y, size: size, anchor: anchor, className: "chart-reference-label",
          halo: true)
      } else {
        notes.append(slope.label)
      }
    }
    if let highlight, highlight.point.isFinite {
      let x = frame.x.position(highlight.point.x)
      let y = frame.y.position(highlight.point.y)
      MarkerShape.diamond.draw(
        into: &canvas.writer, x: x, y: y, size: 13, color: ChartPalette.ink,
        className: "mark mark-highlight",
        tooltip:
          "\(highlight.label): \(formatter.format(highlight.point.x, as: xAxis.format)), "
          + formatter.format(highlight.point.y, as: yAxis.format))
    }
    if !points.contains(where: \.isFinite) && highlight?.point.isFinite != true {
      canvas.drawNoData(in: frame.plot, locale: locale)
    }
    let bottom = frame.drawAxes(on: &canvas, xAxis: xAxis, yAxis: yAxis)
    let end = canvas.drawNotes(notes.map { ChartPhrases(locale).lineNote($0) }, from: bottom + 8)
    return canvas.finished(
      kind: "scatter", title: title,
      description: ChartPhrases(locale).scatter(
        count: formatter.decimal(Double(points.count), fractionDigits: 0), y: yAxis.label,
        x: xAxis.label, slopes: slopes.map(\.label)),
      height: end)
  }

  /// The part of y = slope · x inside the plot, from the origin side outward, in positions.
  private func segment(_ slope: Double, frame: XYFrame) -> (
    (x: Double, y: Double), (x: Double, y: Double)
  )? {
    guard slope.isFinite else { return nil }
    let (x0, x1) = (frame.x.domainLower, frame.x.domainUpper)
    let (y0, y1) = (frame.y.domainLower, frame.y.domainUpper)
    var low = x0
    var high = x1
    if slope != 0 {
      let (a, b) = (y0 / slope, y1 / slope)
      low = max(low, min(a, b))
      high = min(high, max(a, b))
    } else if !(y0...y1).contains(0) {
      return nil
    }
    guard low < high else { return nil }
    // Draw from the end nearer the origin to the far end in the direction of positive x.
    let from = (x: frame.x.position(low), y: frame.y.position(slope * low))
    let to = (x: frame.x.position(high), y: frame.y.position(slope * high))
    return (from, to)
  }
}
