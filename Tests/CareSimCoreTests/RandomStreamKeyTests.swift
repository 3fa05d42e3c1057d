import Testing

@testable import CareSimCore

@Suite struct RandomStreamKeyTests {
  /// Reference values of the stream's derivation and positions, computed independently from the
  /// SplitMix64 definition: a change to either shows here first.
  @Test func keyAndPositionsMatchTheirReferenceValues() {
    let key = RandomStreamKey(seed: 20_261_123, replication: 0, resident: 0)
    #expect(key.rawValue == 0x76ED_D5EC_D6C3_31C1)
    #expect(RandomStreamKey(seed: 1, replication: 2, resident: 3).rawValue == 0x8568_F7C4_E53B_5A35)
    #expect(key.uniform(month: RandomStreamKey.buildingMonth, .ageBand) == 0.9331151189573691)
    #expect(key.uniform(month: 0, .transition) == 0.10284002729738939)
    #expect(key.uniform(month: 5, .crisis) == 0.35165065983196653)
  }

  /// Each decision reads a fixed position: `(month + 1) * 32 + decision + 1` of the SplitMix64
  /// sequence seeded with the key.
  @Test func aDecisionReadsItsFixedPositionOfTheSequence() {
    let key = RandomStreamKey(seed: 7, replication: 1, resident: 4)
    var sequence = SplitMix64(seed: key.rawValue)
    let outputs = (0..<Int(3 * RandomDecision.decisionsPerMonth)).map { _ in sequence.next() }
    for month in -1...1 {
      for decision in RandomDecision.allCases {
        let position = (month + 1) * Int(RandomDecision.decisionsPerMonth) + Int(decision.rawValue)
        #expect(
          key.uniform(month: month, decision) == SplitMix64.unitInterval(outputs[position]),
          "month \(month) \(decision)")
      }
    }
  }

  @Test func streamsOfOtherResidentsReplicationsAndSeedsDiffer() {
    let keys = [
      RandomStreamKey(seed: 7, replication: 1, resident: 4),
      RandomStreamKey(seed: 7, replication: 1, resident: 5),
      RandomStreamKey(seed: 7, replication: 2, resident: 4),
      RandomStreamKey(seed: 8, replication: 1, resident: 4),
    ]
    #expect(Set(keys.map(\.rawValue)).count == keys.count)
  }

  /// A history's streams differ from try to try, from the resident's own and from every other
  /// resident's of the replication.
  @Test func historiesHaveStreamsOfTheirOwn() {
    let resident = RandomStreamKey(seed: 7, replication: 1, resident: 3)
    let histories = (0..<20).map { resident.history(attempt: $0) }
    let residents = (0..<200).map { RandomStreamKey(seed: 7, replication: 1, resident: $0) }
    #expect(Set(histories).count == histories.count)
    #expect(Set(histories).isDisjoint(with: residents))
    #expect(
      resident.history(attempt: 0)
        == RandomStreamKey(seed: 7, replication: 1, resident: 3).history(attempt: 0))
  }

  @Test func decisionsFitTheirMonth() {
    #expect(RandomDecision.allCases.count <= Int(RandomDecision.decisionsPerMonth))
  }
}
