import CareSimCore
import CareSimScenario
import Foundation
import Testing

/// Input a new user's typing makes, each refused with one error that names the field and what
/// is allowed there, and names from the file echoed printable (issue 21's findings).
@Suite struct ScenarioValidationInputTests {
  typealias Edit = ScenarioValidationTests.Edit

  /// A sourced number whose value is a string is said to be a string, not to be missing.
  @Test func aSourcedNumberGivenAsAStringSaysSo() throws {
    let error = try ScenarioValidationTests.singleError(
      Edit("residents: 1000,", #"residents: { value: "2500" },"#))
    #expect(error.field == "simulation.residents.value")
    #expect(
      error.kind == .wrongType(expected: "a number in [1, 1000000]", found: "string"), "\(error)")
  }

  /// A level's label is echoed in every report: one with a line break or a text-direction
  /// character is refused as a name is, and so is an empty one.
  @Test(arguments: [#"dead\n"#, #"dead\u202E"#, ""])
  func aLevelLabelThatCannotBePrintedIsRefused(label: String) throws {
    let errors = ScenarioValidationTests.errors(
      in: try ScenarioValidationTests.editedReferenceLadder([
        Edit(#"labelNL: "overleden""#, #"labelNL: "\#(label)""#)
      ]))
    let refusal = try #require(errors.first { $0.field == "needLevels.4.labelNL" })
    #expect(refusal.description.contains("is not a usable label"), "\(refusal)")
    #expect(errors.count == 1, "\(errors)")
  }

  /// A level name with a line break, a bidi override, an isolate or NUL is refused, and every
  /// error that names it (the keys that use it) prints it visibly on one line.
  @Test(arguments: [#"dead\n"#, #"dead\u202E"#, #"dead\u2067"#, #"dead\u0000"#, ""])
  func aLevelNameThatCannotBePrintedIsRefused(name: String) throws {
    let errors = ScenarioValidationTests.errors(
      in: try ScenarioValidationTests.editedReferenceLadder([
        Edit(#"name: "dead", kind: "dead""#, #"name: "\#(name)", kind: "dead""#)
      ]))
    let refusal = try #require(errors.first { $0.field == "needLevels.4.name" })
    #expect(refusal.description.contains("is not a usable name"), "\(refusal)")
    for error in errors {
      #expect(!error.description.contains("\n"), "\(error)")
      #expect(
        !error.description.unicodeScalars.contains {
          [0x00, 0x202E, 0x2067].contains($0.value)
        }, "\(error)")
    }
  }

  /// Entrants younger than 65 are outside the model, whose residents are 65 and over; so is an
  /// initial band.
  @Test func agesBelowSixtyFiveAreRefused() throws {
    let errors = ScenarioValidationTests.errors(
      in: try ScenarioValidationTests.editedReferenceLadder([
        Edit(
          "population: { initialNeed: { independent: 1 } },",
          "population: { initialNeed: { independent: 1 }, entrants: { perMonth: 2, "
            + "ageBands: [ { from: 50, to: 60, share: 1 } ] } },")
      ]))
    #expect(
      errors.map(\.description) == [
        "\(ScenarioValidationTests.file):59: population.entrants.ageBands.0.from: 50 is out of "
          + "range; allowed [65, 120]",
        "\(ScenarioValidationTests.file):59: population.entrants.ageBands.0.to: 60 is out of "
          + "range; allowed [65, 120]",
      ])
  }

  /// An age out of range is one error: its stand-in is not compared with the other age.
  @Test func anAgeOutOfRangeIsTheOnlyError() throws {
    let error = try ScenarioValidationTests.singleError(
      Edit(
        "population: { initialNeed: { independent: 1 } },",
        "population: { initialNeed: { independent: 1 }, ageBands: [ "
          + "{ from: 65, to: 75, share: 0.5 }, { from: 75, to: 85, share: 0.3 }, "
          + "{ from: 85, to: 130, share: 0.2 } ] },"))
    #expect(error.field == "population.ageBands.2.to")
    #expect(error.kind == .outOfRange(value: 130, allowed: "[65, 120]"), "\(error)")
  }

  /// A death hazard ratio of 0 would make the residents it applies to immortal.
  @Test(arguments: ["male", "loneliness", "agePerYear"])
  func aDeathHazardRatioOfZeroIsRefused(covariate: String) throws {
    let error = try ScenarioValidationTests.singleError(
      Edit(
        "population: { initialNeed: { independent: 1 } },",
        "population: { initialNeed: { independent: 1 } }, covariates: { \(covariate): "
          + "{ death: 0 } },"))
    #expect(error.field == "covariates.\(covariate).death")
    #expect(error.description.hasSuffix("0 is out of range; allowed (0, 1000]"), "\(error)")
  }

  /// So would a level's own ratio per year of age; other moves may be 0 (nobody is admitted).
  @Test func aLevelsDeathRatioOfZeroIsRefused() throws {
    let error = try ScenarioValidationTests.singleError(
      Edit(
        "population: { initialNeed: { independent: 1 } },",
        "population: { initialNeed: { independent: 1 } }, covariates: { agePerYearByLevel: "
          + "{ independent: { death: 0, admission: 0 } } },"))
    #expect(error.field == "covariates.agePerYearByLevel.independent.death")
    #expect(error.description.hasSuffix("allowed (0, 1000]"), "\(error)")
  }
}
