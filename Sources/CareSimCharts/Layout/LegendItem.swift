/// One entry of a chart's legend: a small sample of the mark and its name.
package struct LegendItem: Sendable, Hashable {
  /// The series or category name.
  package var label: String
  /// What the sample looks like.
  package var swatch: Swatch

  /// An entry named `label` drawn as `swatch`.
  package init(_ label: String, _ swatch: Swatch) {
    self.label = label
    self.swatch = swatch
  }
}

/// The sample of a mark drawn in a legend.
package enum Swatch: Sendable, Hashable {
  /// A line in a colour and dash pattern, with a marker in the middle if given.
  case line(color: String, dash: String, marker: MarkerShape?)
  /// A filled rectangle (bars, areas, bands), with its opacity.
  case area(color: String, opacity: Double)
  /// A single marker.
  case marker(color: String, shape: MarkerShape)
  /// A short vertical stroke (a reference value on a row).
  case tick(color: String)
  /// A dot on a horizontal whisker (an estimate with its interval).
  case whisker(color: String, shape: MarkerShape)

  /// Draws the swatch `width` wide, centred vertically on `y`, starting at `x`.
  package func draw(into writer: inout SVGWriter, x: Double, y: Double, width: Double) {
    typealias Style = ChartStyle.Swatches
    let centre = x + width / 2
    switch self {
    case .line(let color, let dash, let marker):
      var attributes: [(String, any SVGAttributeValue)] = [
        ("class", "chart-swatch"), ("x1", x), ("y1", y), ("x2", x + width), ("y2", y),
        ("stroke", color), ("stroke-width", Style.lineWidth),
      ]
      if !dash.isEmpty { attributes.append(("stroke-dasharray", dash)) }
      writer.element("line", attributes)
      marker?.draw(
        into: &writer, x: centre, y: y, size: Style.lineMarkerSize, color: color,
        className: "chart-swatch")
    case .area(let color, let opacity):
      var attributes: [(String, any SVGAttributeValue)] = [
        ("class", "chart-swatch"), ("x", x), ("y", y - Style.areaHeight / 2), ("width", width),
        ("height", Style.areaHeight), ("fill", color),
      ]
      if opacity < 1 { attributes.append(("fill-opacity", opacity)) }
      writer.element("rect", attributes)
    case .marker(let color, let shape):
      shape.draw(
        into: &writer, x: centre, y: y, size: Style.markerSize, color: color,
        className: "chart-swatch")
    case .tick(let color):
      writer.element(
        "line",
        [
          "class": "chart-swatch", "x1": centre, "y1": y - Style.tickHalfHeight, "x2": centre,
          "y2": y + Style.tickHalfHeight, "stroke": color,
          "stroke-width": ChartStyle.Rows.referenceWidth,
        ])
    case .whisker(let color, let shape):
      writer.element(
        "line",
        [
          "class": "chart-swatch", "x1": x + Style.whiskerInset, "y1": y,
          "x2": x + width - Style.whiskerInset, "y2": y, "stroke": color,
          "stroke-width": ChartStyle.Rows.whiskerWidth,
        ])
      shape.draw(
        into: &writer, x: centre, y: y, size: Style.markerSize, color: color,
        className: "chart-swatch")
    }
  }
}
