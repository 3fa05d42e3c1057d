import CareSimTestSupport
import Foundation
import JSON5
import Testing

@testable import CareSimScenario

@Suite struct ScenarioTextEditTests {
  typealias Change = ScenarioTextEdit.Change

  static let text = """
    // A comment that must stay.
    {
      transitions: {
        independent: {
          dead: { value: 0.0008, range: [0.0005, 0.0012], source: 'assumption: "about" 1%' }, // tail
          institutional: 0.00004,
        },
      },
      "quoted": { /* before */ value /* mid */ : -1.5e-3, note: "n" },
      levels: [ { cost: { value: 4800, source: "x" } } ],
    }

    """

  @Test func replacesTheValueAndSourceAndKeepsEverythingElse() throws {
    let edited = try ScenarioTextEdit.applying(
      [Change(path: "transitions.independent.dead", number: "0.00123", source: "calibrated")],
      to: Self.text)
    let expected = Self.text.replacingOccurrences(
      of: #"value: 0.0008, range: [0.0005, 0.0012], source: 'assumption: "about" 1%'"#,
      with: #"value: 0.00123, range: [0.0005, 0.0012], source: "calibrated""#)
    #expect(edited == expected)
  }

  @Test func turnsABareNumberIntoASourcedOne() throws {
    let edited = try ScenarioTextEdit.applying(
      [Change(path: "transitions.independent.institutional", number: "5e-05", source: "fit")],
      to: Self.text)
    #expect(edited.contains(#"institutional: { value: 5e-05, source: "fit" },"#))
  }

  /// A member the number lacks goes after the one before it in the files' order (value, range,
  /// distribution, note, source): a source after the note.
  @Test func addsASourceWhereTheNumberHadNone() throws {
    let edited = try ScenarioTextEdit.applying(
      [Change(path: "quoted", number: "2", source: "a \"quoted\" \\ source")], to: Self.text)
    #expect(
      edited.contains(
        #""quoted": { /* before */ value /* mid */ : 2, note: "n", source: "a \"quoted\" \\ source" }"#
      ))
  }

  /// A range (an array) and a distribution (an object) are replaced where they stand or added in
  /// order; a bare number takes every member; doing it again changes nothing.
  @Test func replacesAndAddsTheMembersThatDescribeANumber() throws {
    let members: [(key: String, text: String)] = [
      ("source", #""fit""#), ("range", "[0.0007, 0.0011]"),
      ("distribution", #"{ type: "beta", alpha: 9, beta: 9991 }"#), ("note", #""posterior""#),
    ]
    let changes = [
      Change(path: "transitions.independent.dead", number: "0.0009", members: members),
      Change(path: "transitions.independent.institutional", number: "5e-05", members: members),
    ]
    let edited = try ScenarioTextEdit.applying(changes, to: Self.text)
    #expect(
      edited.contains(
        #"dead: { value: 0.0009, range: [0.0007, 0.0011], distribution: { type: "beta", "#
          + #"alpha: 9, beta: 9991 }, note: "posterior", source: "fit" }, // tail"#))
    #expect(
      edited.contains(
        #"institutional: { value: 5e-05, range: [0.0007, 0.0011], distribution: { type: "#
          + #""beta", alpha: 9, beta: 9991 }, note: "posterior", source: "fit" },"#))
    #expect(try ScenarioTextEdit.applying(changes, to: edited) == edited)
  }

  /// A top-level member is added at the object's end after its comment, on a line after the
  /// last member's (which gets a comma where it had none), or replaced where it stands.
  @Test func setsATopLevelMember() throws {
    let noTrailingComma = "{\n  a: 1,\n  b: { c: 2 } // last\n}\n"
    let added = try ScenarioTextEdit.settingTopLevelMember(
      "block", to: "{\n    x: [1, 2],\n  }", comment: "Why.", in: noTrailingComma)
    #expect(
      added
        == "{\n  a: 1,\n  b: { c: 2 }, // last\n\n  // Why.\n  block: {\n    x: [1, 2],\n  },\n}\n")
    let replaced = try ScenarioTextEdit.settingTopLevelMember(
      "block", to: "{ x: [3] }", comment: "Why.", in: added)
    #expect(
      replaced == added.replacingOccurrences(of: "{\n    x: [1, 2],\n  }", with: "{ x: [3] }"))
    #expect(throws: ScenarioTextEdit.Failure.misplaced(path: "block")) {
      try ScenarioTextEdit.settingTopLevelMember("block", to: "{", comment: "", in: added)
    }
  }

  @Test func editsInsideArraysAndSeveralAtOnce() throws {
    let edited = try ScenarioTextEdit.applying(
      [
        Change(path: "levels.0.cost", number: "5000", source: "s1"),
        Change(path: "transitions.independent.dead", number: "0.001", source: "s2"),
      ], to: Self.text)
    let json = try JSONValue.parse(Data(edited.utf8))
    #expect(json.value(at: "levels.0.cost.value")?.numberValue == 5000)
    #expect(json.value(at: "levels.0.cost.source")?.stringValue == "s1")
    #expect(json.value(at: "transitions.independent.dead.value")?.numberValue == 0.001)
    #expect(edited.hasPrefix("// A comment that must stay."))
    #expect(edited.contains("}, // tail"))
  }

  @Test func refusesAPathWithoutANumber() {
    #expect(throws: ScenarioTextEdit.Failure.noNumber(path: "transitions.independent")) {
      try ScenarioTextEdit.applying(
        [Change(path: "transitions.independent", number: "1", source: "s")], to: Self.text)
    }
    #expect(throws: ScenarioTextEdit.Failure.noNumber(path: "nowhere")) {
      try ScenarioTextEdit.applying(
        [Change(path: "nowhere", number: "1", source: "s")], to: Self.text)
    }
  }

  @Test func keepsLinesCountedAsTheReaderCountsThem() throws {
    let crlf = Self.text.replacingOccurrences(of: "\n", with: "\r\n")
    let edited = try ScenarioTextEdit.applying(
      [Change(path: "levels.0.cost", number: "1", source: "s")], to: crlf)
    #expect(
      edited
        == crlf.replacingOccurrences(
          of: #"value: 4800, source: "x""#, with: #"value: 1, source: "s""#))
  }

  @Test func editsTheShippedDefaultScenarioWithoutTouchingAnythingElse() throws {
    let text = try String(
      contentsOf: RepositoryFiles.scenario("neighbourhood.json"), encoding: .utf8)
    let edited = try ScenarioTextEdit.applying(
      [
        Change(path: "transitions.independent.dead", number: "0.0009", source: "calibrated"),
        Change(path: "covariates.agePerYear.death", number: "1.1", source: "calibrated"),
      ], to: text)
    let before = text.split(separator: "\n", omittingEmptySubsequences: false)
    let after = edited.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(before.count == after.count)
    let changed = zip(before, after).filter { $0 != $1 }
    #expect(changed.count == 2)
  }
}
