import CareSimCharts
import CareSimCore
import Testing

/// Values placed linearly on a pixel interval that may run backwards.
@Suite struct LinearScaleTests {
  @Test func linearScaleMapsAndRunsBackwards() {
    let scale = LinearScale(domain: 0, 10, range: 100, 0)
    #expect(scale.position(0) == 100)
    #expect(scale.position(5) == 50)
    #expect(scale.position(10) == 0)
    #expect(scale.position(20) == -100)
    #expect(scale.clampedPosition(20) == 0)
    #expect(scale.pixelsPerUnit == -10)
  }

  @Test func linearScaleSurvivesTheWidestDomain() {
    let scale = LinearScale(
      domain: -.greatestFiniteMagnitude, .greatestFiniteMagnitude, range: 0, 100)
    #expect(scale.position(0) == 50)
    #expect(scale.position(.greatestFiniteMagnitude) == 100)
    #expect(LinearScale(domain: 3, 3, range: 0, 10).position(3) == 0)  // empty domain widened
  }

  /// Random domains and ranges of either direction: the ends map to the ends, and positions
  /// move monotonically with the value.
  @Test(arguments: [21, 22] as [UInt64])
  func endsMapToEndsAndOrderIsKept(seed: UInt64) {
    var generator = SplitMix64(seed: seed)
    for _ in 0..<200 {
      let (lower, upper) = generator.dataRange(magnitudes: -3...6)
      let start = Double.random(in: -500...500, using: &generator)
      let end = Double.random(in: -500...500, using: &generator)
      let scale = LinearScale(domain: lower, upper, range: start, end)
      #expect((scale.position(lower) - start).magnitude <= 1e-9 * 500)
      #expect((scale.position(upper) - end).magnitude <= 1e-9 * 500)
      let a = Double.random(in: lower...upper, using: &generator)
      let b = Double.random(in: lower...upper, using: &generator)
      guard a < b, start != end else { continue }
      #expect((scale.position(a) < scale.position(b)) == (start < end), "\(a) \(b) on \(scale)")
    }
  }

  @Test func ticksGiveTheDomain() {
    let ticks = NiceTicks(covering: 0, 36, targetCount: 4)
    let scale = LinearScale(ticks: ticks, range: 50, 450)
    #expect(scale.domainLower == 0 && scale.domainUpper == 40)
    #expect(scale.position(20) == 250)
    #expect(scale.pixelsPerUnit == 10)
  }

  /// An empty or reversed domain is widened one unit above its lower end, so nothing divides
  /// by zero.
  @Test func emptyOrReversedDomainsAreWidened() {
    for scale in [
      LinearScale(domain: 5, 5, range: 0, 100), LinearScale(domain: 5, 1, range: 0, 100),
    ] {
      #expect(scale.domainLower == 5 && scale.domainUpper == 6)
      #expect(scale.pixelsPerUnit == 100)
      #expect(scale.position(5.5) == 50)
    }
  }

  @Test func clampingKeepsInfiniteValuesOnTheRange() {
    let scale = LinearScale(domain: 0, 10, range: 100, 0)
    #expect(scale.clampedPosition(.infinity) == 0)
    #expect(scale.clampedPosition(-.infinity) == 100)
    #expect(scale.clampedPosition(-3) == 100)
    #expect(scale.clampedPosition(4) == 60)
  }
}
