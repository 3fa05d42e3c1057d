import CareSimCore
import Foundation

extension SplitMix64 {
  /// A random data range for property tests: its lower end within ±10ᵐ and its width 0.01 to 5
  /// times 10ᵐ, with the magnitude m drawn from `magnitudes`, so ranges of every size and both
  /// signs come up.
  mutating func dataRange(magnitudes: ClosedRange<Double>) -> (lower: Double, upper: Double) {
    let scale = pow(10, Double.random(in: magnitudes, using: &self))
    let lower = Double.random(in: -1...1, using: &self) * scale
    return (lower, lower + Double.random(in: 0.01...5, using: &self) * scale)
  }
}
