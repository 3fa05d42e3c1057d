extension TernaryHeatMap {
  /// Draws the cells, each with a hairline of its own colour so no seams show between them.
  func drawCells(
    frame: TernaryFrame, formatter: ReportNumberFormatter, on canvas: inout ChartCanvas
  ) {
    canvas.writer.open("g", ["class": "chart-cells"])
    for (cell, value) in zip(grid.cells, values) {
      let color = frame.heat.color(value).hex
      let percents = cell.centroid.wholePercents
      let names = shares ?? corners
      func percent(_ whole: Int) -> String {
        formatter.percent(Double(whole) / 100, fractionDigits: 0)
      }
      let tooltip =
        "\(names.top) \(percent(percents.a)), \(names.bottomLeft) \(percent(percents.b)), "
        + "\(names.bottomRight) \(percent(percents.c)): "
        + formatter.format(value, as: colorAxis.format)
      canvas.writer.element(
        "path",
        [
          "class": value.isFinite ? "mark mark-cell" : "chart-missing",
          "d": PathData.polygon(cell.vertices.map { frame.geometry.position($0) }).text,
          "fill": color, "stroke": color, "stroke-width": ChartStyle.Cells.hairline,
          "stroke-linejoin": "round",
        ], tooltip: tooltip)
    }
    canvas.writer.close("g")
  }

  /// Draws gridlines every 20% parallel to each side, and the triangle's outline.
  func drawGrid(geometry: TernaryGeometry, on canvas: inout ChartCanvas) {
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
        "stroke-opacity": 0.7, "stroke-width": ChartStyle.Ternary.gridWidth,
      ])
    let outline = [
      geometry.top, (geometry.left, geometry.base), (geometry.left + geometry.side, geometry.base),
    ]
    canvas.writer.element(
      "path",
      [
        "class": "chart-axis", "d": PathData.polygon(outline).text, "fill": "none",
        "stroke": ChartPalette.axis, "stroke-width": ChartStyle.Ternary.outlineWidth,
      ])
  }

  /// Draws the ticks every 20% and their labels: the bottom side gives the share of the
  /// bottom-right corner, the right side of the top corner, the left side of the bottom-left
  /// corner.
  func drawTicks(
    frame: TernaryFrame, formatter: ReportNumberFormatter, on canvas: inout ChartCanvas
  ) {
    typealias Style = ChartStyle.Ternary
    let tick = ChartStyle.tickSize
    let geometry = frame.geometry
    var ticks = PathData()
    for k in 1...4 {
      let s = Double(k) / 5
      let text = formatter.percent(s, fractionDigits: 0)
      let bottom = geometry.position(TernaryPoint(a: 0, b: 1 - s, c: s))
      ticks.move(bottom.x, bottom.y)
      ticks.line(bottom.x - Style.slantedTickWidth, bottom.y + Style.slantedTickHeight)
      // Side by side along the base, the labels need a fifth of the side each; on a small
      // triangle only 40% and 80% are labelled. (Up the slanted sides they are stacked, and a
      // fifth of the height is room enough.)
      if geometry.side / 5 >= frame.tickLabelWidth + Style.baseLabelSpacing || k % 2 == 0 {
        canvas.text(
          text, x: bottom.x - Style.baseLabelShift,
          y: bottom.y + Style.baseLabelGap + TextMetrics.ascent * tick, size: tick,
          anchor: .middle, className: "chart-tick")
      }
      let right = geometry.position(TernaryPoint(a: s, b: 0, c: 1 - s))
      ticks.move(right.x, right.y)
      ticks.line(right.x + Style.sideTickLength, right.y)
      canvas.text(
        text, x: right.x + Style.rightLabelGap,
        y: TextMetrics.baseline(centredOn: right.y, size: tick), size: tick,
        className: "chart-tick")
      let left = geometry.position(TernaryPoint(a: 1 - s, b: s, c: 0))
      ticks.move(left.x, left.y)
      ticks.line(left.x - Style.slantedTickWidth, left.y - Style.slantedTickHeight)
      canvas.text(
        text, x: left.x - Style.leftLabelGap,
        y: TextMetrics.baseline(centredOn: left.y - Style.leftLabelGap, size: tick), size: tick,
        anchor: .end, className: "chart-tick")
    }
    canvas.writer.element(
      "path",
      ["class": "chart-axis", "d": ticks.text, "stroke": ChartPalette.axis, "fill": "none"])
  }

  /// Draws the corner names, the top one above the apex and the bottom ones under the base's
  /// tick labels, and returns the y below them.
  ///
  /// The bottom names are centred under their corners, kept inside the chart and apart: each
  /// may take half the base plus the margin beyond its corner.
  func drawCornerNames(frame: TernaryFrame, on canvas: inout ChartCanvas) -> Double {
    typealias Style = ChartStyle.Ternary
    let padding = ChartStyle.padding
    let label = ChartStyle.labelSize
    let geometry = frame.geometry
    let side = geometry.side
    canvas.text(
      corners.top, x: geometry.top.x, y: frame.apexLabelBaseline, size: label, anchor: .middle,
      bold: true, className: "chart-corner-label", maxWidth: frame.roomWidth)
    let baseline =
      geometry.base + Style.baseLabelGap + TextMetrics.lineHeight(ChartStyle.tickSize)
      + Style.aboveCornerNames + TextMetrics.ascent * label
    let leftRoom = geometry.left - padding
    let rightRoom = width - padding - (geometry.left + side)
    for (name, cornerX, room, isLeft) in [
      (corners.bottomLeft, geometry.left, leftRoom, true),
      (corners.bottomRight, geometry.left + side, rightRoom, false),
    ] {
      let half = side / 2 - Style.cornerNameGap
      let shown = TextMetrics.truncated(
        name, maxWidth: min(half + room, 2 * half), size: label, bold: true)
      let textWidth = TextMetrics.width(shown, size: label, bold: true)
      let centre =
        isLeft
        ? max(cornerX, padding + textWidth / 2) : min(cornerX, width - padding - textWidth / 2)
      canvas.text(
        shown, x: centre, y: baseline, size: label, anchor: .middle, bold: true,
        className: "chart-corner-label", tooltip: shown == name ? nil : name)
    }
    return baseline + TextMetrics.descent * label
  }

  /// Draws the marked point and its label where it is free of every text drawn so far.
  ///
  /// - Returns: Whether the label found room; if not, the chart notes it below.
  func drawMark(_ mark: Mark, frame: TernaryFrame, on canvas: inout ChartCanvas) -> Bool {
    typealias Style = ChartStyle.Ternary
    let tick = ChartStyle.tickSize
    let p = frame.geometry.position(mark.point)
    MarkerShape.circle.draw(
      into: &canvas.writer, x: p.x, y: p.y, size: Style.markSize, color: ChartPalette.ink,
      className: "mark mark-highlight", tooltip: mark.label)
    var placer = LabelPlacer(
      bounds: ChartRect(
        x: ChartStyle.padding, y: frame.top, width: frame.roomWidth,
        height: frame.geometry.base - frame.top))
    for text in canvas.texts { placer.reserve(text.box) }
    let gap = Style.markLabelGap
    let centred = TextMetrics.baseline(centredOn: p.y, size: tick)
    let spots = [
      LabelSpot(mark.label, x: p.x + gap, baseline: centred, anchor: .start),
      LabelSpot(mark.label, x: p.x - gap, baseline: centred, anchor: .end),
      LabelSpot(
        mark.label, x: p.x, baseline: p.y - gap - TextMetrics.descent * tick, anchor: .middle),
      LabelSpot(
        mark.label, x: p.x, baseline: p.y + gap + TextMetrics.ascent * tick, anchor: .middle),
    ]
    return canvas.drawReferenceLabel(mark.label, at: spots, placer: &placer)
  }
}
