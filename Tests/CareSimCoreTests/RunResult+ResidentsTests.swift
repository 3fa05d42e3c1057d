import Testing

@testable import CareSimCore

@Suite struct RunResultResidentsTests {
  let result = RunResultTests.result(
    entrantsPerMonth: 2,
    outcomes: [
      .control: [
        .alive: [96, 96, 0], .atHome: [80, 70, 0], .institutional: [16, 26, 0],
        .unmetNeed: [5, 75, 0], .qalys: [6, 4, 0],
      ],
      .intervention: [.alive: [100, 100, 100]],
    ])

  /// Met need is at home less unmet (never below zero); the dead are everyone present less the
  /// living.
  @Test func theStatesDivideEveryoneWhoHasLivedHere() throws {
    let states = try #require(result.residentStates(.control))
    #expect(states.homeMet == [75, 0, 0])
    #expect(states.homeUnmet == [5, 75, 0])
    #expect(states.institution == [16, 26, 0])
    #expect(states.present == [102, 104, 106])
    #expect(states.dead == [6, 8, 106])
    #expect(states.presentAtEnd == 106)
    #expect(states.shareAtEnd(\.dead) == 1)
    #expect(states.shareAtEnd(\.atHome) == 0)
    #expect(result.residentStates(.intervention) == nil)
  }

  /// A month's QALYs are a twelfth of the quality of life of each resident alive.
  @Test func qualityOfLifeIsTwelveTimesTheQALYsOfEachResidentAlive() throws {
    let quality = try #require(result.qualityOfLife(.control))
    #expect(quality[0] == 0.75)
    #expect(quality[1] == 0.5)
    #expect(quality[2].isNaN)
    #expect(result.qualityOfLife(.intervention) == nil)
  }
}
