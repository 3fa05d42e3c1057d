/// Draws the marks of line charts and small multiples: lines, bands and labelled marker lines.
package enum XYMarks {
  /// The fill opacity of bands: light enough that lines and gridlines show through.
  package static let bandOpacity = 0.2

  /// The legend entry of line series `index`.
  package static func legendItem(seriesNamed name: String, index: Int) -> LegendItem {
    LegendItem(
      name,
      .line(
        color: ChartPalette.color(index), dash: ChartPalette.dash(index),
        marker: ChartPalette.marker(index)))
  }

  /// The legend entry of `band`, in the colour of its series among `names`.
  package static func legendItem(_ band: ChartBand, among names: [String]) -> LegendItem {
    LegendItem(band.name, .area(color: color(of: band, among: names), opacity: bandOpacity))
  }

  /// The colour of `band`: that of its series, the one named so among `names`, or grey.
  package static func color(of band: ChartBand, among names: [String]) -> String {
    guard let name = band.series, let index = names.firstIndex(of: name) else {
      return ChartPalette.unassigned
    }
    return ChartPalette.color(index)
  }

  /// The values the axes must cover to show `series`, `bands` and `markers`.
  package static func values(
    series: [LineSeries], bands: [ChartBand], markers: [ChartMarker]
  ) -> (x: [Double], y: [Double]) {
    var x = series.flatMap { $0.points.map(\.x) } + bands.flatMap { $0.points.map(\.x) }
    var y =
      series.flatMap { $0.points.map(\.y) }
      + bands.flatMap { $0.points.flatMap { [$0.lower, $0.upper] } }
    for marker in markers {
      switch marker {
      case .vertical(let value, _): x.append(value)
      case .horizontal(let value, _): y.append(value)
      }
    }
    return (x, y)
  }

  /// Draws `band` as a filled area between its edges, one piece per run of finite points.
  package static func drawBand(
    _ band: ChartBand, color: String, frame: XYFrame, on canvas: inout ChartCanvas
  ) {
    var path = PathData()
    for run in runs(band.points, isFinite: \.isFinite) {
      path.polyline(run.lazy.map { (frame.x.position($0.x), frame.y.position($0.upper)) })
      for point in run.reversed() {
        path.line(frame.x.position(point.x), frame.y.position(point.lower))
      }
      path.close()
    }
    guard !path.isEmpty else { return }
    canvas.writer.element(
      "path",
      [
        "class": "mark mark-band", "d": path.text, "fill": color, "fill-opacity": bandOpacity,
        "stroke": "none",
      ], tooltip: band.name)
  }

  /// Draws line series `index` of `count`, with markers at a few points so that series differ in
  /// shape as well as colour and dash.
  ///
  /// Long series get six markers, spread evenly and shifted per series so markers of different
  /// series do not sit on each other.
  package static func drawLine(
    _ series: LineSeries, index: Int, count: Int, frame: XYFrame, on canvas: inout ChartCanvas,
    markerSize: Double = ChartStyle.Lines.markerSize
  ) {
    let color = ChartPalette.color(index)
    let dash = ChartPalette.dash(index)
    var path = PathData()
    for run in runs(series.points, isFinite: \.isFinite) {
      path.polyline(run.lazy.map { (frame.x.position($0.x), frame.y.position($0.y)) })
    }
    guard !path.isEmpty else { return }
    var attributes: [(String, any SVGAttributeValue)] = [
      ("class", "mark mark-line"), ("d", path.text), ("fill", "none"), ("stroke", color),
      ("stroke-width", ChartStyle.Lines.width), ("stroke-linejoin", "round"),
      ("stroke-linecap", "round"),
    ]
    if !dash.isEmpty { attributes.append(("stroke-dasharray", dash)) }
    canvas.writer.element("path", attributes)
    let finite = series.points.filter(\.isFinite)
    let shape = ChartPalette.marker(index)
    for point in markerPoints(finite, index: index, count: count) {
      shape.draw(
        into: &canvas.writer, x: frame.x.position(point.x), y: frame.y.position(point.y),
        size: markerSize, color: color, className: "mark mark-point")
    }
  }

  /// The points of a series that carry a marker.
  private static func markerPoints(_ points: [ChartPoint], index: Int, count: Int) -> [ChartPoint] {
    guard points.count > 12 else { return points }
    let markers = 6
    let shift = Double(index) / Double(max(count, 1))
    var chosen: [Int] = []
    for j in 0..<markers {
      let position = (Double(j) + 0.25 + 0.5 * shift) / Double(markers) * Double(points.count - 1)
      let candidate = min(points.count - 1, Int(position.rounded()))  // in 0..<points.count
      if chosen.last != candidate { chosen.append(candidate) }
    }
    return chosen.map { points[$0] }
  }

  /// Draws the marker lines and places their labels inside the plot where they are free.
  ///
  /// - Returns: Notes for the labels that found no free place, to be drawn below the chart.
  package static func drawMarkers(
    _ markers: [ChartMarker], frame: XYFrame, on canvas: inout ChartCanvas
  ) -> [String] {
    guard !markers.isEmpty else { return [] }
    var placer = LabelPlacer(bounds: frame.plot.outset(by: -ChartStyle.Lines.labelInset))
    var notes: [String] = []
    for marker in markers {
      guard let (line, label, spots) = placement(of: marker, frame: frame) else { continue }
      canvas.writer.element(
        "line",
        [
          "class": "chart-reference", "x1": line.x1, "y1": line.y1, "x2": line.x2,
          "y2": line.y2, "stroke": ChartPalette.reference,
          "stroke-width": ChartStyle.Lines.referenceWidth,
          "stroke-dasharray": ChartStyle.Lines.referenceDash,
        ])
      if !canvas.drawReferenceLabel(label, at: spots, placer: &placer) { notes.append(label) }
    }
    return notes
  }

  /// A marker's dashed line across the plot, its label and the spots the label may take, in
  /// order of preference; nil for a marker at a value that is not finite.
  private static func placement(of marker: ChartMarker, frame: XYFrame) -> (
    line: (x1: Double, y1: Double, x2: Double, y2: Double), label: String, spots: [LabelSpot]
  )? {
    typealias Style = ChartStyle.Lines
    let size = ChartStyle.tickSize
    let plot = frame.plot
    switch marker {
    case .vertical(let value, let label):
      guard value.isFinite else { return nil }
      let x = frame.x.position(value)
      // Right of the line, then left, in rows down from the top.
      var spots: [LabelSpot] = []
      for row in 0..<5 {
        let baseline =
          plot.y + Style.labelTop + TextMetrics.ascent * size
          + Double(row) * (size + Style.labelRowGap)
        spots.append(
          LabelSpot(label, x: x + Style.verticalLabelGap, baseline: baseline, anchor: .start))
        spots.append(
          LabelSpot(label, x: x - Style.verticalLabelGap, baseline: baseline, anchor: .end))
      }
      return ((x, plot.y, x, plot.maxY), label, spots)
    case .horizontal(let value, let label):
      guard value.isFinite else { return nil }
      let y = frame.y.position(value)
      // Above the line, then below, each at the right end first.
      let gap = Style.horizontalLabelGap
      let above = y - gap - TextMetrics.descent * size
      let below = y + gap + TextMetrics.ascent * size
      let spots = [above, below].flatMap { baseline in
        [
          LabelSpot(label, x: plot.maxX - gap, baseline: baseline, anchor: .end),
          LabelSpot(label, x: plot.x + gap, baseline: baseline, anchor: .start),
        ]
      }
      return ((plot.x, y, plot.maxX, y), label, spots)
    }
  }

  /// The maximal runs of consecutive elements that pass `isFinite`.
  package static func runs<Element>(
    _ elements: [Element], isFinite: (Element) -> Bool
  ) -> [ArraySlice<Element>] {
    var runs: [ArraySlice<Element>] = []
    var start: Int?
    for index in elements.indices {
      if isFinite(elements[index]) {
        if start == nil { start = index }
      } else if let first = start {
        runs.append(elements[first..<index])
        start = nil
      }
    }
    if let first = start { runs.append(elements[first...]) }
    return runs
  }
}
