/// A heat map over a triangle of three shares that sum to one, such as the mix of informal care,
/// home care and nursing-home care, with a marked point (today's mix).
///
/// The triangle's corners are the pure mixes; each small triangle is coloured by the outcome at
/// its centroid. Gridlines every 20% run parallel to the sides, and the ticks on each side give
/// the share of the corner that side runs toward, counter-clockwise (bottom: toward the right
/// corner; right side: toward the top; left side: toward the bottom left), as in the ternary
/// diagrams of soil science and petrology.
public struct TernaryHeatMap: Chart, RenderableChart {
  /// A labelled point on the triangle.
  public struct Mark: Sendable, Hashable {
    /// Where the point is.
    public var point: TernaryPoint
    /// Its label.
    public var label: String

    /// A point at `point` labelled `label`.
    public init(_ point: TernaryPoint, label: String) {
      self.point = point
      self.label = label
    }
  }

  /// The title above the chart.
  public var title: String
  /// The names of the three corners: top (a), bottom left (b), bottom right (c).
  public var corners: (top: String, bottomLeft: String, bottomRight: String)
  /// What the colours mean: the outcome, with its unit and format.
  public var colorAxis: ChartAxis
  /// The cells.
  public var grid: TernaryGrid
  /// One value per cell of `grid`, in its order.
  public var values: [Double]
  /// A marked point, if any.
  public var mark: Mark?
  /// The chart's width; the triangle's size follows from it.
  public var width: Double

  /// A ternary heat map; see the properties.
  public init(
    title: String, corners: (top: String, bottomLeft: String, bottomRight: String),
    colorAxis: ChartAxis, grid: TernaryGrid, values: [Double], mark: Mark? = nil,
    width: Double = ChartSize.standard.width
  ) {
    precondition(
      values.count == grid.cells.count,
      "\(values.count) values for \(grid.cells.count) cells of the ternary grid")
    self.title = title
    self.corners = corners
    self.colorAxis = colorAxis
    self.grid = grid
    self.values = values
    self.mark = mark
    self.width = width
  }

  /// The chart as an `<svg>` element.
  public func svg(locale: ReportLocale) -> String { render(locale: locale).svg }

  /// The chart with the estimated boxes of its texts.
  package func render(locale: ReportLocale) -> RenderedChart {
    let formatter = ReportNumberFormatter(locale: locale)
    let padding = ChartStyle.padding
    let tick = ChartStyle.tickSize
    let label = ChartStyle.labelSize
    var canvas = ChartCanvas(width: width)
    canvas.drawTitle(title)
    if let mark {
      canvas.drawLegend(
        [LegendItem(mark.label, .marker(color: ChartPalette.ink, shape: .circle))],
        minimumCount: 1)
    }
    let heat = HeatScale(values: values)
    let tickLabelWidth = TextMetrics.width("80%", size: tick)
    // The colour bar's title sits above it, right-aligned; the top corner's label above the apex.
    let titleBaseline = canvas.headerBottom + TextMetrics.ascent * label
    let apexLabelBaseline = titleBaseline + ChartStyle.lineStep + 2
    let top = apexLabelBaseline + TextMetrics.descent * label + 6
    // The triangle's height is the colour bar's, whose tick labels set the bar's width, which
    // leaves the triangle its width: start from a guess and settle in two rounds.
    var barWidth = heat.barWidth(format: colorAxis.format, formatter: formatter, height: 280)
    var available = 0.0
    var side = 0.0
    for _ in 0..<2 {
      available = width - 2 * padding - barWidth - 16 - 2 * (tickLabelWidth + 8)
      side = max(60, min(available, 400))
      barWidth = heat.barWidth(
        format: colorAxis.format, formatter: formatter,
        height: side * TernaryGeometry.heightRatio)
    }
    available = width - 2 * padding - barWidth - 16 - 2 * (tickLabelWidth + 8)
    side = max(60, min(available, 400))
    let geometry = TernaryGeometry(
      left: padding + tickLabelWidth + 8 + (available - side) / 2,
      base: top + side * TernaryGeometry.heightRatio, side: side)

    canvas.writer.open("g", ["class": "chart-cells"])
    for (cell, value) in zip(grid.cells, values) {
      let color = heat.color(value).hex
      let corners = cell.vertices.map { geometry.position($0) }
      let c = cell.centroid
      let tooltip =
        "\(self.corners.top) \(formatter.percent(c.a, fractionDigits: 0)), "
        + "\(self.corners.bottomLeft) \(formatter.percent(c.b, fractionDigits: 0)), "
        + "\(self.corners.bottomRight) \(formatter.percent(c.c, fractionDigits: 0)): "
        + formatter.format(value, as: colorAxis.format)
      canvas.writer.element(
        "path",
        [
          "class": value.isFinite ? "mark mark-cell" : "chart-missing",
          "d": PathData.polygon(corners).text, "fill": color,
          "stroke": color, "stroke-width": 0.5, "stroke-linejoin": "round",
        ], tooltip: tooltip)
    }
    canvas.writer.close("g")

    // Gridlines every 20% parallel to each side, and the triangle's outline.
    var grid = PathData()
    for k in 1...4 {
      let s = Double(k) / 5
      for (from, to) in [
        (TernaryPoint(a: s, b: 1 - s, c: 0), TernaryPoint(a: s, b: 0, c: 1 - s)),
        (TernaryPoint(a: 0, b: s, c: 1 - s), TernaryPoint(a: 1 - s, b: s, c: 0)),
        (TernaryPoint(a: 1 - s, b: 0, c: s), TernaryPoint(a: 0, b: 1 - s, c: s)),
      ] {
        let p = geometry.position(from)
        let q = geometry.position(to)
        grid.move(p.x, p.y)
        grid.line(q.x, q.y)
      }
    }
    canvas.writer.element(
      "path",
      [
        "class": "chart-grid", "d": grid.text, "fill": "none", "stroke": "#ffffff",
        "stroke-opacity": 0.7,
        "stroke-width": 0.75,
      ])
    let apex = geometry.top
    let outline = [apex, (geometry.left, geometry.base), (geometry.left + side, geometry.base)]
    canvas.writer.element(
      "path",
      [
        "class": "chart-axis", "d": PathData.polygon(outline).text, "fill": "none",
        "stroke": ChartPalette.axis, "stroke-width": 1.25,
      ])

    // Ticks: bottom side the share of the bottom-right corner, right side of the top corner,
    // left side of the bottom-left corner.
    var axisTicks = PathData()
    for k in 1...4 {
      let s = Double(k) / 5
      let text = formatter.percent(s, fractionDigits: 0)
      let bottom = geometry.position(TernaryPoint(a: 0, b: 1 - s, c: s))
      axisTicks.move(bottom.x, bottom.y)
      axisTicks.line(bottom.x - 2.5, bottom.y + 4.5)
      // Side by side along the base, the labels need a fifth of the side each; on a small
      // triangle only 40% and 80% are labelled. (Up the slanted sides they are stacked, and a
      // fifth of the height is room enough.)
      if side / 5 >= tickLabelWidth + 6 || k % 2 == 0 {
        canvas.text(
          text, x: bottom.x - 3, y: bottom.y + 6 + TextMetrics.ascent * tick, size: tick,
          anchor: .middle, className: "chart-tick")
      }
      let right = geometry.position(TernaryPoint(a: s, b: 0, c: 1 - s))
      axisTicks.move(right.x, right.y)
      axisTicks.line(right.x + 5, right.y)
      canvas.text(
        text, x: right.x + 7, y: TextMetrics.baseline(centredOn: right.y, size: tick),
        size: tick, className: "chart-tick")
      let left = geometry.position(TernaryPoint(a: 1 - s, b: s, c: 0))
      axisTicks.move(left.x, left.y)
      axisTicks.line(left.x - 2.5, left.y - 4.5)
      canvas.text(
        text, x: left.x - 5, y: TextMetrics.baseline(centredOn: left.y - 5, size: tick),
        size: tick, anchor: .end, className: "chart-tick")
    }
    canvas.writer.element(
      "path",
      ["class": "chart-axis", "d": axisTicks.text, "stroke": ChartPalette.axis, "fill": "none"])

    // Corner names: the top one above the apex, the bottom ones under the bottom tick labels.
    canvas.text(
      corners.top, x: apex.x, y: apexLabelBaseline, size: label, anchor: .middle,
      bold: true, className: "chart-corner-label", maxWidth: width - 2 * padding - barWidth - 16)
    let cornerBaseline =
      geometry.base + 6 + (TextMetrics.ascent + TextMetrics.descent) * tick + 4
      + TextMetrics.ascent * label
    // The bottom corner names are centred under their corners, kept inside the chart and
    // apart: each may take half the base plus the margin beyond its corner.
    let leftRoom = geometry.left - padding
    let rightRoom = width - padding - (geometry.left + side)
    for (name, cornerX, room, isLeft) in [
      (corners.bottomLeft, geometry.left, leftRoom, true),
      (corners.bottomRight, geometry.left + side, rightRoom, false),
    ] {
      let maxWidth = min(side / 2 - 8 + room, 2 * (side / 2 - 8))
      let shown = TextMetrics.truncated(name, maxWidth: maxWidth, size: label, bold: true)
      let textWidth = TextMetrics.width(shown, size: label, bold: true)
      let centre =
        isLeft
        ? max(cornerX, padding + textWidth / 2) : min(cornerX, width - padding - textWidth / 2)
      canvas.text(
        shown, x: centre, y: cornerBaseline, size: label, anchor: .middle, bold: true,
        className: "chart-corner-label", tooltip: shown == name ? nil : name)
    }
    var bottom = cornerBaseline + TextMetrics.descent * label

    if !colorAxis.label.isEmpty {
      canvas.text(
        colorAxis.label, x: width - padding, y: titleBaseline, size: label, anchor: .end,
        className: "chart-axis-title", fill: ChartPalette.softInk, maxWidth: canvas.innerWidth)
    }
    heat.drawBar(
      on: &canvas, x: width - padding - barWidth, top: apex.y,
      height: geometry.base - apex.y, format: colorAxis.format, formatter: formatter)

    if !values.contains(where: \.isFinite) {
      canvas.drawNoData(
        in: ChartRect(
          x: geometry.left, y: apex.y + geometry.height / 2, width: side,
          height: geometry.height / 2),
        locale: locale)
    }
    var notes: [String] = []
    if let mark {
      let p = geometry.position(mark.point)
      MarkerShape.circle.draw(
        into: &canvas.writer, x: p.x, y: p.y, size: 11, color: ChartPalette.ink,
        className: "mark mark-highlight", tooltip: mark.label)
      var placer = LabelPlacer(
        bounds: ChartRect(
          x: padding, y: top, width: width - 2 * padding - barWidth - 16,
          height: geometry.base - top))
      for text in canvas.texts { placer.reserve(text.box) }
      let candidates = [
        TextMetrics.box(
          mark.label, x: p.x + 10, y: TextMetrics.baseline(centredOn: p.y, size: tick), size: tick,
          anchor: .start),
        TextMetrics.box(
          mark.label, x: p.x - 10, y: TextMetrics.baseline(centredOn: p.y, size: tick), size: tick,
          anchor: .end),
        TextMetrics.box(
          mark.label, x: p.x, y: p.y - 10 - TextMetrics.descent * tick, size: tick, anchor: .middle),
        TextMetrics.box(
          mark.label, x: p.x, y: p.y + 10 + TextMetrics.ascent * tick, size: tick, anchor: .middle),
      ]
      let anchors: [TextAnchor] = [.start, .end, .middle, .middle]
      if let chosen = placer.place(candidates) {
        let box = candidates[chosen]
        let x = anchors[chosen] == .start ? box.x : anchors[chosen] == .end ? box.maxX : box.midX
        canvas.text(
          mark.label, x: x, y: box.y + TextMetrics.ascent * tick, size: tick,
          anchor: anchors[chosen], className: "chart-reference-label", halo: true)
      } else {
        notes.append(ChartPhrases(locale).markedPointNote(mark.label))
      }
    }
    notes.append(ChartPhrases(locale).ternaryTicks)
    bottom = canvas.drawNotes(notes, from: bottom + 8)
    return canvas.finished(
      kind: "ternary", title: title,
      description: ChartPhrases(locale).ternary(
        value: colorAxis.label, corners: [corners.top, corners.bottomLeft, corners.bottomRight]),
      height: bottom)
  }
}
