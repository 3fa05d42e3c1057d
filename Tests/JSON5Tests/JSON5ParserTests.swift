import CareSimCore
import CareSimTestSupport
import Foundation
import JSON5
import Testing

/// What Foundation's JSON5 reader, which CareSim used before its own, makes of `data`.
///
/// Test-only: it is the reference for well-formed input, where the two must agree.
private func foundationParse(_ data: Data) throws -> JSONValue {
  let decoder = JSONDecoder()
  decoder.allowsJSON5 = true
  return try decoder.decode(JSONValue.self, from: data)
}

/// Every shipped scenario and validation file, relative to the repository root.
private let shippedFiles: [String] = {
  let manager = FileManager.default
  return ["Scenarios", "Scenarios/validation"].flatMap { folder in
    let url = RepositoryFiles.root.appendingPathComponent(folder)
    let names = (try? manager.contentsOfDirectory(atPath: url.path)) ?? []
    return names.filter { $0.hasSuffix(".json") }.sorted().map { "\(folder)/\($0)" }
  }
}()

/// The document's structure: containers, members, literals and the end of the file, and the
/// errors that name where a structure breaks and where its missing closer probably belongs.
@Suite struct JSON5ParserTests {
  // MARK: Shipped files

  @Test func everyShippedFileIsFound() {
    #expect(shippedFiles.count >= 12, "\(shippedFiles)")
  }

  /// The new reader gives exactly the document Foundation's gave, for every shipped file.
  @Test(arguments: shippedFiles)
  func shippedFileParsesAsFoundationParsesIt(path: String) throws {
    let data = try Data(contentsOf: RepositoryFiles.root.appendingPathComponent(path))
    #expect(try JSONValue.parse(data) == foundationParse(data))
  }

  // MARK: Structure

  static let examples: [JSON5Example] = [
    JSON5Example(
      feature: "trailing commas", text: "{a: [1, 2,], b: {c: 3,},}",
      expected: .object([
        "a": .array([.number(1), .number(2)]), "b": .object(["c": .number(3)]),
      ])),
    JSON5Example(
      feature: "empty containers", text: "{a: [], b: {}, c: [ ], d: { /* none */ }}",
      expected: .object(["a": .array([]), "b": .object([:]), "c": .array([]), "d": .object([:])])),
    JSON5Example(
      feature: "literals", text: "[true, false, null]",
      expected: .array([.bool(true), .bool(false), .null])),
    JSON5Example(
      feature: "a scalar document", text: "  42  ", expected: .number(42)),
  ]

  @Test(arguments: examples)
  func parsesJSON5Feature(_ example: JSON5Example) throws {
    #expect(try parse(example.text) == example.expected)
  }

  @Test func sixtyFourLevelsOfNestingAreAccepted() throws {
    let text = String(repeating: "{a: ", count: 63) + "[1]" + String(repeating: "}", count: 63)
    var value = try parse(text)
    for _ in 0..<63 { value = try #require(value.objectValue?["a"]) }
    #expect(value == .array([.number(1)]))
  }

  @Test func inputOfTenMegabytesIsRead() throws {
    var bytes = [UInt8](repeating: UInt8(ascii: " "), count: 10_000_000)
    bytes[0] = UInt8(ascii: "1")
    #expect(try JSONValue.parse(Data(bytes)) == .number(1))
  }

  // MARK: Malformed structure

  static let emptyAndTruncated: [MalformedJSON5] = [
    MalformedJSON5("empty file", "", 1, 1, "empty file: expected a JSON5 value"),
    MalformedJSON5("white space only", "  \n\t \n", 1, 1, "the file holds only white space"),
    MalformedJSON5("a comment only", "// nothing here\n", 1, 1, "only white space and comments"),
    MalformedJSON5("after a key", #"{"a""#, 1, 5, "expected ':' after the member name 'a'"),
    MalformedJSON5("after an unquoted key", "{alpha", 1, 7, "expected ':' after the member name"),
    MalformedJSON5("after a colon", #"{"a":"#, 1, 6, "expected a value for the member 'a'"),
    MalformedJSON5(
      "after a comma in an object", #"{"a": 1,"#, 1, 9,
      "expected a member name or '}' in the top-level object"),
    MalformedJSON5(
      "after a comma in an array", "[1,", 1, 4, "expected a value or ']' in the top-level array"),
    MalformedJSON5(
      "after a value", "[1, 2", 1, 6, "expected ',' or ']' after element 1 of the top-level array"),
    MalformedJSON5(
      "several lines in", "{\n  \"a\": {\n    \"b\": 1,\n", 3, 12,
      "2 objects still open, the last, 'a', opened at line 2"),
    MalformedJSON5(
      "end of file in an array of objects", "{levels: [\n  {name: 'a'},\n", 2, 15,
      "1 object and 1 array still open, the last, 'levels', opened at line 1"),
  ]

  static let nestingAndDuplicates: [MalformedJSON5] = [
    MalformedJSON5(
      "1,000 nested arrays", String(repeating: "[", count: 1000), 1, 65,
      "this '[' opens level 65, and at most 64 levels"),
    MalformedJSON5(
      "65 nested objects",
      String(repeating: #"{"a":"#, count: 65) + "1" + String(repeating: "}", count: 65), 1, 321,
      "this '{' opens level 65"),
    MalformedJSON5(
      "duplicate key", #"{"a": 1, "a": 2}"#, 1, 10,
      "duplicate member 'a': it is already set at line 1, column 2"),
    MalformedJSON5(
      "duplicate key, unquoted then quoted", #"{a: 1, "a": 2}"#, 1, 8,
      "duplicate member 'a'"),
    MalformedJSON5(
      "duplicate key, single then unquoted", "{'a': 1, a: 2}", 1, 10,
      "duplicate member 'a'"),
    MalformedJSON5("duplicate key, escaped", #"{a: 1, \u0061: 2}"#, 1, 8, "duplicate member 'a'"),
    MalformedJSON5(
      "duplicate key whose copy is invalid", #"{"a": 1, "a": tru}"#, 1, 10, "duplicate member 'a'"),
    MalformedJSON5(
      "duplicate key on another line", "{\n  sim: {\n    seed: 1,\n    seed: 2,\n  },\n}", 4, 5,
      "duplicate member 'sim.seed': it is already set at line 3; a name may appear only once"),
  ]

  static let structure: [MalformedJSON5] = [
    MalformedJSON5(
      "stray byte", #"{"a": 1 @}"#, 1, 9,
      "expected ',' or '}' after the member 'a', found '@'"),
    MalformedJSON5("stray control byte", "[1,\u{1} 2]", 1, 4, "found the control character U+0001"),
    MalformedJSON5("stray letter after a value", "[1a]", 1, 3, "found the word 'a'"),
    MalformedJSON5(
      "trailing garbage", #"{"a": 1} x"#, 1, 10,
      "expected the end of the file after the top-level object"),
    MalformedJSON5(
      "a second closer", "[1]]", 1, 4,
      "after the top-level array (line 1 to 1), found ']'"),
    MalformedJSON5(
      "missing colon", #"{"a" 1}"#, 1, 6,
      "expected ':' after the member name 'a', found a number"),
    MalformedJSON5("missing comma", "[1 2]", 1, 4, "expected ',' or ']' after element 0"),
    MalformedJSON5(
      "two commas", "[1,,2]", 1, 4,
      "expected a value or ']' in the top-level array, found ','"),
    MalformedJSON5("comma first", "{,}", 1, 2, "expected a member name or '}'"),
    MalformedJSON5(
      "mismatched closer", #"{"a": [1, 2}"#, 1, 12,
      "expected ',' or ']' after the element 'a.1', found '}'"),
    MalformedJSON5("misspelt literal", "[tru]", 1, 2, "found the word 'tru'"),
    MalformedJSON5(
      "capitalised literal", "{a: True}", 1, 5,
      "expected a value for the member 'a', found the word 'True'"),
    MalformedJSON5("unquoted string value", "{a: hello}", 1, 5, "found the word 'hello'"),
  ]

  @Test(arguments: emptyAndTruncated + nestingAndDuplicates)
  func malformedInputNamesLineColumnAndWhatWasExpected(_ row: MalformedJSON5) {
    expectParseError(row)
  }

  @Test(arguments: structure)
  func malformedStructureNamesLineColumnAndWhatWasExpected(_ row: MalformedJSON5) {
    expectParseError(row)
  }

  // MARK: A '}' deleted from a shipped scenario

  /// The neighbourhood scenario with the last `}` removed from the first line containing
  /// `marker`, and the 1-based number of that line.
  static func neighbourhood(deletingBraceOnLineWith marker: String) throws -> (Data, Int) {
    let text = try String(
      contentsOf: RepositoryFiles.scenario("neighbourhood.json"), encoding: .utf8)
    var lines = text.components(separatedBy: "\n")
    let index = try #require(lines.firstIndex { $0.contains(marker) })
    let brace = try #require(lines[index].lastIndex(of: "}"))
    lines[index].remove(at: brace)
    return (Data(lines.joined(separator: "\n").utf8), index + 1)
  }

  /// A `}` missing inside one line (`{ value: …, source: … ,`) lets the members below be read
  /// into that object until the file ends; the error goes to the first member that is indented
  /// like a sibling, not to the end of the file, which comes as a note.
  @Test func braceDeletedInsideALineIsReportedAtTheNextMember() throws {
    let (data, line) = try Self.neighbourhood(
      deletingBraceOnLineWith: "crisisAdmissionProbability:")
    let error = try #require(throws: JSONValue.ParseError.self) { try JSONValue.parse(data) }
    #expect(error.line == line + 1, "\(error)")
    #expect(error.column == 7, "\(error)")
    #expect(
      error.message.hasPrefix(
        "a '}' is probably missing before 'crisisDeathProbability': it is read into the object "
          + "'mechanisms.escalation.crisisAdmissionProbability' opened at line \(line)"),
      "\(error)")
    let note = try #require(error.notes.first)
    let root = try #require(
      String(decoding: data, as: UTF8.self).components(separatedBy: "\n").firstIndex(of: "{"))
    #expect(note.message.hasPrefix("unexpected end of file:"), "\(error)")
    #expect(
      note.message.contains("1 object still open, the last opened at line \(root + 1)"),
      "\(error)")
  }

  /// A `}` missing from a line of its own (`},` becomes `,`) is reported on that very line.
  @Test func braceDeletedFromItsOwnLineIsReportedThere() throws {
    let text = try String(
      contentsOf: RepositoryFiles.scenario("neighbourhood.json"), encoding: .utf8)
    var lines = text.components(separatedBy: "\n")
    let start = try #require(lines.firstIndex { $0.contains("annualCost: {") })
    let index = try #require(lines[start...].firstIndex { $0 == "      }," })
    lines[index] = "      ,"
    let error = try #require(throws: JSONValue.ParseError.self) {
      try JSONValue.parse(Data(lines.joined(separator: "\n").utf8))
    }
    #expect(error.line == index + 1 && error.column == 7, "\(error)")
    #expect(
      error.message
        == "expected a member name or '}' in the object 'needLevels.0.annualCost', found ','")
  }

  /// A `}` on its own line that closes a deeper object than its indentation says.
  @Test func closerIndentedLikeAnOuterObjectIsNoted() throws {
    let text = """
      {
        mechanisms: {
          prevention: {
            relativeRisk: 0.85,

        },
        intervention: { cost: 1 },
      }
      """
    let error = try #require(throws: JSONValue.ParseError.self) { try parse(text) }
    #expect(error.line == 6 && error.column == 3, "\(error)")
    #expect(
      error.message
        == "a '}' is probably missing above this line: this '}' closes the object "
        + "'mechanisms.prevention' opened at line 3, but is indented like line 2, which opened "
        + "the object 'mechanisms'")
    #expect(error.notes.map(\.excerpt.line) == [8])
  }

  /// A duplicate caused by a missing `}` names both places and the suspected one.
  @Test func duplicateKeyNotesTheFirstPlaceAndTheSuspectedMissingBrace() throws {
    let (data, line) = try Self.neighbourhood(
      deletingBraceOnLineWith: "notSelfReliant: { value: 0.0003")
    let error = try #require(throws: JSONValue.ParseError.self) { try JSONValue.parse(data) }
    #expect(error.message.hasPrefix("duplicate member 'transitions.independent.multipleProblems'"))
    #expect(error.notes.count == 2, "\(error)")
    #expect(error.notes.first?.excerpt.line == line - 1)
    #expect(error.notes.last?.excerpt.line == line + 1)
    #expect(error.notes.last?.message.hasPrefix("a '}' is probably missing before") == true)
  }

  // MARK: Random damage

  /// A randomly damaged scenario gives a document or an error at a real place in the file.
  ///
  /// Each round deletes, inserts or replaces one to three random bytes of the reference ladder;
  /// no outcome may be a trap or a hang. The failing seed and round are named.
  @Test(arguments: [1, 2, 3, 4] as [UInt64])
  func randomlyDamagedScenarioGivesADocumentOrAPlacedError(seed: UInt64) throws {
    let original = try [UInt8](Data(contentsOf: RepositoryFiles.scenario("reference-ladder.json")))
    var generator = SplitMix64(seed: seed)
    for round in 0..<150 {
      var bytes = original
      for _ in 0..<Int.random(in: 1...3, using: &generator) {
        let index = Int.random(in: 0..<bytes.count, using: &generator)
        switch Int.random(in: 0..<3, using: &generator) {
        case 0: bytes.remove(at: index)
        case 1: bytes.insert(UInt8.random(in: 0...255, using: &generator), at: index)
        default: bytes[index] = UInt8.random(in: 0...255, using: &generator)
        }
      }
      do {
        _ = try JSONValue.parse(Data(bytes))
      } catch {
        // Lines end at LF, CR or CR LF, as the reader counts them.
        let breaks = bytes.indices.count { index in
          bytes[index] == 0x0A
            || (bytes[index] == 0x0D && (index + 1 == bytes.count || bytes[index + 1] != 0x0A))
        }
        let line = try #require(error.line, "seed \(seed), round \(round): \(error)")
        let column = try #require(error.column)
        #expect(line >= 1 && line <= breaks + 1, "seed \(seed), round \(round): \(error)")
        #expect(column >= 1, "seed \(seed), round \(round): \(error)")
        #expect(!error.message.isEmpty)
      }
    }
  }
}
