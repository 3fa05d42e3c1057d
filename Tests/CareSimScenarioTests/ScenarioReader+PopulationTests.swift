import CareSimCore
import CareSimScenario
import Foundation
import Testing

/// `population.entrants` in a scenario file: read, defaulted to the initial population's mix, and
/// checked (STYLE.md conventions 8 and 9).
@Suite struct ScenarioReaderPopulationTests {
  typealias Edit = ScenarioValidationTests.Edit

  /// The reference ladder with `population.entrants` set to `text`.
  static func ladder(entrants text: String) throws -> String {
    try ScenarioValidationTests.editedReferenceLadder([
      Edit(
        "population: { initialNeed: { independent: 1 } },",
        "population: { femaleShare: 0.53, livingAloneShare: 0.3, initialNeed: { independent: 1 }, "
          + "entrants: \(text) },")
    ])
  }

  static func scenario(entrants text: String) throws -> Scenario {
    try Scenario.parse(Data(try ladder(entrants: text).utf8), file: ScenarioValidationTests.file)
  }

  static func errors(entrants text: String) throws -> [ScenarioError] {
    ScenarioValidationTests.errors(in: try ladder(entrants: text))
  }

  /// Every field but the rate defaults to the initial population's.
  @Test func entrantsDefaultToTheInitialMix() throws {
    let scenario = try Self.scenario(
      entrants: "{ perMonth: { value: 4.2, range: [3, 5], source: \"assumption\" }, "
        + "ageBands: [ { from: 65, to: 66, share: 1 } ], "
        + "initialNeed: { independent: 0.9, multipleProblems: 0.1 } }")
    let parameters = scenario.parameters
    let entrants = try #require(parameters.entrants)
    #expect(entrants.perMonth == 4.2)
    #expect(entrants.profile.ageBands == [.init(minimumAge: 65, maximumAge: 66, share: 1)])
    #expect(entrants.profile.initialNeedShares == [0.9, 0.1, 0, 0, 0])
    #expect(entrants.profile.femaleShare == 0.53 && entrants.profile.livingAloneShare == 0.3)
    var mix = parameters.population
    mix.ageBands = entrants.profile.ageBands
    mix.initialNeedShares = entrants.profile.initialNeedShares
    #expect(entrants.profile == mix)
    #expect(scenario.ranges["population.entrants.perMonth"] == 3...5)
    // The rate is a parameter path like any other number; 0 closes the population.
    let closed = try scenario.setting([("population.entrants.perMonth", 0)])
    #expect(closed.parameters.entrants == nil)
  }

  @Test func withoutEntrantsThePopulationIsClosed() throws {
    let text = try ScenarioValidationTests.referenceLadderText()
    let scenario = try Scenario.parse(Data(text.utf8), file: ScenarioValidationTests.file)
    #expect(scenario.parameters.entrants == nil)
    #expect(try Self.scenario(entrants: "{ perMonth: 0 }").parameters.entrants == nil)
  }

  /// A bad field of the entrants: the field, and what is allowed there.
  @Test(arguments: [
    (
      "{ ageBands: [ { from: 65, to: 66, share: 1 } ] }", "population.entrants.perMonth",
      "missing; expected a number in [0, 1000000]"
    ),
    (
      "{ perMonth: -1 }", "population.entrants.perMonth", "-1 is out of range; allowed [0, 1000000]"
    ),
    (
      "{ perMonth: 2, initialNeed: { independent: 0.5 } }", "population.entrants.initialNeed",
      "shares sum to 0.5; they must sum to 1"
    ),
    (
      "{ perMonth: 2, initialNeed: { independent: 0.5, dead: 0.5 } }",
      "population.entrants.initialNeed.dead", "residents cannot start dead"
    ),
    (
      "{ perMonth: 2, femaleShare: 1.5 }", "population.entrants.femaleShare",
      "1.5 is out of range; allowed [0, 1]"
    ),
    (
      "{ perMonth: 2, ageBands: [ { from: 70, to: 65, share: 1 } ] }",
      "population.entrants.ageBands.0", "'to' (65.0) is below 'from' (70.0)"
    ),
    ("{ perMonth: 2, arrivals: 3 }", "population.entrants.arrivals", "unknown key"),
    // A share read as a stand-in (out of range, or in a band that is not an object) is the
    // one error: its mix's sum would be a second, false one.
    (
      "{ perMonth: 2, initialNeed: { independent: 1.5 } }",
      "population.entrants.initialNeed.independent", "1.5 is out of range; allowed [0, 1]"
    ),
    (
      "{ perMonth: 2, ageBands: [ { from: 65, to: 66, share: 1.5 } ] }",
      "population.entrants.ageBands.0.share", "1.5 is out of range; allowed [0, 1]"
    ),
    ("{ perMonth: 2, ageBands: [ 7 ] }", "population.entrants.ageBands.0", "expected an object"),
    // 1,000 residents at the start and 9,000 a month for 120 months pass the limit.
    (
      "{ perMonth: 9000 }", "population.entrants.perMonth",
      "brings 1080000 entrants in 120 months; with 1000 residents at the start at most 1000000"
    ),
  ])
  func aBadFieldIsNamed(text: String, field: String, message: String) throws {
    let errors = try Self.errors(entrants: text)
    try #require(errors.count == 1, "\(ScenarioErrors(errors))")
    #expect(errors[0].field == field)
    #expect(errors[0].description.contains(message), "\(errors[0])")
    #expect(errors[0].line != nil)
  }
}

/// A share whose value is read as written, beside an error of its own (here its source), still
/// counts in its mix's sum: a mix that does not sum to 1 is reported too.
@Suite struct ScenarioReaderShareSumTests {
  @Test func aShareWithABadSourceStillCountsInItsSum() throws {
    let errors = try ScenarioReaderPopulationTests.errors(
      entrants: "{ perMonth: 2, initialNeed: { independent: { value: 0.5, source: \"\" } } }")
    #expect(
      errors.map(\.field).sorted()
        == [
          "population.entrants.initialNeed", "population.entrants.initialNeed.independent.source",
        ],
      "\(ScenarioErrors(errors))")
  }
}

/// `population.entrants.perThousandResidentsPerMonth`: the entrants as a rate of the residents.
@Suite struct ScenarioReaderEntrantsPerThousandTests {
  typealias Population = ScenarioReaderPopulationTests

  /// Four a month per 1,000 residents: 4 a month for the ladder's 1,000, 8 for 2,000.
  @Test func entrantsPerThousandScaleWithTheResidents() throws {
    let scenario = try Population.scenario(entrants: "{ perThousandResidentsPerMonth: 4 }")
    #expect(scenario.parameters.entrants?.perMonth == 4)
    let doubled = try scenario.setting([("simulation.residents", 2000)])
    #expect(doubled.parameters.entrants?.perMonth == 8)
  }

  @Test func entrantsAreGivenOneWayOnly() throws {
    let errors = try Population.errors(
      entrants: "{ perMonth: 4, perThousandResidentsPerMonth: 4 }")
    let error = try #require(errors.first)
    #expect(errors.count == 1)
    #expect(error.field == "population.entrants.perThousandResidentsPerMonth")
    #expect(error.description.contains("either 'perMonth'"), "\(error.description)")
  }

  @Test func entrantsPerThousandStayInRange() throws {
    let errors = try Population.errors(entrants: "{ perThousandResidentsPerMonth: 1001 }")
    #expect(errors.map(\.field) == ["population.entrants.perThousandResidentsPerMonth"])
    #expect(errors.first?.description.contains("1000") == true, "\(errors)")
  }
}
