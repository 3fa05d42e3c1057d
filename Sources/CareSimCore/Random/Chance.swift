/// A probability with the integer that a draw's bits are compared with, so that a decision whose
/// probability is fixed for a run compares integers instead of converting each draw to a double.
///
/// A draw is `u = k · 2⁻⁵³` with `k` the top 53 bits of a stream's word (see
/// ``SplitMix64/unitInterval(_:)``), and `u < p` holds exactly when `k < threshold`, with
/// `threshold = ⌈p · 2⁵³⌉` for `p` in (0, 1): multiplying by a power of two is exact (the product
/// is at most 2⁵³, and a subnormal `p` loses no bit going up), and an integer is below a real
/// number exactly when it is below its ceiling. A probability of 0 or less (or NaN) is never
/// drawn, one of 1 or more always: thresholds 0 and 2⁵³. So ``happens(word:)`` has the bits of
/// `SplitMix64.unitInterval(word) < probability` for every word.
struct Chance: Sendable, Equatable {
  /// The probability, which decisions that are not drawn from a stream compare with.
  let probability: Double
  /// The draws `k` below which the event happens: `0...2⁵³`.
  let threshold: UInt64

  /// The threshold of a certain event: every draw lies below it.
  static let certainThreshold: UInt64 = 1 << 53

  init(_ probability: Double) {
    self.probability = probability
    if !(probability > 0) {
      threshold = 0
    } else if probability >= 1 {
      threshold = Self.certainThreshold
    } else {
      // The ceiling without a call to `ceil`: the product is exact and below 2⁵³, so truncating
      // it is exact too, and it is a whole number exactly when converting back gives it again.
      let scaled = probability * 0x1.0p53
      let whole = UInt64(scaled)
      threshold = Double(whole) < scaled ? whole + 1 : whole
    }
  }

  /// Whether the event happens on the draw made of `word` (a stream's 64 bits).
  @inline(__always)
  func happens(word: UInt64) -> Bool { word >> 11 < threshold }

  /// Whether every draw makes the event happen.
  var isCertain: Bool { threshold == Self.certainThreshold }

  /// Whether some draw makes the event happen.
  var isPossible: Bool { threshold > 0 }
}
