import CareSimTestSupport
import JSON5
import Testing

@testable import CareSimScenario

/// How a result names its scenario: the fields of the file and of the files it extends, and
/// their JSON.
@Suite struct ScenarioIdentityTests {
  /// A file that extends another names its own file, title and hash of the chain, and its base.
  @Test func aFileThatExtendsAnotherNamesItsBase() throws {
    let base = try Scenario.load(from: ScenarioDocumentTests.base)
    let variant = try Scenario.load(from: ScenarioDocumentTests.variant)
    let identity = variant.identity
    #expect(identity.file == variant.file)
    #expect(identity.title == variant.metadata.title)
    #expect(identity.hash == variant.hash)
    #expect(identity.bases.map(\.hash) == [base.hash])
    #expect(identity.json.value(at: "extends.0.hash") == .string(base.hash))
    #expect(variant.provenanceJSON["scenario"] == identity.json)
  }

  /// A study that is not there is written null; `extends` only where there are bases.
  @Test func theJSONWritesEveryFieldAndExtendsOnlyWithBases() {
    let identity = Scenario.Identity(file: "a.json", title: "A", hash: "h", study: nil, bases: [])
    #expect(
      identity.json
        == .object([
          "file": .string("a.json"), "title": .string("A"), "hash": .string("h"), "study": .null,
        ]))
  }
}
