import CareSimCharts
import Testing

/// A reference label drawn at the first of its spots that is free.
@Suite struct LabelSpotTests {
  @Test func aReferenceLabelTakesTheFirstFreeSpot() {
    var canvas = ChartFixtures.canvas()
    var placer = LabelPlacer(bounds: ChartRect(x: 0, y: 0, width: 200, height: 100))
    placer.reserve(ChartRect(x: 100, y: 0, width: 100, height: 100))
    let spots = [
      LabelSpot("€20k", x: 110, baseline: 50, anchor: .start),  // on the reserved half
      LabelSpot("€20k", x: 90, baseline: 50, anchor: .end),
    ]
    #expect(canvas.drawReferenceLabel("€20k", at: spots, placer: &placer))
    #expect(canvas.texts.last?.box == spots[1].box)
    // The spot is taken now, so the same label finds no room and is left to a note.
    #expect(!canvas.drawReferenceLabel("€20k", at: [spots[1]], placer: &placer))
  }

  /// The spot's box is the label's box at tick size, on the side of the anchor.
  @Test(arguments: [TextAnchor.start, .middle, .end])
  func boxesSitOnTheirAnchor(anchor: TextAnchor) {
    let spot = LabelSpot("Break-even: month 12", x: 200, baseline: 80, anchor: anchor)
    let width = TextMetrics.width("Break-even: month 12", size: ChartStyle.tickSize)
    #expect(spot.box.width == width)
    #expect(spot.box.y == 80 - TextMetrics.ascent * ChartStyle.tickSize)
    let expected: Double =
      switch anchor {
      case .start: 200
      case .middle: 200 - width / 2
      case .end: 200 - width
      }
    #expect(spot.box.x == expected)
  }

  /// The label is drawn in a white halo over the data; with no free spot nothing is drawn.
  @Test func referenceLabelsAreHaloedOrLeftOut() {
    var canvas = ChartCanvas(width: 400)
    var placer = LabelPlacer(bounds: ChartRect(x: 0, y: 0, width: 400, height: 200))
    let spot = LabelSpot("€20k per QALY", x: 100, baseline: 50, anchor: .start)
    #expect(canvas.drawReferenceLabel("€20k per QALY", at: [spot], placer: &placer))
    let text = SVGElements(canvas.writer.output).named("text").first
    #expect(text?.attributes["class"] == "chart-reference-label")
    #expect(text?.attributes["paint-order"] == "stroke")
    #expect(text?.text == "€20k per QALY")
    let before = canvas.writer.output
    let outside = LabelSpot("€20k per QALY", x: 390, baseline: 50, anchor: .start)
    #expect(!canvas.drawReferenceLabel("€20k per QALY", at: [outside], placer: &placer))
    #expect(canvas.writer.output == before)
  }
}
