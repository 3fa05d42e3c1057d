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
}
