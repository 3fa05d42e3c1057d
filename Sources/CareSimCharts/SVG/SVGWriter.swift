/// A value that can be written as an SVG attribute: text (escaped) or a coordinate (rounded).
package protocol SVGAttributeValue: Sendable {
  /// The attribute text, already escaped.
  var svgAttributeText: String { get }
}

extension String: SVGAttributeValue {
  package var svgAttributeText: String { XMLText.escaped(self) }
}

extension Double: SVGAttributeValue {
  package var svgAttributeText: String { SVGNumber.format(self) }
}

extension Int: SVGAttributeValue {
  package var svgAttributeText: String { String(self) }
}

/// Appends SVG elements to a string, one element a line, attributes in the order given.
///
/// Attributes are `KeyValuePairs`, not a dictionary, so their order (and the file's bytes) is
/// fixed by the code that writes them.
package struct SVGWriter: Sendable {
  /// The markup written so far.
  package private(set) var output = ""

  /// Creates an empty writer.
  package init() {}

  /// Opens an element that will hold others; close it with `close(_:)`.
  package mutating func open(
    _ name: String, _ attributes: KeyValuePairs<String, any SVGAttributeValue> = [:]
  ) {
    output += "<\(name)\(Self.attributeText(attributes))>\n"
  }

  /// Closes the element `name`.
  package mutating func close(_ name: String) { output += "</\(name)>\n" }

  /// Writes an empty element: `<rect …/>`.
  package mutating func element(
    _ name: String, _ attributes: KeyValuePairs<String, any SVGAttributeValue>
  ) {
    output += "<\(name)\(Self.attributeText(attributes))/>\n"
  }

  /// Writes an element holding a tooltip: `<rect …><title>tooltip</title></rect>`.
  package mutating func element(
    _ name: String, _ attributes: KeyValuePairs<String, any SVGAttributeValue>, tooltip: String
  ) {
    output += "<\(name)\(Self.attributeText(attributes))><title>"
    output += XMLText.escaped(tooltip) + "</title></\(name)>\n"
  }

  /// Writes a `<text>` element; a `tooltip` (the full text of a shortened label) becomes its
  /// `<title>`.
  package mutating func text(
    _ content: String, _ attributes: KeyValuePairs<String, any SVGAttributeValue>,
    tooltip: String? = nil
  ) {
    output += "<text\(Self.attributeText(attributes))>"
    if let tooltip { output += "<title>\(XMLText.escaped(tooltip))</title>" }
    output += XMLText.escaped(content) + "</text>\n"
  }

  /// Writes an empty element whose attributes were collected at run time.
  package mutating func element(_ name: String, _ attributes: [(String, any SVGAttributeValue)]) {
    output += "<\(name)\(Self.attributeText(attributes))/>\n"
  }

  /// Writes an element whose attributes were collected at run time, holding a tooltip.
  package mutating func element(
    _ name: String, _ attributes: [(String, any SVGAttributeValue)], tooltip: String
  ) {
    output += "<\(name)\(Self.attributeText(attributes))><title>"
    output += XMLText.escaped(tooltip) + "</title></\(name)>\n"
  }

  /// Writes a `<text>` element whose attributes were collected at run time.
  package mutating func text(
    _ content: String, _ attributes: [(String, any SVGAttributeValue)], tooltip: String? = nil
  ) {
    output += "<text\(Self.attributeText(attributes))>"
    if let tooltip { output += "<title>\(XMLText.escaped(tooltip))</title>" }
    output += XMLText.escaped(content) + "</text>\n"
  }

  /// Appends markup written by another writer.
  package mutating func append(_ other: SVGWriter) { output += other.output }

  private static func attributeText(
    _ attributes: KeyValuePairs<String, any SVGAttributeValue>
  ) -> String {
    attributeText(attributes.map { ($0.key, $0.value) })
  }

  private static func attributeText(_ attributes: [(String, any SVGAttributeValue)]) -> String {
    var text = ""
    for (name, value) in attributes { text += " \(name)=\"\(value.svgAttributeText)\"" }
    return text
  }
}

/// The `d` attribute of an SVG path, built from moves and lines in user units.
package struct PathData: Sendable {
  /// The path text so far.
  package private(set) var text = ""

  /// Creates an empty path.
  package init() {}

  /// Whether nothing has been drawn.
  package var isEmpty: Bool { text.isEmpty }

  /// Starts a new subpath at (x, y).
  package mutating func move(_ x: Double, _ y: Double) {
    text += (text.isEmpty ? "" : " ") + "M\(SVGNumber.format(x)) \(SVGNumber.format(y))"
  }

  /// Draws a straight line to (x, y).
  package mutating func line(_ x: Double, _ y: Double) {
    text += " L\(SVGNumber.format(x)) \(SVGNumber.format(y))"
  }

  /// Closes the current subpath.
  package mutating func close() { text += " Z" }

  /// Starts a new subpath at the first of `points` and draws lines through the others.
  package mutating func polyline(_ points: some Sequence<(x: Double, y: Double)>) {
    for (index, point) in points.enumerated() {
      if index == 0 { move(point.x, point.y) } else { line(point.x, point.y) }
    }
  }

  /// A polygon through `points`, closed.
  package static func polygon(_ points: [(x: Double, y: Double)]) -> PathData {
    var path = PathData()
    path.polyline(points)
    if !points.isEmpty { path.close() }
    return path
  }
}
