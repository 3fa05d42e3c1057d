import Foundation

/// A hash of bytes that is the same in every process, on every platform, in every release.
///
/// Swift's `Hasher` is seeded randomly per process, so it cannot identify a scenario or a run
/// across invocations (for a cache key, or a run ID printed in a report). FNV-1a is tiny,
/// fully specified and has published test vectors; it is *not* cryptographic and must not be
/// used where an adversary chooses the input.
///
/// Reference: Fowler, Noll and Vo, "The FNV Non-Cryptographic Hash Algorithm",
/// IETF draft-eastlake-fnv (64-bit offset basis 0xcbf29ce484222325, prime 2^40 + 2^8 + 0xb3).
public enum StableHash {
  /// The 64-bit FNV offset basis.
  private static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
  /// The 64-bit FNV prime, 2^40 + 2^8 + 0xb3.
  private static let prime: UInt64 = 0x0000_0100_0000_01b3

  /// The 64-bit FNV-1a hash of `data`.
  ///
  /// Each byte is XORed into the state and the state is then multiplied by the prime modulo
  /// 2^64 (FNV-1a; plain FNV-1 multiplies first and disperses the last byte less well).
  ///
  /// Complexity: O(n) in the number of bytes.
  ///
  /// - Parameter data: The bytes to hash.
  /// - Returns: The hash.
  public static func fnv1a64(_ data: Data) -> UInt64 {
    var hash = offsetBasis
    for byte in data {
      hash = (hash ^ UInt64(byte)) &* prime
    }
    return hash
  }

  /// The 64-bit FNV-1a hash of `data` as 16 lowercase hexadecimal digits, zero-padded.
  ///
  /// - Parameter data: The bytes to hash.
  /// - Returns: A 16-character string such as `cbf29ce484222325`.
  public static func hexDigest(_ data: Data) -> String {
    let digits = String(fnv1a64(data), radix: 16)
    return String(repeating: "0", count: 16 - digits.count) + digits
  }
}
