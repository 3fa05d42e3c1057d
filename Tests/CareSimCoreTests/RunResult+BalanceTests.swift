import Testing

@testable import CareSimCore

@Suite struct RunResultBalanceTests {
  let result = RunResultTests.result()

  /// A payer saves what the difference costs it less; society saves its net benefit and the
  /// programme's cost.
  @Test func savingsAreTheDifferencesTurnedAround() {
    #expect(result.saving(.wmo) == 45)
    #expect(result.saving(.zvw) == 7.5)
    #expect(result.saving(.wlz) == 0)
    #expect(result.saving(.informal) == 2.5)
    #expect(result.saving(.society) == 55)
  }

  @Test func eachPerspectivePaysItsShareOfTheProgramme() {
    #expect(Perspective.allCases.map(result.costShare) == [15, 15, 0, 0, 30])
  }

  @Test func theBudgetsAreRankedAndFiltered() {
    #expect(result.mostMovedBudget == .wmo)
    #expect(result.payersSharingCost == [.wmo, .zvw])
    #expect(result.payersSaving == [.wmo, .zvw])
    #expect(result.payersBehind == [.zvw])
  }
}
