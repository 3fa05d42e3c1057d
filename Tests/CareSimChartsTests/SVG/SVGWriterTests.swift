import CareSimCharts
import Testing

/// Elements one a line, attributes in the order written, text escaped and coordinates rounded.
@Suite struct SVGWriterTests {
  @Test func attributesKeepTheirOrderAndKind() {
    var writer = SVGWriter()
    writer.element("rect", ["y": 2.004, "x": -0.5, "count": 3, "fill": "a\"b<c"])
    #expect(writer.output == "<rect y=\"2\" x=\"-0.5\" count=\"3\" fill=\"a&quot;b&lt;c\"/>\n")
  }

  @Test func elementsNestAndHoldTooltips() {
    var writer = SVGWriter()
    writer.open("g", ["class": "chart-grid"])
    writer.element("line", ["x1": 1.0], tooltip: "P5 & P95")
    writer.text("€1 < €2", ["x": 3.0], tooltip: "full <label>")
    writer.text("plain", ["x": 4.0])
    writer.close("g")
    #expect(
      writer.output == """
        <g class="chart-grid">
        <line x1="1"><title>P5 &amp; P95</title></line>
        <text x="3"><title>full &lt;label&gt;</title>€1 &lt; €2</text>
        <text x="4">plain</text>
        </g>

        """)
    let document = SVGElements(writer.output)
    #expect(document.isWellFormed)
    #expect(document.named("title").map(\.text) == ["P5 & P95", "full <label>"])
  }

  /// Attributes collected at run time are written exactly as literal ones.
  @Test func runTimeAttributesWriteTheSame() {
    var literal = SVGWriter()
    literal.element("circle", ["cx": 1.5, "r": 2])
    literal.element("circle", ["cx": 1.5, "r": 2], tooltip: "t")
    literal.text("a", ["x": 0.5], tooltip: "b")
    var collected = SVGWriter()
    let attributes: [(String, any SVGAttributeValue)] = [("cx", 1.5), ("r", 2)]
    collected.element("circle", attributes)
    collected.element("circle", attributes, tooltip: "t")
    collected.text("a", [("x", 0.5)], tooltip: "b")
    #expect(collected.output == literal.output)
    var both = SVGWriter()
    both.append(literal)
    both.append(collected)
    #expect(both.output == literal.output + collected.output)
  }

  @Test func pathsMoveLineAndClose() {
    var path = PathData()
    #expect(path.isEmpty)
    path.move(0, 0.004)
    path.line(10.5, -3)
    path.close()
    path.polyline([(x: 1, y: 2), (x: 3, y: 4)])
    #expect(path.text == "M0 0 L10.5 -3 Z M1 2 L3 4")
    #expect(PathData.polygon([]).isEmpty)
    #expect(PathData.polygon([(0, 0), (4, 0), (2, 3)]).text == "M0 0 L4 0 L2 3 Z")
  }
}
