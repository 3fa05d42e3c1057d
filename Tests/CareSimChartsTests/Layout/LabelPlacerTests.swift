import CareSimCharts
import Testing

/// Labels take the first of their candidate boxes that is inside the bounds and free.
@Suite struct LabelPlacerTests {
  @Test func labelPlacerTakesTheFirstFreeSpot() {
    var placer = LabelPlacer(bounds: ChartRect(x: 0, y: 0, width: 100, height: 100))
    placer.reserve(ChartRect(x: 0, y: 0, width: 50, height: 20))
    let taken = ChartRect(x: 10, y: 5, width: 20, height: 10)
    let outside = ChartRect(x: 90, y: 5, width: 20, height: 10)
    let free = ChartRect(x: 60, y: 5, width: 20, height: 10)
    #expect(placer.place([taken, outside, free]) == 2)
    #expect(placer.place([free]) == nil)  // now taken by the label just placed
  }
}
