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

  /// Each stop is drawn exactly at its position, the ends included.
  @Test(arguments: [ColorRamp.sequential, .diverging])
  func stopsSitAtEqualSpacing(ramp: ColorRamp) {
    let last = ramp.stops.count - 1
    for (index, stop) in ramp.stops.enumerated() {
      #expect(ramp.color(at: Double(index) / Double(last)).hex == stop.hex, "stop \(index)")
    }
    #expect(ColorRamp.sequential.color(at: 0).hex == "#440154")
    #expect(ColorRamp.sequential.color(at: 1).hex == "#fde725")
  }

  /// Positions outside [0, 1] take the ends; NaN the middle.
  @Test(arguments: [ColorRamp.sequential, .diverging])
  func positionsAreClamped(ramp: ColorRamp) {
    #expect(ramp.color(at: -3) == ramp.color(at: 0))
    #expect(ramp.color(at: -.infinity) == ramp.color(at: 0))
    #expect(ramp.color(at: 7) == ramp.color(at: 1))
    #expect(ramp.color(at: .infinity) == ramp.color(at: 1))
    #expect(ramp.color(at: .nan) == ramp.color(at: 0.5))
  }

  @Test func betweenStopsColoursMixLinearly() {
    let ramp = ColorRamp(stops: [RGBColor(hex: 0x000000), RGBColor(hex: 0xFF0064)])
    #expect(ramp.color(at: 0.5).hex == "#800032")
    #expect(ramp.color(at: 0.25) == RGBColor(red: 0.25, green: 0, blue: 100.0 / 255 * 0.25))
  }
}
