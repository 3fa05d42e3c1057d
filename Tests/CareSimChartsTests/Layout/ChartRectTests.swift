import CareSimCharts
import CareSimCore
import Testing

/// Rectangles for text boxes and plots: edges, overlap with a margin, containment.
@Suite struct ChartRectTests {
  @Test func edgesAndCentres() {
    let rect = ChartRect(x: 10, y: 20, width: 30, height: 40)
    #expect(rect.maxX == 40 && rect.maxY == 60)
    #expect(rect.midX == 25 && rect.midY == 40)
  }

  @Test func negativeSizesBecomeEmpty() {
    let rect = ChartRect(x: 5, y: 5, width: -3, height: -1)
    #expect(rect.width == 0 && rect.height == 0)
    #expect(ChartRect(x: 0, y: 0, width: 10, height: 4).outset(by: -3).height == 0)
  }

  /// Touching boxes do not overlap; a margin makes them, and a gap of less than the margin does.
  @Test func overlapHonoursTheMargin() {
    let a = ChartRect(x: 0, y: 0, width: 10, height: 10)
    let touching = ChartRect(x: 10, y: 0, width: 10, height: 10)
    let near = ChartRect(x: 10.5, y: 2, width: 10, height: 10)
    #expect(!a.overlaps(touching))
    #expect(a.overlaps(touching, margin: 0.1))
    #expect(!a.overlaps(near, margin: 0.5))
    #expect(a.overlaps(near, margin: 0.6))
    #expect(a.overlaps(ChartRect(x: 2, y: 2, width: 1, height: 1)))
    // Apart in y though overlapping in x.
    #expect(!a.overlaps(ChartRect(x: 0, y: 12, width: 10, height: 10), margin: 1))
  }

  /// Overlap is symmetric, and an outset box contains what it grew from.
  @Test(arguments: [91, 92] as [UInt64])
  func overlapIsSymmetricAndOutsetContains(seed: UInt64) {
    var generator = SplitMix64(seed: seed)
    func random() -> ChartRect {
      ChartRect(
        x: Double.random(in: 0...100, using: &generator),
        y: Double.random(in: 0...100, using: &generator),
        width: Double.random(in: 0...30, using: &generator),
        height: Double.random(in: 0...30, using: &generator))
    }
    for _ in 0..<300 {
      let (a, b) = (random(), random())
      let margin = Double.random(in: 0...3, using: &generator)
      #expect(a.overlaps(b, margin: margin) == b.overlaps(a, margin: margin))
      #expect(a.outset(by: margin).contains(a))
      #expect(a.contains(a))
      #expect(a.contains(b) == (a.x <= b.x && b.maxX <= a.maxX && a.y <= b.y && b.maxY <= a.maxY))
    }
  }

  /// Containment forgives a rounding error far below a unit, no more.
  @Test func containmentToleratesRounding() {
    let plot = ChartRect(x: 0, y: 0, width: 0.1 + 0.2, height: 1)
    #expect(plot.contains(ChartRect(x: 0, y: 0, width: 0.3, height: 1)))
    #expect(!plot.contains(ChartRect(x: 0, y: 0, width: 0.3001, height: 1)))
  }
}
