import CareSimCore
import CareSimScenario
import Foundation
import Testing

/// `costsByAge` in a scenario file: read, defaulted and checked (STYLE.md conventions 8 and 9).
@Suite struct ScenarioReaderCostsByAgeTests {
  typealias Edit = ScenarioValidationTests.Edit

  /// The reference ladder with `costsByAge` set to `text`.
  static func ladder(costsByAge text: String) throws -> String {
    try ScenarioValidationTests.editedReferenceLadder([
      Edit("fundingSplit: { wmo: 1,", "costsByAge: \(text), fundingSplit: { wmo: 1,")
    ])
  }

  static func errors(costsByAge text: String) throws -> [ScenarioError] {
    ScenarioValidationTests.errors(in: try ladder(costsByAge: text))
  }

  @Test func bandsAreReadPerPayer() throws {
    let text = try Self.ladder(
      costsByAge: """
        { zvw: [ { fromAge: 65, factor: 1 }, { fromAge: 80, factor: { value: 1.45, \
        range: [1.2, 1.7], source: "assumption" } } ], wlz: [ { fromAge: 85, factor: 1.2 } ] }
        """)
    let scenario = try Scenario.parse(Data(text.utf8), file: ScenarioValidationTests.file)
    #expect(
      scenario.parameters.costsByAge
        == CareCostsByAge(bands: [
          .zvw: [.init(fromAge: 65, factor: 1), .init(fromAge: 80, factor: 1.45)],
          .wlz: [.init(fromAge: 85, factor: 1.2)],
        ]))
    #expect(scenario.ranges["costsByAge.zvw.1.factor"] == 1.2...1.7)
    // A factor is a parameter path like any other number.
    let varied = try scenario.setting([("costsByAge.zvw.1.factor", 1.6)])
    #expect(varied.parameters.costsByAge.factor(.zvw, atAge: 90) == 1.6)
  }

  @Test func absentCostsDoNotChangeWithAge() throws {
    let text = try ScenarioValidationTests.referenceLadderText()
    let scenario = try Scenario.parse(Data(text.utf8), file: ScenarioValidationTests.file)
    #expect(scenario.parameters.costsByAge == .none)
  }

  /// A bad band: the field, and what is allowed there.
  @Test(arguments: [
    (
      "{ zvw: [ { fromAge: 80, factor: 1.4 }, { fromAge: 70, factor: 1 } ] }",
      "costsByAge.zvw.1.fromAge", "70 must be above the previous band's 80"
    ),
    (
      "{ zvw: [ { fromAge: 80.5, factor: 1.4 } ] }", "costsByAge.zvw.0.fromAge",
      "expected a whole number in 0...130"
    ),
    (
      "{ wlz: [ { fromAge: 131, factor: 1.4 } ] }", "costsByAge.wlz.0.fromAge",
      "131 is out of range; allowed [0, 130]"
    ),
    (
      "{ wmo: [ { fromAge: 80, factor: -1 } ] }", "costsByAge.wmo.0.factor",
      "-1 is out of range; allowed [0, 1000]"
    ),
    ("{ wmo: [ { fromAge: 80 } ] }", "costsByAge.wmo.0.factor", "missing; expected a number"),
    ("{ informal: [ { fromAge: 80, factor: 2 } ] }", "costsByAge.informal", "unknown key"),
    ("{ zvw: [] }", "costsByAge.zvw", "expected a non-empty array of bands"),
    ("{ zvw: 1.4 }", "costsByAge.zvw", "expected a non-empty array of bands"),
  ])
  func aBadBandIsNamed(text: String, field: String, message: String) throws {
    let errors = try Self.errors(costsByAge: text)
    try #require(errors.count == 1, "\(ScenarioErrors(errors))")
    #expect(errors[0].field == field)
    #expect(errors[0].description.contains(message), "\(errors[0])")
    #expect(errors[0].line != nil)
  }

  @Test func atMostSixteenAgesStartABand() throws {
    let bands = (60..<77).map { "{ fromAge: \($0), factor: 1.1 }" }.joined(separator: ", ")
    let errors = try Self.errors(costsByAge: "{ zvw: [ \(bands) ] }")
    #expect(errors.map(\.field) == ["costsByAge"])
    #expect(errors.first?.description.contains("at most 16") == true, "\(errors)")
  }
}
