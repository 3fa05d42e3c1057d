import Foundation
import JSON5
import Testing

@testable import CareSimScenario

/// The merge of a file's members over its base's: objects by member, every other value whole, a
/// sourced number whole, `null` removing a base's member; and where each merged value stands.
@Suite struct ScenarioDocumentMergeTests {
  /// `override` merged over `base`, parsed as the files `over.json` and `base.json`.
  static func merge(_ override: String, over base: String) throws
    -> (json: JSONValue, sourceMap: SourceMap)
  {
    let parsedBase = try JSONValue.parseWithSourceMap(Data(base.utf8))
    let parsedOverride = try JSONValue.parseWithSourceMap(Data(override.utf8))
    return ScenarioDocument.merged(
      (parsedOverride.value, parsedOverride.sourceMap.attributed(to: "over.json")),
      over: (parsedBase.value, parsedBase.sourceMap.attributed(to: "base.json")))
  }

  /// The file and line a merged value stands at.
  static func place(_ path: String, in sourceMap: SourceMap) -> String? {
    sourceMap.position(at: path).map { "\(sourceMap.nearest(to: path).file ?? "?"):\($0.line)" }
  }

  @Test func objectsMergeMemberByMemberAtEveryDepth() throws {
    let base = """
      {
        a: { x: 1, y: 2, deeper: { p: 1, q: 2 } },
        b: 3,
      }
      """
    let override = """
      {
        a: { y: 20, deeper: { q: 30 }, z: 40 },
      }
      """
    let (json, sourceMap) = try Self.merge(override, over: base)
    #expect(
      json
        == (try JSONValue.parse(Data("{a: {x: 1, y: 20, deeper: {p: 1, q: 30}, z: 40}, b: 3}".utf8)))
    )
    #expect(Self.place("a.x", in: sourceMap) == "base.json:2")
    #expect(Self.place("a.y", in: sourceMap) == "over.json:2")
    #expect(Self.place("a.deeper.p", in: sourceMap) == "base.json:2")
    #expect(Self.place("a.deeper.q", in: sourceMap) == "over.json:2")
    #expect(Self.place("b", in: sourceMap) == "base.json:3")
    // A merged object stands where the override writes it: a missing member is added there.
    #expect(Self.place("a", in: sourceMap) == "over.json:2")
    #expect(Self.place("", in: sourceMap) == "over.json:1")
  }

  @Test func numbersStringsArraysAndTypeChangesReplaceWhole() throws {
    let base = """
      {
        n: 1, s: "base", list: [1, 2, 3],
        levels: [{ name: "a", utility: 0.8 }, { name: "b", utility: 0.6 }],
        o: { k: 1 },
      }
      """
    let override = """
      {
        s: "over", list: [9],
        levels: [{ name: "a" }],
        o: 5,
      }
      """
    let (json, sourceMap) = try Self.merge(override, over: base)
    #expect(
      json
        == (try JSONValue.parse(
          Data("{n: 1, s: 'over', list: [9], levels: [{name: 'a'}], o: 5}".utf8))))
    #expect(Self.place("list.0", in: sourceMap) == "over.json:2")
    #expect(Self.place("levels.0.name", in: sourceMap) == "over.json:3")
    #expect(Self.place("levels.1", in: sourceMap) == nil)
    #expect(Self.place("n", in: sourceMap) == "base.json:2")
  }

  /// An object with a `value` member, in either file, is replaced whole: an override's range
  /// and source never mix with the base's.
  @Test(arguments: [
    ("{ r: { value: 0.7, source: 'over' } }", "{ r: { value: 0.7, source: 'over' } }"),
    ("{ r: { range: [0, 1] } }", "{ r: { range: [0, 1] } }"),
    ("{ r: 0.7 }", "{ r: 0.7 }"),
  ])
  func aSourcedNumberIsReplacedWhole(override: String, expected: String) throws {
    let base = "{ r: { value: 0.85, range: [0.7, 1], source: 'base' } }"
    let (json, sourceMap) = try Self.merge(override, over: base)
    #expect(json == (try JSONValue.parse(Data(expected.utf8))))
    #expect(sourceMap.nearest(to: "r").file == "over.json")
    // The other way round: a sourced override of a bare number or an object is whole too.
    let (reverse, _) = try Self.merge(base, over: override)
    #expect(reverse == (try JSONValue.parse(Data(base.utf8))))
  }

  @Test func nullRemovesAMemberTheBaseHolds() throws {
    let (json, sourceMap) = try Self.merge(
      "{ a: { x: null }, b: null }", over: "{ a: { x: 1, y: 2 }, b: { c: 3 }, d: 4 }")
    #expect(json == (try JSONValue.parse(Data("{ a: { y: 2 }, d: 4 }".utf8))))
    #expect(sourceMap.position(at: "a.x") == nil)
    #expect(sourceMap.position(at: "b") == nil)
  }

  /// A null for a member the base does not hold stays, where the override writes it, so that
  /// validation reports a misspelt name there.
  @Test func nullForAMemberTheBaseLacksStays() throws {
    let (json, sourceMap) = try Self.merge(
      "{\n  a: { misspelt: null },\n}", over: "{ a: { x: 1 } }")
    #expect(json == (try JSONValue.parse(Data("{ a: { x: 1, misspelt: null } }".utf8))))
    #expect(Self.place("a.misspelt", in: sourceMap) == "over.json:2")
  }
}
