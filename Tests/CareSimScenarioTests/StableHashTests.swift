import CareSimScenario
import Foundation
import Testing

@Suite struct StableHashTests {
  /// FNV-1a 64-bit test vectors published with the reference implementation (Landon Curt Noll,
  /// isthe.com/chongo/tech/comp/fnv, test_fnv.c; also IETF draft-eastlake-fnv).
  @Test(
    arguments: [
      ("", 0xcbf2_9ce4_8422_2325), ("a", 0xaf63_dc4c_8601_ec8c), ("b", 0xaf63_df4c_8601_f1a5),
      ("fo", 0x0898_5907_b541_d342), ("foo", 0xdcb2_7518_fed9_d577),
      ("foobar", 0x8594_4171_f739_67e8),
    ] as [(String, UInt64)]
  )
  func matchesPublishedVectors(input: String, expected: UInt64) {
    #expect(StableHash.fnv1a64(Data(input.utf8)) == expected)
  }

  @Test(
    arguments: [
      ("", "cbf29ce484222325"), ("a", "af63dc4c8601ec8c"), ("foobar", "85944171f73967e8"),
      ("fo", "08985907b541d342"),  // leading zero must be kept
    ]
  )
  func hexDigestIsSixteenLowercaseDigits(input: String, expected: String) {
    #expect(StableHash.hexDigest(Data(input.utf8)) == expected)
  }

  @Test func hashDependsOnEveryByteAndOrder() {
    let base = StableHash.fnv1a64(Data([1, 2, 3]))
    #expect(StableHash.fnv1a64(Data([1, 2, 4])) != base)
    #expect(StableHash.fnv1a64(Data([3, 2, 1])) != base)
    #expect(StableHash.fnv1a64(Data([1, 2, 3, 0])) != base)
  }

  @Test func hashOfASliceEqualsHashOfACopy() {
    let data = Data("xxfoobar".utf8)
    let slice = data[data.index(data.startIndex, offsetBy: 2)...]
    #expect(StableHash.hexDigest(slice) == "85944171f73967e8")
  }
}
