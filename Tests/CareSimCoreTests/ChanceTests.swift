import Testing

@testable import CareSimCore

@Suite struct ChanceTests {
  /// Probabilities at the edges: nothing, the smallest subnormal and normal numbers, the draws'
  /// own step and half of it, values just below 1, 1, and beyond the unit interval.
  static let edges: [Double] = [
    0, -0.0, -1, .nan, .leastNonzeroMagnitude, .leastNormalMagnitude, 0x1.0p-54, 0x1.0p-53,
    0x1.8p-53, 0x1.0p-52, 0.1, 0.3, 0.5, 0.5.nextUp, 1 - 0x1.0p-53, 1 - 0x1.0p-52,
    (1 - 0x1.0p-53).nextDown, 1, 1.5, .infinity,
  ]

  /// Words whose draws lie on and beside the threshold, at both ends of the interval, with the
  /// 11 bits a draw drops clear and set.
  static func words(around chance: Chance) -> [UInt64] {
    let last: UInt64 = (1 << 53) - 1
    let draws =
      [0, 1, 2, last - 1, last] + [chance.threshold &- 1, chance.threshold, chance.threshold + 1]
    return draws.filter { $0 <= last }.flatMap { [$0 << 11, $0 << 11 | 0x7FF] }
  }

  /// Comparing the integers gives the bits of comparing the draw's double with the probability.
  @Test(arguments: edges)
  func comparesAsTheDouble(_ probability: Double) {
    let chance = Chance(probability)
    #expect(chance.threshold <= Chance.certainThreshold)
    for word in Self.words(around: chance) {
      #expect(
        chance.happens(word: word) == (SplitMix64.unitInterval(word) < probability),
        "p = \(probability), word = \(word)")
    }
  }

  /// The same over random probabilities of every magnitude and random words, some on the draws'
  /// grid (where a draw can equal the probability) and some off it.
  @Test(arguments: [1, 2, 3] as [UInt64])
  func comparesAsTheDoubleOnRandomValues(seed: UInt64) {
    var generator = SplitMix64(seed: seed)
    for _ in 0..<2_000 {
      let onGrid = SplitMix64.unitInterval(generator.next())
      let anyMagnitude = Double(
        sign: .plus, exponent: -Int(generator.next() % 1_080),
        significand: 1 + SplitMix64.unitInterval(generator.next()))
      for probability in [onGrid, anyMagnitude] {
        let chance = Chance(probability)
        for word in Self.words(around: chance) + [generator.next()] {
          #expect(chance.happens(word: word) == (SplitMix64.unitInterval(word) < probability))
        }
      }
    }
  }

  @Test func thresholdsAtTheEnds() {
    #expect(Chance(0).threshold == 0 && !Chance(0).isPossible)
    #expect(Chance(-0.5).threshold == 0 && Chance(.nan).threshold == 0)
    #expect(Chance(.leastNonzeroMagnitude).threshold == 1)
    #expect(Chance(0x1.0p-53).threshold == 1 && Chance(0x1.8p-53).threshold == 2)
    #expect(Chance(1 - 0x1.0p-53).threshold == (1 << 53) - 1 && !Chance(1 - 0x1.0p-53).isCertain)
    #expect(Chance(1).isCertain && Chance(2).isCertain)
  }

  /// A stream's decision compared as an integer is its uniform draw compared as a double.
  @Test func aStreamDecidesAsItsUniformDraw() {
    let stream = RandomStreamKey(seed: 7, replication: 3, resident: 11)
    for probability in Self.edges + [0.02, 0.25, 0.75, 0.98] {
      let chance = Chance(probability)
      for month in 0..<240 {
        #expect(
          stream.happens(chance, month: month, .signalling)
            == (stream.uniform(month: month, .signalling) < probability))
      }
    }
  }
}
