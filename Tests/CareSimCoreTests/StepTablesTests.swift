import Testing

@testable import CareSimCore

@Suite struct StepTablesTests {
  @Test func levelRulesHoldMonthlyCostsEligibilityAndMoveMass() {
    let parameters = TestScenarios.everyMechanism()
    let tables = StepTables(parameters)
    #expect(tables.levels.map(\.isEligible) == [true, true, false, false, false])
    #expect(tables.levels.map(\.isAtHome) == [true, true, true, false, false])
    #expect(tables.levels[1].monthlyCareCost[Funder.wmo.rawValue] == 2400.0 * (1.0 / 12.0))
    #expect(tables.levels[1].crisisProbability == 0.004)
    for (index, rule) in tables.levels.enumerated() {
      let moves = tables.moves[rule.firstMove..<rule.firstMove + rule.moveCount]
      #expect(moves.allSatisfy { $0.target != index })
      #expect(abs(rule.moveMass.sum() - parameters.transitions[index].reduce(0, +)) < 1e-15)
    }
  }
}
