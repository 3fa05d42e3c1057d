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
