/// Draws the marks of line charts and small multiples: lines, bands and labelled marker lines.
package enum XYMarks {
  /// The fill opacity of bands: light enough that lines and gridlines show through.
  package static let bandOpacity = 0.2

  /// The legend entry of line series `index`.
  package static func legendItem(_ series: LineSeries, index: Int) -> LegendItem {
    LegendItem(
      series.name,
      .line(
        color: ChartPalette.color(index), dash: ChartPalette.dash(index),
        marker: ChartPalette.marker(index)))
  }

  /// The colour of `band`: that of its series, or grey.
  package static func color(of band: ChartBand, in series: [LineSeries]) -> String {
    guard let name = band.series, let index = series.firstIndex(where: { $0.name == name }) else {
      return "#8c8c8c"
    }
    return ChartPalette.color(index)
  }

  /// Draws `band` as a filled area between its edges, one piece per run of finite points.
  package static func drawBand(
    _ band: ChartBand, color: String, frame: XYFrame, on canvas: inout ChartCanvas
  ) {
    var path = PathData()
    for run in runs(
      band.points, isFinite: { $0.x.isFinite && $0.lower.isFinite && $0.upper.isFinite })
    {
      for (offset, point) in run.enumerated() {
        let x = frame.x.position(point.x)
        let y = frame.y.position(point.upper)
        if offset == 0 { path.move(x, y) } else { path.line(x, y) }
      }
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
    markerSize: Double = 7
  ) {
    let color = ChartPalette.color(index)
    let dash = ChartPalette.dash(index)
    var path = PathData()
    for run in runs(series.points, isFinite: \.isFinite) {
      for (offset, point) in run.enumerated() {
        let x = frame.x.position(point.x)
        let y = frame.y.position(point.y)
        if offset == 0 { path.move(x, y) } else { path.line(x, y) }
      }
    }
    guard !path.isEmpty else { return }
    var attributes: [(String, any SVGAttributeValue)] = [
      ("class", "mark mark-line"), ("d", path.text), ("fill", "none"), ("stroke", color),
      ("stroke-width", 2.25), ("stroke-linejoin", "round"), ("stroke-linecap", "round"),
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
    let size = ChartStyle.tickSize
    var placer = LabelPlacer(bounds: frame.plot.outset(by: -1))
    var notes: [String] = []
    let plot = frame.plot
    for marker in markers {
      // Each marker is a dashed line across the plot and the places its label may take.
      let line: (x1: Double, y1: Double, x2: Double, y2: Double)
      let label: String
      var candidates: [(box: ChartRect, baseline: Double, anchor: TextAnchor)] = []
      switch marker {
      case .vertical(let value, let text):
        guard value.isFinite else { continue }
        let x = frame.x.position(value)
        line = (x, plot.y, x, plot.maxY)
        label = text
        for row in 0..<5 {
          let baseline = plot.y + 4 + TextMetrics.ascent * size + Double(row) * (size + 5)
          for (anchorX, anchor) in [(x + 5, TextAnchor.start), (x - 5, .end)] {
            let box = TextMetrics.box(label, x: anchorX, y: baseline, size: size, anchor: anchor)
            candidates.append((box, baseline, anchor))
          }
        }
      case .horizontal(let value, let text):
        guard value.isFinite else { continue }
        let y = frame.y.position(value)
        line = (plot.x, y, plot.maxX, y)
        label = text
        let above = y - 4 - TextMetrics.descent * size
        let below = y + 4 + TextMetrics.ascent * size
        for baseline in [above, below] {
          for (anchorX, anchor) in [(plot.maxX - 4, TextAnchor.end), (plot.x + 4, .start)] {
            let box = TextMetrics.box(label, x: anchorX, y: baseline, size: size, anchor: anchor)
            candidates.append((box, baseline, anchor))
          }
        }
      }
      canvas.writer.element(
        "line",
        [
          "class": "chart-reference", "x1": line.x1, "y1": line.y1, "x2": line.x2,
          "y2": line.y2, "stroke": ChartPalette.reference, "stroke-width": 1.5,
          "stroke-dasharray": "5 4",
        ])
      if let chosen = placer.place(candidates.map(\.box)) {
        let (box, baseline, anchor) = candidates[chosen]
        canvas.text(
          label, x: anchor == .start ? box.x : box.maxX, y: baseline, size: size,
          anchor: anchor, className: "chart-reference-label", halo: true)
      } else {
        notes.append(label)
      }
    }
    return notes
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
