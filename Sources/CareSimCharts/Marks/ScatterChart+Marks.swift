extension ScatterChart {
  /// Draws the vertical zero line, if zero is inside the x range.
  func drawZeroLine(frame: XYFrame, on canvas: inout ChartCanvas) {
    guard frame.x.domainLower < 0 && frame.x.domainUpper > 0 else { return }
    let x = frame.x.position(0)
    canvas.writer.element(
      "line",
      [
        "class": "chart-axis chart-zero", "x1": x, "y1": frame.plot.y, "x2": x,
        "y2": frame.plot.maxY, "stroke": ChartPalette.reference,
        "stroke-width": ChartStyle.Points.zeroWidth,
      ])
  }

  /// Draws the finite points as small translucent dots, so that dense regions read darker.
  func drawPoints(frame: XYFrame, on canvas: inout ChartCanvas) {
    canvas.writer.open(
      "g", ["class": "chart-points", "fill": ChartPalette.positive, "fill-opacity": 0.45])
    for point in points where point.isFinite {
      canvas.writer.element(
        "circle",
        [
          "class": "mark mark-point", "cx": frame.x.position(point.x),
          "cy": frame.y.position(point.y), "r": ChartStyle.Points.radius,
        ])
    }
    canvas.writer.close("g")
  }

  /// Draws the slope lines and places their labels where `placer` finds room.
  ///
  /// - Returns: The labels of lines that miss the plot or found no room, for notes.
  func drawSlopes(
    frame: XYFrame, placer: inout LabelPlacer, on canvas: inout ChartCanvas
  ) -> [String] {
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
          "stroke": ChartPalette.reference, "stroke-width": ChartStyle.Lines.referenceWidth,
          "stroke-dasharray": dash,
        ])
      let spots = labelSpots(slope.label, from: start, to: end, plot: frame.plot)
      if !canvas.drawReferenceLabel(slope.label, at: spots, placer: &placer) {
        notes.append(slope.label)
      }
    }
    return notes
  }

  /// Where a slope line's label may go, in order of preference: first where the line leaves the
  /// plot (beside it under the top edge, or above it at the right edge), then spots along the
  /// line from its far end inward, above it and below.
  private func labelSpots(
    _ label: String, from start: (x: Double, y: Double), to end: (x: Double, y: Double),
    plot: ChartRect
  ) -> [LabelSpot] {
    typealias Style = ChartStyle.Points
    let size = ChartStyle.tickSize
    var spots: [LabelSpot] = []
    if (end.y - plot.y).magnitude < Style.edgeTolerance {
      let baseline = plot.y + Style.endLabelInset + TextMetrics.ascent * size
      spots.append(
        LabelSpot(label, x: end.x + Style.endLabelGap, baseline: baseline, anchor: .start))
      spots.append(LabelSpot(label, x: end.x - Style.endLabelGap, baseline: baseline, anchor: .end))
    } else if (end.y - plot.maxY).magnitude < Style.edgeTolerance {
      let baseline = plot.maxY - Style.endLabelInset - TextMetrics.descent * size
      spots.append(
        LabelSpot(label, x: end.x + Style.endLabelGap, baseline: baseline, anchor: .start))
    } else if (end.x - plot.maxX).magnitude < Style.edgeTolerance {
      let x = plot.maxX - Style.endLabelInset
      let above = end.y - Style.endLabelGap - TextMetrics.descent * size
      let below = end.y + Style.endLabelGap + TextMetrics.ascent * size
      spots.append(LabelSpot(label, x: x, baseline: above, anchor: .end))
      spots.append(LabelSpot(label, x: x, baseline: below, anchor: .end))
    }
    for fraction in [0.96, 0.86, 0.76, 0.64, 0.52, 0.4] {
      let x = start.x + (end.x - start.x) * fraction
      let y = start.y + (end.y - start.y) * fraction
      for (dx, dy, anchor) in [
        (
          -Style.besideLabelGap, -Style.besideLabelRise - TextMetrics.descent * size, TextAnchor.end
        ),
        (Style.besideLabelGap, Style.besideLabelRise + TextMetrics.ascent * size, .start),
      ] {
        spots.append(LabelSpot(label, x: x + dx, baseline: y + dy, anchor: anchor))
      }
    }
    return spots
  }

  /// Draws the highlighted point as a large diamond, its values in the tooltip.
  func drawHighlight(
    frame: XYFrame, formatter: ReportNumberFormatter, on canvas: inout ChartCanvas
  ) {
    guard let highlight, highlight.point.isFinite else { return }
    MarkerShape.diamond.draw(
      into: &canvas.writer, x: frame.x.position(highlight.point.x),
      y: frame.y.position(highlight.point.y), size: ChartStyle.Points.highlightSize,
      color: ChartPalette.ink, className: "mark mark-highlight",
      tooltip:
        "\(highlight.label): \(formatter.format(highlight.point.x, as: xAxis.format)), "
        + formatter.format(highlight.point.y, as: yAxis.format))
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
