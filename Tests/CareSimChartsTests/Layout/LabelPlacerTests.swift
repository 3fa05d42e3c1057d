import CareSimCharts
import CareSimCore
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

  /// A box must keep the gap from every taken box and lie inside the bounds.
  @Test func freeBoxesKeepTheGap() {
    var placer = LabelPlacer(bounds: ChartRect(x: 0, y: 0, width: 100, height: 100), gap: 2)
    placer.reserve(ChartRect(x: 40, y: 40, width: 20, height: 10))
    #expect(!placer.isFree(ChartRect(x: 61, y: 40, width: 10, height: 10)))
    #expect(placer.isFree(ChartRect(x: 62, y: 40, width: 10, height: 10)))
    #expect(!placer.isFree(ChartRect(x: 95, y: 0, width: 10, height: 10)))
    #expect(placer.place([]) == nil)
    #expect(placer.occupied.count == 1)
  }

  /// Labels placed one after another never come closer than the gap.
  @Test(arguments: [111, 112] as [UInt64])
  func placedLabelsStayApart(seed: UInt64) {
    var generator = SplitMix64(seed: seed)
    var placer = LabelPlacer(bounds: ChartRect(x: 0, y: 0, width: 300, height: 200), gap: 2)
    for _ in 0..<60 {
      let candidates = (0..<4).map { _ in
        ChartRect(
          x: Double.random(in: -10...290, using: &generator),
          y: Double.random(in: -10...190, using: &generator),
          width: Double.random(in: 10...60, using: &generator), height: 14)
      }
      guard let index = placer.place(candidates) else { continue }
      #expect(candidates[..<index].allSatisfy { !placer.isFree($0) })
    }
    let placed = placer.occupied
    #expect(placed.count > 5)
    for (i, a) in placed.enumerated() {
      #expect(placer.bounds.contains(a))
      for b in placed[(i + 1)...] { #expect(!a.overlaps(b, margin: 2)) }
    }
  }
}
