import CareSimScenario
import CareSimTestSupport
import Foundation
import JSON5
import Testing

/// The largest values a scenario may hold: each is what the reader allows, and each leaves the
/// arithmetic the room its comment argues.
@Suite struct ScenarioLimitsTests {
  /// The reference ladder with one number set, validated without its text (so errors have no
  /// line).
  static func errors(setting path: String, to value: Double) throws -> [String] {
    var json = try JSONValue.parse(
      Data(contentsOf: RepositoryFiles.scenario("reference-ladder.json")))
    try json.setNumber(value, at: path)
    do {
      _ = try Scenario.read(json, file: "ladder.json")
      return []
    } catch {
      return error.errors.map(\.description)
    }
  }

  /// A value at its limit reads; the next one up is refused, naming the limit.
  @Test(
    arguments: [
      ("simulation.residents", Double(ScenarioLimits.residents), 1, "[1, 1000000]"),
      ("simulation.months", Double(ScenarioLimits.months), 1, "[1, 600]"),
      ("simulation.replications", Double(ScenarioLimits.replications), 1, "[1, 1000000]"),
      ("valuePerQALY", ScenarioLimits.valuePerQALY, 1, "[0, 10000000]"),
      ("needLevels.0.annualCost.wmo", ScenarioLimits.amount, 1, "[0, 1000000000]"),
      ("intervention.fixedCostPerYear", ScenarioLimits.programmeCostPerYear, 1, "[0, 10000000000]"),
    ] as [(String, Double, Double, String)])
  func theReaderAllowsUpToTheLimit(path: String, limit: Double, step: Double, allowed: String)
    throws
  {
    #expect(try Self.errors(setting: path, to: limit) == [])
    #expect(
      try Self.errors(setting: path, to: limit + step)
        == ["ladder.json: \(path): \(Int(limit + step)) is out of range; allowed \(allowed)"])
  }

  /// The largest total a run forms, residents × months × a month's cost at the limit, is finite,
  /// and summing it month by month in doubles keeps a relative error near months × 2⁻⁵³.
  @Test func theLargestTotalStaysFiniteAndExactEnough() {
    let total =
      Double(ScenarioLimits.residents) * Double(ScenarioLimits.months) * ScenarioLimits.amount / 12
    #expect(total.isFinite && total <= 5e16)
    #expect(Double(ScenarioLimits.months) * 0x1p-53 < 1e-13)
  }

  /// Quality of life is summed in units of 2⁻⁴⁰ in a 64-bit word, and the control arm's profile
  /// sums a year of a cell: every resident a scenario may hold, at a score of 1 for twelve
  /// months, must fit in 2²⁴ units of a whole score.
  @Test func aYearOfEveryResidentsQualityOfLifeFitsItsSum() {
    #expect(ScenarioLimits.residents * 12 <= 1 << 24)
  }
}
