import CareSimCore
import CareSimTestSupport
import Foundation
import JSON5
import Testing

@testable import CareSimScenario

/// A scenario read from a file, from text or from a parsed document: its hash, its parts and the
/// name its errors give.
@Suite struct ScenarioTests {
  static let url = RepositoryFiles.scenario("reference-ladder.json")

  /// Read from text, the hash is that of the bytes, so that any change to the file, a comment
  /// included, names another input.
  @Test func theHashOfAFileIsTheHashOfItsBytes() throws {
    let data = try Data(contentsOf: Self.url)
    let scenario = try Scenario.parse(data, file: "ladder.json")
    #expect(scenario.hash == StableHash.hexDigest(data))
    let commented = try Scenario.parse(Data("// note\n".utf8) + data, file: "ladder.json")
    #expect(commented.hash != scenario.hash)
    #expect(commented.parameters == scenario.parameters)
  }

  /// Read from a document, the hash is that of its compact encoding, and the scenario is the one
  /// the text gives.
  @Test func theHashOfADocumentIsTheHashOfItsEncoding() throws {
    let data = try Data(contentsOf: Self.url)
    let json = try JSONValue.parse(data)
    let scenario = try Scenario.read(json, file: "ladder.json")
    #expect(scenario.hash == StableHash.hexDigest(json.encoded(prettyPrinted: false)))
    let fromText = try Scenario.parse(data, file: "ladder.json")
    #expect(scenario.parameters == fromText.parameters)
    #expect(scenario.metadata == fromText.metadata)
    #expect(scenario.json == fromText.json)
    // Only text has lines.
    #expect(fromText.sourceMap != nil && scenario.sourceMap == nil)
  }

  @Test func aScenarioKeepsWhatReportsShowAndCite() throws {
    let scenario = try Scenario.load(from: Self.url, name: "Scenarios/reference-ladder.json")
    #expect(scenario.file == "Scenarios/reference-ladder.json")
    #expect(scenario.metadata.title == "Reference ladder (Markov cohort check)")
    #expect(scenario.metadata.titleNL == "Referentieladder (controle met een Markov-cohort)")
    #expect(scenario.metadata.title(dutch: true) == scenario.metadata.titleNL)
    #expect(scenario.identity.json.value(at: "titleNL")?.stringValue == scenario.metadata.titleNL)
    #expect(
      scenario.metadata.studyNL
        == "Synthetisch referentiegeval; zorgkosten uit LPBL, MKBA WIJ-teams Groningen (2018)")
    #expect(scenario.identity.study(dutch: true) == scenario.metadata.studyNL)
    #expect(scenario.identity.json.value(at: "studyNL")?.stringValue == scenario.metadata.studyNL)
    #expect(scenario.metadata.year == 2018 && scenario.metadata.currencyYear == 2018)
    #expect(scenario.metadata.region == nil)
    #expect(scenario.runDefaults == Scenario.RunDefaults(replications: 1000, seed: 20_261_123))
    #expect(scenario.sources["valuePerQALY"]?.hasPrefix("LPBL, MKBA WIJ-teams Groningen") == true)
    #expect(scenario.allowedRanges["simulation.months"] == 1...600)
    #expect(scenario.bases.isEmpty && scenario.workshop == nil && scenario.calibration == nil)
  }

  /// A Dutch title, study or description is text: anything else is refused, naming its field,
  /// and a misspelt one is refused with the fields allowed; a file without a Dutch title or study
  /// keeps its English ones for Dutch readers too.
  @Test func aDutchTitleIsTextAndOptional() throws {
    let ladder = try String(contentsOf: Self.url, encoding: .utf8)
    let studyNL =
      "studyNL: \"Synthetisch referentiegeval; zorgkosten uit LPBL, MKBA WIJ-teams "
      + "Groningen (2018)\","
    #expect(ladder.contains(studyNL))
    let bad = ladder.replacingOccurrences(
      of: "titleNL: \"Referentieladder (controle met een Markov-cohort)\"",
      with: "titleNL: 5, descriptionNL: true"
    ).replacingOccurrences(of: studyNL, with: "studyNL: [], studyNl: \"studie\",")
    #expect(bad != ladder)
    let errors = try #require(throws: ScenarioErrors.self) {
      try Scenario.parse(Data(bad.utf8), file: "ladder.json")
    }
    let fields = Set(errors.errors.map(\.field))
    #expect(
      fields == [
        "metadata.titleNL", "metadata.descriptionNL", "metadata.studyNL", "metadata.studyNl",
      ], "\(errors)")
    let misspelt = try #require(errors.errors.first { $0.field == "metadata.studyNl" })
    #expect(
      misspelt.description.hasSuffix(
        "unknown key; allowed here: currencyYear, description, descriptionNL, region, study, "
          + "studyNL, title, titleNL, year"), "\(misspelt)")
    let without = ladder.replacingOccurrences(
      of: "titleNL: \"Referentieladder (controle met een Markov-cohort)\",", with: ""
    ).replacingOccurrences(of: studyNL, with: "")
    let english = try Scenario.parse(Data(without.utf8), file: "ladder.json")
    #expect(english.metadata.title(dutch: true) == "Reference ladder (Markov cohort check)")
    #expect(english.identity.study(dutch: true) == english.metadata.study)
    #expect(english.identity.json.value(at: "titleNL") == nil)
    #expect(english.identity.json.value(at: "studyNL") == nil)
  }

  /// Without a name, a file is named by its path; with one, as the user gave it.
  @Test func errorsNameTheFileAsGiven() throws {
    try withTemporaryDirectory { folder in
      let url = folder.appendingPathComponent("bad.json")
      try Data("{ simulation: 1 }".utf8).write(to: url)
      let named = try #require(throws: ScenarioErrors.self) {
        try Scenario.load(from: url, name: "my/bad.json")
      }
      #expect(named.errors.allSatisfy { $0.file == "my/bad.json" })
      let unnamed = try #require(throws: ScenarioErrors.self) { try Scenario.load(from: url) }
      #expect(unnamed.errors.allSatisfy { $0.file == url.path })
      #expect(
        named.errors.first { $0.field == "simulation" }?.description
          == "my/bad.json:1: simulation: expected an object, found number")
    }
  }

  /// A file that extends others records each, its own base first, with the hash of its bytes.
  @Test func aFileThatExtendsOthersRecordsItsBases() throws {
    let url = RepositoryFiles.root.appendingPathComponent("Scenarios/workshop/who-pays.json")
    let scenario = try Scenario.load(from: url, name: "Scenarios/workshop/who-pays.json")
    #expect(
      scenario.bases.map(\.file) == [
        "Scenarios/workshop/bases/dordrecht-programme.json", "Scenarios/neighbourhood.json",
      ])
    for base in scenario.bases {
      let bytes = try Data(contentsOf: RepositoryFiles.root.appendingPathComponent(base.file))
      #expect(base.hash == StableHash.hexDigest(bytes), "\(base.file)")
    }
    #expect(scenario.metadata.title == "Workshop: Who pays, who saves? (WIJ Dordrecht)")
  }
}
