import CareSimCharts
import Testing

/// Categories placed in equal bands with padding between them.
@Suite struct BandScaleTests {
  @Test func bandScaleSplitsTheRange() {
    let bands = BandScale(count: 4, range: 0, 100, padding: 0.2)
    #expect(bands.step == 25)
    #expect(bands.bandwidth == 20)
    #expect(bands.bandStart(0) == 2.5)
    #expect(bands.centre(1) == 37.5)
    #expect(bands.position(atIndex: 0.5) == 25)
    #expect(BandScale(count: 0, range: 0, 100).step == 0)
  }
}
