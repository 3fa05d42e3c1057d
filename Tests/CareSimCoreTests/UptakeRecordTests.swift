import Testing

@testable import CareSimCore

@Suite struct UptakeRecordTests {
  @Test func initialParticipantsJoinAtTheStartAndTheOthersNotYet() {
    let participant = TestScenarios.resident(at: 0, participation: .participating)
    let other = TestScenarios.resident(at: 1)
    let (joinMonths, states) = UptakeRecord.start(
      interventionStates: [participant, other], months: 9)
    #expect(joinMonths == [0, 9] && states == [participant, other])
  }

  /// A resident who decides in month m has taken part from month m + 1; an initial participant
  /// from the start.
  @Test func hadJoinedCountsFromTheMonthAfterDeciding() {
    let other = TestScenarios.resident(at: 1)
    #expect(!UptakeRecord.hadJoined(joinMonth: 4, state: other, before: 4))
    #expect(UptakeRecord.hadJoined(joinMonth: 4, state: other, before: 5))
    let participant = TestScenarios.resident(at: 0, participation: .participating)
    #expect(UptakeRecord.hadJoined(joinMonth: 0, state: participant, before: 0))
  }
}
