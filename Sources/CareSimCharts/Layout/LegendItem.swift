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
    switch self {
    case .line(let color, let dash, let marker):
      var attributes: [(String, any SVGAttributeValue)] = [
        ("class", "chart-swatch"), ("x1", x), ("y1", y), ("x2", x + width), ("y2", y),
        ("stroke", color), ("stroke-width", 2.5),
      ]
      if !dash.isEmpty { attributes.append(("stroke-dasharray", dash)) }
      writer.element("line", attributes)
      marker?.draw(
        into: &writer, x: x + width / 2, y: y, size: 7, color: color, className: "chart-swatch")
    case .area(let color, let opacity):
      var attributes: [(String, any SVGAttributeValue)] = [
        ("class", "chart-swatch"), ("x", x), ("y", y - 6), ("width", width), ("height", 12),
        ("fill", color),
      ]
      if opacity < 1 { attributes.append(("fill-opacity", opacity)) }
      writer.element("rect", attributes)
    case .marker(let color, let shape):
      shape.draw(
        into: &writer, x: x + width / 2, y: y, size: 9, color: color, className: "chart-swatch")
    case .tick(let color):
      writer.element(
        "line",
        [
          "class": "chart-swatch", "x1": x + width / 2, "y1": y - 7, "x2": x + width / 2,
          "y2": y + 7,
          "stroke": color, "stroke-width": 2.5,
        ])
    case .whisker(let color, let shape):
      writer.element(
        "line",
        [
          "class": "chart-swatch", "x1": x + 2, "y1": y, "x2": x + width - 2, "y2": y,
          "stroke": color,
          "stroke-width": 1.75,
        ])
      shape.draw(
        into: &writer, x: x + width / 2, y: y, size: 9, color: color, className: "chart-swatch")
    }
  }
}
