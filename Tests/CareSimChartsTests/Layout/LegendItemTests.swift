import CareSimCharts
import Testing

/// Legend samples drawn like the marks they stand for, inside their slot.
@Suite struct LegendItemTests {
  static func drawn(_ swatch: Swatch) -> SVGElements {
    var writer = SVGWriter()
    swatch.draw(into: &writer, x: 20, y: 50, width: 26)
    return SVGElements(writer.output)
  }

  /// Every element of every swatch lies inside its slot, 26 wide from x = 20.
  @Test(arguments: [
    Swatch.line(color: "#0072b2", dash: "7 3", marker: .diamond),
    .line(color: "#0072b2", dash: "", marker: nil), .area(color: "#d55e00", opacity: 0.2),
    .marker(color: "#000000", shape: .ring), .tick(color: "#1a1a1a"),
    .whisker(color: "#009e73", shape: .square),
  ])
  func swatchesStayInTheirSlot(swatch: Swatch) throws {
    let document = Self.drawn(swatch)
    #expect(document.isWellFormed)
    #expect(!document.all.dropFirst().isEmpty)
    for element in document.all.dropFirst() {
      #expect(element.attributes["class"] == "chart-swatch")
      for name in ["x", "x1", "x2", "cx"] {
        guard let text = element.attributes[name] else { continue }
        let x = try #require(Double(text))
        #expect(x >= 20 && x <= 46, "\(element.name) \(name)=\(text)")
      }
    }
  }

  @Test func lineSwatchesCarryTheirDashAndMarker() {
    let dashed = Self.drawn(.line(color: "#0072b2", dash: "7 3", marker: .diamond))
    #expect(dashed.named("line").first?.attributes["stroke-dasharray"] == "7 3")
    #expect(dashed.named("path").count == 1)
    let solid = Self.drawn(.line(color: "#0072b2", dash: "", marker: nil))
    #expect(solid.all.count == 2)
    #expect(solid.named("line").first?.attributes["stroke-dasharray"] == nil)
  }

  /// Only a translucent area writes its opacity.
  @Test func areaSwatchesWriteOpacityBelowOne() {
    let translucent = Self.drawn(.area(color: "#d55e00", opacity: 0.2)).named("rect").first
    #expect(translucent?.attributes["fill-opacity"] == "0.2")
    #expect(translucent?.attributes["height"] == "12" && translucent?.attributes["y"] == "44")
    let solid = Self.drawn(.area(color: "#d55e00", opacity: 1)).named("rect").first
    #expect(solid?.attributes["fill-opacity"] == nil)
  }

  @Test func tickAndWhiskerSwatches() {
    let tick = Self.drawn(.tick(color: "#1a1a1a")).named("line").first?.attributes
    #expect(tick?["x1"] == "33" && tick?["x2"] == "33")
    #expect(tick?["y1"] == "43" && tick?["y2"] == "57")
    let whisker = Self.drawn(.whisker(color: "#009e73", shape: .square))
    #expect(whisker.named("line").first?.attributes["x1"] == "22")
    #expect(whisker.named("line").first?.attributes["x2"] == "44")
    #expect(whisker.named("rect").count == 1)
  }

  @Test func itemsCompareByLabelAndSwatch() {
    let item = LegendItem("Saves", .area(color: "#0072b2", opacity: 1))
    #expect(item.label == "Saves")
    #expect(item == LegendItem("Saves", .area(color: "#0072b2", opacity: 1)))
    #expect(item != LegendItem("Saves", .area(color: "#0072b2", opacity: 0.5)))
  }
}
