import CareSimCore
import CareSimScenario
import Foundation
import Testing

/// A population's age bands with their own `initialNeed`: the population's mix is required only
/// when some band lacks one, and refused when every band has one (it would never be read); the
/// entrants inherit the bands' mixes unless they give their own `initialNeed`, which replaces
/// them (STYLE.md conventions 8 and 9).
@Suite struct ScenarioReaderBandNeedTests {
  typealias Edit = ScenarioValidationTests.Edit

  static let young = "initialNeed: { independent: 1 }"
  static let old = "initialNeed: { notSelfReliant: 0.5, institutional: 0.5 }"
  static let mix = "initialNeed: { independent: 0.8, multipleProblems: 0.2 }"

  /// Two bands, 65-75 and 75-95, each with `first` and `second` inside (a mix or nothing).
  static func bands(_ first: String, _ second: String) -> String {
    "ageBands: [ { from: 65, to: 75, share: 0.6, \(first) }, "
      + "{ from: 75, to: 95, share: 0.4, \(second) } ]"
  }

  /// The reference ladder with `population` set to `{ text }`.
  static func ladder(population text: String) throws -> String {
    try ScenarioValidationTests.editedReferenceLadder([
      Edit("population: { initialNeed: { independent: 1 } },", "population: { \(text) },")
    ])
  }

  static func population(_ text: String) throws -> ScenarioParameters {
    try Scenario.parse(
      Data(try ladder(population: text).utf8), file: ScenarioValidationTests.file
    ).parameters
  }

  /// The one error `text` gives, after checking that it names the file and its line.
  static func singleError(_ text: String, sourceLocation: SourceLocation = #_sourceLocation)
    throws -> ScenarioError
  {
    let errors = ScenarioValidationTests.errors(in: try ladder(population: text))
    try #require(
      errors.count == 1, "\(ScenarioErrors(errors))", sourceLocation: sourceLocation)
    #expect(errors[0].file == ScenarioValidationTests.file, sourceLocation: sourceLocation)
    #expect(errors[0].line != nil, sourceLocation: sourceLocation)
    return errors[0]
  }

  /// Every band with its own mix, and none for the population: each band starts with its own.
  @Test func everyBandWithItsOwnMixNeedsNoPopulationMix() throws {
    let parameters = try Self.population(Self.bands(Self.young, Self.old))
    let population = parameters.population
    #expect(
      population.ageBands.map(\.initialNeedShares) == [[1, 0, 0, 0, 0], [0, 0, 0.5, 0.5, 0]])
    #expect(population.initialNeedShares(ageBand: 0) == [1, 0, 0, 0, 0])
    #expect(population.initialNeedShares(ageBand: 1) == [0, 0, 0.5, 0.5, 0])
  }

  /// The engine starts each resident with the mix of the band it was drawn from: in the first
  /// month nobody under 75 is in an institution, and of those over it about half are.
  @Test func residentsStartWithTheirBandsMix() throws {
    var parameters = try Self.population(
      Self.bands(Self.young, "initialNeed: { institutional: 1 }"))
    parameters.months = 1
    let profile = Simulation(parameters: parameters).controlArmProfile(seed: 7, replication: 0)
    let young = profile.total { _, _, band in band < 2 }
    let old = profile.total { _, _, band in band >= 2 }
    #expect(young.livingMonths > 0 && young.institutionalMonths == 0)
    #expect(old.livingMonths > 0 && old.institutionalMonths == old.livingMonths)
    #expect(young.livingMonths + old.livingMonths == parameters.residents)
  }

  /// A band without a mix takes the population's, which is then required; without it, the
  /// error names the band that lacks a mix (the key the file lacks), and what would do instead.
  @Test func aBandWithoutAMixTakesThePopulations() throws {
    let population = try Self.population(Self.bands(Self.old, "") + ", " + Self.mix).population
    #expect(population.ageBands.map(\.initialNeedShares) == [[0, 0, 0.5, 0.5, 0], nil])
    #expect(population.initialNeedShares(ageBand: 1) == [0.8, 0.2, 0, 0, 0])
    let error = try Self.singleError(Self.bands(Self.old, ""))
    #expect(error.field == "population.ageBands.1.initialNeed")
    #expect(
      error.description.contains(
        "missing; expected a need mix as the other bands give, or population.initialNeed for "
          + "every band without one"),
      "\(error)")
    // Without any band's own mix, the population's is the one the file lacks.
    let none = try Self.singleError(Self.bands("", ""))
    #expect(none.field == "population.initialNeed")
    #expect(none.description.contains("missing; expected an object"), "\(none)")
  }

  /// With every band's own mix given, the population's would never be read: refused.
  @Test func aPopulationMixThatIsNeverReadIsRefused() throws {
    let error = try Self.singleError(Self.bands(Self.young, Self.old) + ", " + Self.mix)
    #expect(error.field == "population.initialNeed")
    #expect(
      error.description.contains(
        "every age band gives its own initialNeed, so this one is never read"),
      "\(error)")
  }

  /// A band's mix is checked as the population's is.
  @Test func aBandsMixIsChecked() throws {
    let error = try Self.singleError(
      Self.bands(Self.young, "initialNeed: { independent: 0.5 }"))
    #expect(error.field == "population.ageBands.1.initialNeed")
    #expect(error.description.contains("shares sum to 0.5; they must sum to 1"), "\(error)")
  }

  /// Entrants without bands or a mix of their own inherit the bands with their mixes.
  @Test func entrantsInheritTheBandsMixes() throws {
    let parameters = try Self.population(
      Self.bands(Self.young, Self.old) + ", entrants: { perMonth: 2 }")
    let entrants = try #require(parameters.entrants)
    #expect(entrants.profile.ageBands == parameters.population.ageBands)
    #expect(entrants.profile.initialNeedShares(ageBand: 1) == [0, 0, 0.5, 0.5, 0])
  }

  /// An entrants' own mix replaces the bands' mixes they inherit: every entrant starts with it.
  @Test func anEntrantsMixReplacesTheInheritedBandsMixes() throws {
    let parameters = try Self.population(
      Self.bands(Self.young, Self.old) + ", entrants: { perMonth: 2, \(Self.mix) }")
    let entrants = try #require(parameters.entrants)
    #expect(entrants.profile.ageBands.map(\.minimumAge) == [65, 75])
    #expect(entrants.profile.ageBands.allSatisfy { $0.initialNeedShares == nil })
    for band in entrants.profile.ageBands.indices {
      #expect(entrants.profile.initialNeedShares(ageBand: band) == [0.8, 0.2, 0, 0, 0])
    }
    // The initial residents keep theirs.
    #expect(parameters.population.initialNeedShares(ageBand: 1) == [0, 0, 0.5, 0.5, 0])
  }

  /// The entrants' own bands follow the same rules: their mix is refused when every one of
  /// their bands has its own, and required when one lacks it and the population gives none.
  @Test func theEntrantsOwnBandsFollowTheSameRules() throws {
    let entrantBands = "ageBands: [ { from: 65, to: 66, share: 1, \(Self.young) } ]"
    let neverRead = try Self.singleError(
      Self.bands(Self.young, Self.old)
        + ", entrants: { perMonth: 2, \(entrantBands), \(Self.mix) }")
    #expect(neverRead.field == "population.entrants.initialNeed")
    #expect(neverRead.description.contains("never read"), "\(neverRead)")
    let missing = try Self.singleError(
      Self.bands(Self.young, Self.old)
        + ", entrants: { perMonth: 2, ageBands: [ { from: 65, to: 66, share: 1 } ] }")
    #expect(missing.field == "population.entrants.initialNeed")
    #expect(missing.description.contains("missing"), "\(missing)")
    // With a population mix, an entrants' band without its own takes that.
    let parameters = try Self.population(
      Self.bands(Self.old, "") + ", \(Self.mix)"
        + ", entrants: { perMonth: 2, ageBands: [ { from: 65, to: 66, share: 1 } ] }")
    let entrants = try #require(parameters.entrants)
    #expect(entrants.profile.initialNeedShares(ageBand: 0) == [0.8, 0.2, 0, 0, 0])
  }
}
