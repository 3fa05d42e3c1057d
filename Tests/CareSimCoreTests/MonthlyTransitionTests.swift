import Testing

@testable import CareSimCore

@Suite struct MonthlyTransitionTests {
  @Test func bandsUnaffectedByPreventionComeFirst() {
    let kinds = TestScenarios.ladder.map(\.kind)
    let moves = MonthlyTransition.moves(
      from: 1, probabilities: TestScenarios.transitions[1], kinds: kinds)
    #expect(moves.map(\.category) == [.death, .recovery, .admission, .progression])
    #expect(moves.map(\.target) == [4, 0, 3, 2])
  }

  @Test func deathMeansTheSameDrawInBothArms() {
    let kinds = TestScenarios.ladder.map(\.kind)
    let moves = MonthlyTransition.moves(
      from: 0, probabilities: TestScenarios.transitions[0], kinds: kinds)
    let mass = MonthlyTransition.categoryMass(moves)
    let prevented = HazardRatios(progression: 0.85, admission: 0.85, death: 1)
    moves.withUnsafeBufferPointer { moves in
      for draw in stride(from: 0.0, to: 0.003, by: 0.0001) {
        let control = MonthlyTransition.sample(
          moves, mass: mass, from: 0, ratios: .none, uniform: draw)
        let participant = MonthlyTransition.sample(
          moves, mass: mass, from: 0, ratios: prevented, uniform: draw)
        #expect((control == 4) == (participant == 4), "draw \(draw)")
      }
    }
  }

  /// Ratios that push a row past 1 scale it back to exactly 1: the resident certainly moves, and
  /// the moves keep their ratios.
  @Test func aRowPastOneIsScaledBackToOne() {
    let kinds = TestScenarios.ladder.map(\.kind)
    let moves = MonthlyTransition.moves(
      from: 1, probabilities: [0.2, 0, 0.5, 0.1, 0.1], kinds: kinds)
    let mass = MonthlyTransition.categoryMass(moves)
    let ratios = HazardRatios(progression: 2, admission: 1, death: 1)
    moves.withUnsafeBufferPointer { moves in
      #expect(
        MonthlyTransition.sample(moves, mass: mass, from: 1, ratios: ratios, uniform: 0.999) != 1)
      // Death (0.1), recovery (0.2), admission (0.1), progression (1.0) over a total of 1.4.
      let deathEnd = 0.1 / 1.4
      #expect(
        MonthlyTransition.sample(
          moves, mass: mass, from: 1, ratios: ratios, uniform: deathEnd * 0.99) == 4)
      #expect(
        MonthlyTransition.sample(
          moves, mass: mass, from: 1, ratios: ratios, uniform: deathEnd * 1.01) == 0)
    }
  }

  @Test func aMoveIsClassifiedByWhereItGoes() {
    let kinds = TestScenarios.ladder.map(\.kind)
    #expect(MonthlyTransition.category(from: 0, to: 4, kinds: kinds) == .death)
    #expect(MonthlyTransition.category(from: 2, to: 3, kinds: kinds) == .admission)
    #expect(MonthlyTransition.category(from: 0, to: 2, kinds: kinds) == .progression)
    #expect(MonthlyTransition.category(from: 2, to: 1, kinds: kinds) == .recovery)
    #expect(MonthlyTransition.category(from: 3, to: 2, kinds: kinds) == .recovery)
  }
}
