import CareSimCharts
import Testing

/// The ramps keep their order in greyscale.
@Suite struct ColorRampTests {
  static func luminance(_ ramp: ColorRamp, _ range: ClosedRange<Double>) -> [Double] {
    stride(from: range.lowerBound, through: range.upperBound, by: 0.005).map {
      ramp.color(at: $0).relativeLuminance
    }
  }

  @Test func sequentialLuminanceRises() {
    let l = Self.luminance(.sequential, 0...1)
    #expect(zip(l, l.dropFirst()).allSatisfy { $0 < $1 })
  }

  @Test func divergingLuminancePeaksAtZero() {
    let below = Self.luminance(.diverging, 0...0.5)
    let above = Self.luminance(.diverging, 0.5...1)
    #expect(zip(below, below.dropFirst()).allSatisfy { $0 < $1 })
    #expect(zip(above, above.dropFirst()).allSatisfy { $0 > $1 })
    #expect(ColorRamp.diverging.color(at: 0.5).hex == "#f7f7f7")
    // The two arms are about equally dark at equal distances from zero.
    for t in [0.1, 0.25, 0.4] {
      let low = ColorRamp.diverging.color(at: 0.5 - t).relativeLuminance
      let high = ColorRamp.diverging.color(at: 0.5 + t).relativeLuminance
      #expect((low - high).magnitude < 0.12, "at ±\(t): \(low) vs \(high)")
    }
  }
}
