import Testing

@testable import CareSimCore

@Suite struct SplitMix64Tests {
  /// The first outputs of the reference implementation (Steele, Lea and Flood 2014) from seed 0.
  @Test func firstOutputsFromSeedZeroMatchTheReference() {
    var generator = SplitMix64(seed: 0)
    let outputs = (0..<4).map { _ in generator.next() }
    #expect(
      outputs == [
        0xE220_A839_7B1D_CDAF, 0x6E78_9E6A_A1B9_65F4, 0x06C4_5D18_8009_454F, 0xF88B_B8A8_724C_81EC,
      ])
  }

  @Test func unitIntervalKeepsTheTop53Bits() {
    #expect(SplitMix64.unitInterval(0) == 0)
    #expect(SplitMix64.unitInterval(.max) == 1 - 0x1p-53)
    #expect(SplitMix64.unitInterval(1 << 63) == 0.5)
    // The low 11 bits take no part.
    #expect(SplitMix64.unitInterval(0x7FF) == 0)
  }
}
