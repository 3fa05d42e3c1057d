/// SplitMix64 (Steele, Lea and Flood 2014): a tiny, fast generator with a 64-bit state.
///
/// CareSim uses it two ways: as an ordinary `RandomNumberGenerator`, and through ``mix(_:)`` to derive
/// independent stream keys and to read any position of a stream directly (see ``RandomStreamKey``).
public struct SplitMix64: RandomNumberGenerator, Sendable {
  /// The golden-ratio increment of the SplitMix64 sequence.
  public static let increment: UInt64 = 0x9E37_79B9_7F4A_7C15

  public private(set) var state: UInt64

  public init(seed: UInt64) { state = seed }

  public mutating func next() -> UInt64 {
    state &+= Self.increment
    return Self.mix(state)
  }

  /// The SplitMix64 output function: a bijective avalanche of 64 bits.
  @inlinable
  public static func mix(_ value: UInt64) -> UInt64 {
    var z = value
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A double in [0, 1) from the top 53 bits, so every value is exactly representable.
  @inlinable
  public static func unitInterval(_ bits: UInt64) -> Double {
    // Through Int64: the value fits, and signed conversion is a single instruction on x86-64.
    Double(Int64(bitPattern: bits >> 11)) * 0x1.0p-53
  }
}
