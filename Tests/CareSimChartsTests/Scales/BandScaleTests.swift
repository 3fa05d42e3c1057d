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

  /// Bands follow each other by one step, with half the padding before the first and after the
  /// last, in either direction of the range.
  @Test(arguments: [(0.0, 300.0, 0.0), (0, 300, 0.3), (300, 0, 0.1), (-40, 17, 0.9)])
  func bandsTileTheRange(start: Double, end: Double, padding: Double) {
    let bands = BandScale(count: 6, range: start, end, padding: padding)
    let edge = bands.step * padding / 2
    #expect((bands.bandStart(0) - (start + edge)).magnitude < 1e-9)
    #expect((bands.bandStart(5) + bands.bandwidth - (end - edge)).magnitude < 1e-9)
    for index in 0..<5 {
      #expect((bands.bandStart(index + 1) - bands.bandStart(index) - bands.step).magnitude < 1e-9)
      // A whole index is the band's centre, whatever the padding.
      #expect((bands.position(atIndex: Double(index)) - bands.centre(index)).magnitude < 1e-9)
    }
  }

  /// Heat map rows run bottom to top: a backward range gives negative steps.
  @Test func aBackwardRangeRunsUp() {
    let rows = BandScale(count: 2, range: 100, 0)
    #expect(rows.step == -50)
    #expect(rows.bandStart(0) == 100)
    #expect(rows.centre(0) == 75)
    #expect(rows.centre(1) == 25)
    #expect(rows.position(atIndex: -0.5) == 100)
  }
}
