import CareSimTestSupport
import Foundation
import JSON5
import Testing

@testable import CareSimScenario

/// The figures no study gives, listed for reports, and the provenance every result names.
@Suite struct ScenarioAssumptionsTests {
  typealias Edit = ScenarioValidationTests.Edit

  /// The reference ladder with two assumed figures, one with a range, and no study.
  static func scenario() throws -> Scenario {
    let text = try ScenarioValidationTests.editedReferenceLadder([
      Edit(
        "valuePerQALY: { value: 50000, source: \"LPBL",
        "valuePerQALY: { value: 50000, range: [20000, 80000], source: \"Assumption: the middle, LPBL"
      ),
      Edit("utility: 0.85,", "utility: { value: 0.85, source: \"an assumption of this test\" },"),
      Edit(
        "    study: \"Synthetic reference case; care costs from LPBL, MKBA WIJ-teams Groningen (2018)\", "
          + "studyNL: \"Synthetisch referentiegeval; zorgkosten uit LPBL, MKBA WIJ-teams Groningen "
          + "(2018)\",\n",
        ""),
    ])
    return try Scenario.parse(Data(text.utf8), file: "ladder.json")
  }

  /// Every sourced number whose source says "assumption", in any case, by path; sourced numbers
  /// that cite a study are not among them.
  @Test func assumedFiguresAreListedByPath() throws {
    let scenario = try Self.scenario()
    let valuePerQALY = try #require(scenario.sources["valuePerQALY"])
    #expect(
      scenario.assumptions == [
        Scenario.Assumption(
          path: "needLevels.0.utility", value: 0.85, range: nil,
          source: "an assumption of this test"),
        Scenario.Assumption(
          path: "valuePerQALY", value: 50000, range: 20000...80000, source: valuePerQALY),
      ])
    #expect(scenario.sources.count > scenario.assumptions.count)
  }

  @Test func theShippedReferenceLadderAssumesNothing() throws {
    let scenario = try Scenario.load(from: RepositoryFiles.scenario("reference-ladder.json"))
    #expect(scenario.assumptions.isEmpty)
    #expect(scenario.provenanceJSON["assumptions"] == .array([]))
  }

  /// The scenario's file, title, hash and study (null without one), its levels' labels, and each
  /// assumption with its range (null without one); no `extends` for a file that extends nothing.
  @Test func provenanceNamesTheScenarioAndItsAssumptions() throws {
    let scenario = try Self.scenario()
    let valuePerQALY = try #require(scenario.sources["valuePerQALY"])
    #expect(
      scenario.provenanceJSON == [
        "scenario": .object([
          "file": .string("ladder.json"),
          "title": .string("Reference ladder (Markov cohort check)"),
          "titleNL": .string("Referentieladder (controle met een Markov-cohort)"),
          "hash": .string(scenario.hash), "study": .null,
        ]),
        "levels": .array(
          [
            ("independent", "independent", "zelfredzaam"),
            ("multipleProblems", "multiple problems", "meervoudige problemen"),
            ("notSelfReliant", "not self-reliant", "niet zelfredzaam"),
            ("institutional", "institutional care", "intramurale zorg"),
            ("dead", "dead", "overleden"),
          ].map { name, label, labelNL in
            .object([
              "name": .string(name), "label": .string(label), "labelNL": .string(labelNL),
            ])
          }),
        "assumptions": .array([
          .object([
            "path": .string("needLevels.0.utility"), "value": .number(0.85), "range": .null,
            "source": .string("an assumption of this test"),
          ]),
          .object([
            "path": .string("valuePerQALY"), "value": .number(50000),
            "range": .array([.number(20000), .number(80000)]), "source": .string(valuePerQALY),
          ]),
        ]),
      ])
  }
}
