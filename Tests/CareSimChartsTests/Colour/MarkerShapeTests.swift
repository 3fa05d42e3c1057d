import CareSimCharts
import Testing

/// Point symbols that differ in shape and fill, centred where they are drawn.
@Suite struct MarkerShapeTests {
  static func drawn(
    _ shape: MarkerShape, x: Double = 100, y: Double = 50, tooltip: String? = nil
  ) throws -> ElementCollector.Element {
    var writer = SVGWriter()
    shape.draw(
      into: &writer, x: x, y: y, size: 10, color: "#0072b2", className: "mark mark-point",
      tooltip: tooltip)
    let document = SVGElements(writer.output)
    #expect(document.isWellFormed)
    return try #require(document.withClass("mark-point").first)
  }

  @Test(arguments: [
    (MarkerShape.circle, "circle"), (.ring, "circle"), (.square, "rect"), (.openSquare, "rect"),
    (.triangle, "path"), (.triangleDown, "path"), (.diamond, "path"), (.cross, "path"),
  ])
  func eachShapeIsOneElement(shape: MarkerShape, element: String) throws {
    #expect(try Self.drawn(shape).name == element)
  }

  /// Open shapes are white inside with a coloured ring; filled ones have a white outline; the
  /// cross is strokes only.
  @Test(arguments: MarkerShape.allCases)
  func fillAndOutline(shape: MarkerShape) throws {
    let attributes = try Self.drawn(shape).attributes
    switch shape {
    case .ring, .openSquare:
      #expect(attributes["fill"] == "#ffffff" && attributes["stroke"] == "#0072b2")
    case .cross:
      #expect(attributes["fill"] == "none" && attributes["stroke"] == "#0072b2")
    default:
      #expect(attributes["fill"] == "#0072b2" && attributes["stroke"] == "#ffffff")
    }
  }

  @Test func roundAndSquareShapesAreCentred() throws {
    let circle = try Self.drawn(.circle, x: 12.5, y: 40).attributes
    #expect(circle["cx"] == "12.5" && circle["cy"] == "40" && circle["r"] == "5")
    #expect(try Self.drawn(.ring).attributes["r"] == "4.25")
    let square = try Self.drawn(.square, x: 100, y: 50).attributes
    #expect(square["x"] == "95.5" && square["width"] == "9")
    #expect(square["y"] == "45.5" && square["height"] == "9")
  }

  @Test func pathShapesHaveTheirCorners() throws {
    #expect(try Self.drawn(.triangle).attributes["d"] == "M100 44.25 L105.25 53.75 L94.75 53.75 Z")
    #expect(try Self.drawn(.diamond).attributes["d"] == "M100 44 L105 50 L100 56 L95 50 Z")
    #expect(
      try Self.drawn(.cross).attributes["d"]
        == "M95.75 45.75 L104.25 54.25 M95.75 54.25 L104.25 45.75")
  }

  @Test func eightShapesLookDifferentAndCarryTheirTooltip() throws {
    var seen = Set<String>()
    for shape in MarkerShape.allCases {
      var writer = SVGWriter()
      shape.draw(into: &writer, x: 0, y: 0, size: 9, color: "#000000", tooltip: "Mean <2024>")
      seen.insert(writer.output)
      let document = SVGElements(writer.output)
      #expect(document.named("title").first?.text == "Mean <2024>")
      #expect(document.withClass("marker").count == 1)
    }
    #expect(seen.count == MarkerShape.allCases.count)
  }
}
