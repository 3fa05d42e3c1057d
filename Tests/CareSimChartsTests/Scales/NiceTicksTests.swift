import CareSimCharts
import CareSimCore
import Foundation
import Testing

/// Nice ticks: round steps, exact tick values, and no trap on degenerate ranges.
@Suite struct NiceTicksTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var lower: Double
    var upper: Double
    var target: Int
    var fixed = false
    var expected: [Double]
    var testDescription: String { "[\(lower), \(upper)] ~\(target)\(fixed ? " fixed" : "")" }
  }

  @Test(arguments: [
    Case(lower: 0, upper: 36, target: 4, expected: [0, 10, 20, 30, 40]),
    Case(lower: 0, upper: 36, target: 4, fixed: true, expected: [0, 10, 20, 30]),
    Case(lower: 0, upper: 1, target: 5, expected: [0, 0.2, 0.4, 0.6, 0.8, 1]),
    Case(lower: -1834.5, upper: 4520.5, target: 5, expected: [-2000, 0, 2000, 4000, 6000]),
    // 0.3 − 0.1 is 0.19999999999999998; the ticks are still 0.1, 0.2 and exactly 0.3.
    Case(lower: 0.1, upper: 0.3, target: 3, expected: [0.1, 0.2, 0.3]),
    Case(lower: 0.000123, upper: 0.000456, target: 4, expected: [1e-4, 2e-4, 3e-4, 4e-4, 5e-4]),
    // A range below the sixth significant digit is one value, widened like a constant; just
    // above it, the step is a unit of that digit.
    Case(lower: 1e15, upper: 1e15 + 10, target: 3, expected: [9e14, 1e15, 1.1e15, 1.2e15]),
    Case(lower: 619_051.2, upper: 619_052.9, target: 5, expected: [619_051, 619_052, 619_053]),
    // A constant is widened by a tenth of its size; zero to [0, 1].
    Case(lower: 5, upper: 5, target: 3, expected: [4.5, 5, 5.5]),
    Case(lower: 0, upper: 0, target: 5, expected: [0, 0.2, 0.4, 0.6, 0.8, 1]),
    Case(lower: .nan, upper: 1, target: 5, expected: [0, 0.2, 0.4, 0.6, 0.8, 1]),
    Case(lower: 3, upper: -1, target: 5, expected: [-1, 0, 1, 2, 3]),
    // A range wider than the doubles: its two ends.
    Case(lower: -1e308, upper: 1e308, target: 5, expected: [-1e308, 1e308]),
  ])
  func ticksAreRoundAndExact(_ c: Case) {
    let ticks = NiceTicks(covering: c.lower, c.upper, targetCount: c.target, fixed: c.fixed)
    #expect(ticks.values == c.expected)
    #expect(ticks.step.isFinite && ticks.step > 0)
  }

  @Test func fixedStepOfTwelveMonths() {
    let ticks = NiceTicks(covering: 0, 120, step: 12, fixed: true)
    #expect(ticks.values == stride(from: 0.0, through: 120, by: 12).map { $0 })
    #expect(NiceTicks(covering: 0, 1e9, step: 1).values.count <= 1001)  // refused: falls back
  }

  @Test(
    arguments: [
      (0.8, false, 1.0), (1.2, true, 1.0), (1.6, true, 2.0), (2.9, true, 2.0), (3.1, true, 5.0),
      (7.1, true, 10.0), (1.2, false, 2.0), (2.5, false, 5.0), (5.5, false, 10.0),
      (0.034, true, 0.05),
      (45_000, true, 50_000),
    ] as [(Double, Bool, Double)])
  func niceNumbersFollowHeckbert(x: Double, rounding: Bool, expected: Double) {
    #expect(NiceTicks.niceNumber(x, rounding: rounding) == expected)
  }

  /// Random ranges of every magnitude: ticks ascend by one step, cover the data (loose) or lie
  /// inside it (fixed), and number about the target.
  @Test(arguments: [11, 12, 13] as [UInt64])
  func ticksCoverAnyRange(seed: UInt64) {
    var generator = SplitMix64(seed: seed)
    for _ in 0..<500 {
      let magnitude = Double.random(in: -12...12, using: &generator)
      let scale = (0..<Int(magnitude.magnitude)).reduce(1.0) { value, _ in
        magnitude < 0 ? value / 10 : value * 10
      }
      let a = Double.random(in: -1...1, using: &generator) * scale
      let b = a + Double.random(in: 0.001...3, using: &generator) * scale
      let target = Int.random(in: 2...10, using: &generator)
      for fixed in [false, true] {
        let ticks = NiceTicks(covering: a, b, targetCount: target, fixed: fixed)
        let values = ticks.values
        #expect(zip(values, values.dropFirst()).allSatisfy { $0 < $1 }, "\(a)...\(b)")
        if fixed {
          #expect(values.allSatisfy { $0 >= a && $0 <= b }, "fixed \(a)...\(b): \(values)")
        } else {
          #expect(ticks.lower <= a && ticks.upper >= b, "loose \(a)...\(b): \(values)")
          #expect(values.count >= 2 && values.count <= 2 * target + 2, "\(target): \(values)")
        }
        for (x, y) in zip(values, values.dropFirst()) {
          #expect(((y - x) - ticks.step).magnitude <= ticks.step * 1e-9, "\(values)")
        }
      }
    }
  }

  /// The step is 1, 2 or 5 times a power of ten, and the order of the bounds does not matter.
  @Test(arguments: [31, 32] as [UInt64])
  func stepsAreOneTwoOrFiveTimesAPowerOfTen(seed: UInt64) {
    var generator = SplitMix64(seed: seed)
    for _ in 0..<300 {
      let (a, b) = generator.dataRange(magnitudes: -9...9)
      let ticks = NiceTicks(covering: a, b, targetCount: 5)
      #expect(NiceTicks(covering: b, a, targetCount: 5) == ticks)
      let mantissa = ticks.step / pow(10, log10(ticks.step).rounded(.down))
      #expect(
        [1.0, 2, 5, 10].contains { ($0 - mantissa).magnitude < 1e-9 }, "\(a)...\(b): \(ticks.step)")
    }
  }

  /// A step that would give more than a thousand ticks, or that is not positive, falls back to
  /// nice ticks.
  @Test(arguments: [0, -12, .nan, .infinity, 1e-3] as [Double])
  func unusableStepsFallBack(step: Double) {
    let ticks = NiceTicks(covering: 0, 120, step: step)
    #expect(ticks == NiceTicks(covering: 0, 120, targetCount: 5))
  }
}
