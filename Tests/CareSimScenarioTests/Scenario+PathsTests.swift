import CareSimCore
import CareSimScenario
import Foundation
import Testing

/// What a search may give a field it sets by path: the valid range and whether it is whole.
@Suite struct ScenarioPathsTests {
  static func ladder() throws -> Scenario {
    try Scenario.parse(
      Data(try ScenarioValidationTests.editedReferenceLadder([]).utf8),
      file: ScenarioValidationTests.file)
  }

  /// The file may hold a relative risk up to 1,000, but above 1 the programme does harm: a
  /// break-even search of its effect stays at or below 1.
  @Test func aProgrammeEffectIsValidUpToOne() throws {
    let scenario = try Self.ladder()
    #expect(scenario.allowedRanges["mechanisms.prevention.relativeRisk"] == 0...1000)
    #expect(scenario.validRange(at: "mechanisms.prevention.relativeRisk") == 0...1)
    #expect(scenario.validRange(at: "intervention.fixedCostPerYear")?.lowerBound == 0)
    #expect(scenario.validRange(at: "no.such.field") == nil)
  }

  @Test func countsTakeWholeNumbers() throws {
    let scenario = try Self.ladder()
    #expect(scenario.takesWholeNumbers(at: "simulation.residents"))
    #expect(!scenario.takesWholeNumbers(at: "intervention.fixedCostPerYear"))
  }
}

/// A setting of some shares of a mix, and a setting that moves what another field allows.
@Suite struct ScenarioSettingTests {
  static func ladder(_ edits: ScenarioValidationTests.Edit...) throws -> Scenario {
    try Scenario.parse(
      Data(try ScenarioValidationTests.editedReferenceLadder(edits).utf8),
      file: ScenarioValidationTests.file)
  }

  /// The errors a setting throws; empty when it succeeds.
  static func errors(_ setting: () throws(ScenarioErrors) -> Scenario) -> [ScenarioError] {
    do {
      _ = try setting()
      return []
    } catch {
      return error.errors
    }
  }

  static let needMix = ScenarioValidationTests.Edit(
    "initialNeed: { independent: 1 }",
    "initialNeed: { independent: { value: 0.62, range: [0.5, 0.75] }, multipleProblems: 0.25, "
      + "notSelfReliant: 0.13, institutional: 0 }")

  /// A sweep's end of one share of the need mix: the others keep their proportions.
  @Test func aNeedShareSetMovesTheOthersInProportion() throws {
    let scenario = try Self.ladder(Self.needMix)
    let changed = try scenario.setting([("population.initialNeed.independent", 0.75)])
    let shares = changed.parameters.population.initialNeedShares
    #expect(shares[0] == 0.75)
    #expect(abs(shares[1] / shares[2] - 0.25 / 0.13) <= 8 * Double.ulpOfOne)
    #expect(shares[3] == 0)
    #expect(abs(shares.reduce(0, +) - 1) <= 4 * Double.ulpOfOne)
    // The file's descriptions stay the file's.
    #expect(changed.ranges == scenario.ranges)
  }

  /// The same rule for the funding split, and a clear error where the others are all 0.
  @Test func aFundingShareNeedsAnotherShareToTakeTheRest() throws {
    let split = try Self.ladder(
      .init("fundingSplit: { wmo: 1, zvw: 0, wlz: 0 }", "fundingSplit: { wmo: 0.5, zvw: 0.5 }"))
    let changed = try split.setting([("fundingSplit.wmo", 0.2)])
    #expect(changed.parameters.fundingSplit[.wmo] == 0.2)
    #expect(changed.parameters.fundingSplit[.zvw] == 0.8)
    let ladder = try Self.ladder()
    let error = Self.errors { () throws(ScenarioErrors) in
      try ladder.setting([("fundingSplit.wmo", 0.5)])
    }.first
    #expect(error?.field == "fundingSplit")
    #expect(error?.description.hasPrefix("\(ScenarioValidationTests.file): fundingSplit: ") == true)
  }

  /// The services' signalling at the high end of its range lifts the participants' lowest allowed
  /// value above the low end of their range: the point itself is valid, so the setting is too.
  @Test func aRangeIsNotJudgedAgainstABoundTheSettingMoved() throws {
    let scenario = try Self.ladder(
      .init(
        "signalling: { monthlyProbability: 1, participantMonthlyProbability: 1 }",
        "signalling: { monthlyProbability: { value: 0.15, range: [0.08, 0.25] }, "
          + "participantMonthlyProbability: { value: 0.25, range: [0.15, 0.40] } }"))
    let high = try scenario.setting([("mechanisms.signalling.monthlyProbability", 0.25)])
    #expect(high.parameters.mechanisms.signalling.monthlyProbability == 0.25)
    #expect(high.ranges == scenario.ranges)
    // Together the two ends are a point the model refuses: that is the error, at the value.
    let error = Self.errors { () throws(ScenarioErrors) in
      try scenario.setting([
        ("mechanisms.signalling.monthlyProbability", 0.25),
        ("mechanisms.signalling.participantMonthlyProbability", 0.15),
      ])
    }.first
    #expect(error?.field == "mechanisms.signalling.participantMonthlyProbability")
    #expect(error?.kind == .outOfRange(value: 0.15, allowed: "[0.25, 1]"))
  }
}
