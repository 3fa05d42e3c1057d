/// The point symbols that tell series apart where colour cannot (greyscale, colour blindness).
///
/// Filled and open, round and angular alternate, following Cleveland's advice that symbols
/// differ in shape and fill to be told apart when they overlap (Cleveland, W. S. (1994). The
/// Elements of Graphing Data, rev. ed., Hobart Press, §3.3).
package enum MarkerShape: String, Sendable, CaseIterable {
  /// A filled circle.
  case circle
  /// A filled square.
  case square
  /// A filled triangle pointing up.
  case triangle
  /// A filled diamond.
  case diamond
  /// An open circle.
  case ring
  /// A filled triangle pointing down.
  case triangleDown
  /// A diagonal cross.
  case cross
  /// An open square.
  case openSquare

  /// Draws the marker centred on (x, y), about `size` across, in `color`.
  ///
  /// Filled shapes get a thin white outline so that overlapping markers stay distinct.
  package func draw(
    into writer: inout SVGWriter, x: Double, y: Double, size: Double, color: String,
    className: String = "marker", tooltip: String? = nil
  ) {
    typealias Style = ChartStyle.Markers
    let r = size / 2
    let name: String
    var attributes: [(String, any SVGAttributeValue)] = [("class", className)]
    switch self {
    case .circle, .ring:
      name = "circle"
      let open = self == .ring
      attributes += [("cx", x), ("cy", y), ("r", open ? r * 0.85 : r)]
      attributes += [("fill", open ? "#ffffff" : color), ("stroke", open ? color : "#ffffff")]
      attributes.append(("stroke-width", open ? Style.openWidth : Style.outlineWidth))
    case .square, .openSquare:
      name = "rect"
      let s = r * 0.9
      let open = self == .openSquare
      attributes += [("x", x - s), ("y", y - s), ("width", 2 * s), ("height", 2 * s)]
      attributes += [("fill", open ? "#ffffff" : color), ("stroke", open ? color : "#ffffff")]
      attributes.append(("stroke-width", open ? Style.openWidth : Style.outlineWidth))
    case .triangle, .triangleDown, .diamond:
      name = "path"
      let points: [(x: Double, y: Double)]
      switch self {
      case .triangle:
        points = [(x, y - r * 1.15), (x + r * 1.05, y + r * 0.75), (x - r * 1.05, y + r * 0.75)]
      case .triangleDown:
        points = [(x, y + r * 1.15), (x + r * 1.05, y - r * 0.75), (x - r * 1.05, y - r * 0.75)]
      default:
        points = [(x, y - r * 1.2), (x + r, y), (x, y + r * 1.2), (x - r, y)]
      }
      attributes += [("d", PathData.polygon(points).text), ("fill", color)]
      attributes += [("stroke", "#ffffff"), ("stroke-width", Style.outlineWidth)]
    case .cross:
      name = "path"
      var path = PathData()
      let s = r * 0.85
      path.move(x - s, y - s)
      path.line(x + s, y + s)
      path.move(x - s, y + s)
      path.line(x + s, y - s)
      attributes += [
        ("d", path.text), ("fill", "none"), ("stroke", color), ("stroke-width", Style.crossWidth),
      ]
    }
    if let tooltip {
      writer.element(name, attributes, tooltip: tooltip)
    } else {
      writer.element(name, attributes)
    }
  }
}
