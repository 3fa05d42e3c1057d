import CareSimCore
import CareSimTestSupport
import Foundation
import JSON5
import Testing

/// Malformed input: each row is bytes, the line and column the error must name, and a fragment
/// its message must contain.
@Suite struct JSON5ParserErrorTests {
  struct Malformed: Sendable, CustomTestStringConvertible {
    var name: String
    var bytes: [UInt8]
    var line: Int
    var column: Int
    var fragment: String

    init(_ name: String, _ text: String, _ line: Int, _ column: Int, _ fragment: String) {
      self.init(name, Array(text.utf8), line, column, fragment)
    }

    init(_ name: String, _ bytes: [UInt8], _ line: Int, _ column: Int, _ fragment: String) {
      self.name = name
      self.bytes = bytes
      self.line = line
      self.column = column
      self.fragment = fragment
    }

    var testDescription: String { name }
  }

  /// `text` with raw bytes spliced in where `#` stands.
  static func bytes(_ text: String, _ raw: [UInt8]) -> [UInt8] {
    let parts = text.split(separator: "#", omittingEmptySubsequences: false)
    return Array(parts[0].utf8) + raw + Array(parts.dropFirst().joined(separator: "#").utf8)
  }

  static let emptyAndTruncated: [Malformed] = [
    Malformed("empty file", "", 1, 1, "empty file: expected a JSON5 value"),
    Malformed("white space only", "  \n\t \n", 1, 1, "the file holds only white space"),
    Malformed("a comment only", "// nothing here\n", 1, 1, "only white space and comments"),
    Malformed("inside a string", #"{"a": "abc"#, 1, 7, "unterminated string: the file ends"),
    Malformed("inside a single-quoted string", "{a: 'abc", 1, 5, #"before its closing "'""#),
    Malformed("after a backslash", #"["abc\"#, 1, 2, "unterminated string"),
    Malformed("inside an escape", #"["\u12"#, 1, 3, #"'\u' needs 4 hexadecimal digits"#),
    Malformed("after a key", #"{"a""#, 1, 5, "expected ':' after the member name 'a'"),
    Malformed("after an unquoted key", "{alpha", 1, 7, "expected ':' after the member name"),
    Malformed("after a colon", #"{"a":"#, 1, 6, "expected a value for the member 'a'"),
    Malformed(
      "after a comma in an object", #"{"a": 1,"#, 1, 9,
      "expected a member name or '}' in the top-level object"),
    Malformed(
      "after a comma in an array", "[1,", 1, 4, "expected a value or ']' in the top-level array"),
    Malformed(
      "after a value", "[1, 2", 1, 6, "expected ',' or ']' after element 1 of the top-level array"),
    Malformed("inside a block comment", #"{"a": 1 /* note"#, 1, 9, "unterminated comment"),
    Malformed("inside an exponent", #"{"a": 1e"#, 1, 7, "expected a digit in the exponent of '1e'"),
    Malformed("after a sign", "[-", 1, 2, "expected a digit, 'Infinity' or 'NaN' after '-'"),
    Malformed("after 0x", "[0x", 1, 2, "expected a hexadecimal digit after '0x'"),
    Malformed(
      "several lines in", "{\n  \"a\": {\n    \"b\": 1,\n", 3, 12,
      "2 objects still open, the last, 'a', opened at line 2"),
    Malformed(
      "end of file in an array of objects", "{levels: [\n  {name: 'a'},\n", 2, 15,
      "1 object and 1 array still open, the last, 'levels', opened at line 1"),
  ]

  static let strayAndInvalidUTF8: [Malformed] = [
    Malformed(
      "stray byte", #"{"a": 1 @}"#, 1, 9,
      "expected ',' or '}' after the member 'a', found '@'"),
    Malformed("stray control byte", "[1,\u{1} 2]", 1, 4, "found the control character U+0001"),
    Malformed("stray letter after a value", "[1a]", 1, 3, "found the word 'a'"),
    Malformed("lone '/'", "[1 / 2]", 1, 4, "a comment starts with '//' or '/*'"),
    Malformed(
      "lone continuation byte between tokens", bytes("[1, #2]", [0x80]), 1, 5,
      "invalid UTF-8: byte 0x80 is a continuation byte with no lead byte"),
    Malformed(
      "overlong encoding between tokens", bytes("[#]", [0xC0, 0xAF]), 1, 2,
      "0xC0 0xAF is an overlong encoding of U+002F"),
    Malformed(
      "overlong three-byte encoding", bytes("[#]", [0xE0, 0x80, 0xAF]), 1, 2,
      "0xE0 0x80 0xAF is an overlong encoding"),
    Malformed(
      "surrogate encoded in UTF-8 between tokens", bytes("[#]", [0xED, 0xA0, 0x80]), 1, 2,
      "0xED 0xA0 0x80 encodes the surrogate U+D800"),
    Malformed(
      "truncated multi-byte sequence at the end", bytes("[1] #", [0xE2, 0x82]), 1, 5,
      "the 3-byte sequence 0xE2 0x82 is cut short"),
    Malformed(
      "byte that never occurs in UTF-8", bytes("[#]", [0xFF]), 1, 2, "byte 0xFF never occurs"),
    Malformed(
      "beyond U+10FFFF", bytes("[#]", [0xF4, 0x90, 0x80, 0x80]), 1, 2, "beyond U+10FFFF"),
    Malformed(
      "lone continuation byte in a string", bytes(#"["a#"]"#, [0x80]), 1, 4,
      "continuation byte"),
    Malformed(
      "overlong encoding in a string", bytes(##"["#"]"##, [0xC0, 0xAF]), 1, 3, "overlong"),
    Malformed(
      "surrogate in a string, after a two-byte character", bytes(#"["é#"]"#, [0xED, 0xA0, 0x80]),
      1, 4, "surrogate U+D800"),
    Malformed(
      "truncated sequence in a string", bytes(#"["abc#"]"#, [0xE2, 0x82]), 1, 6, "cut short"),
    Malformed(
      "Latin-1 byte in a comment", bytes("// caf#\n[1]", [0xE9]), 1, 7,
      "the 3-byte sequence 0xE9 is cut short (save the file as UTF-8)"),
    Malformed(
      "Latin-1 byte in a member name", bytes("{\n  caf#: 1}", [0xE9]), 2, 6, "cut short"),
  ]

  static let nestingAndDuplicates: [Malformed] = [
    Malformed(
      "1,000 nested arrays", String(repeating: "[", count: 1000), 1, 65,
      "this '[' opens level 65, and at most 64 levels"),
    Malformed(
      "65 nested objects",
      String(repeating: #"{"a":"#, count: 65) + "1" + String(repeating: "}", count: 65), 1, 321,
      "this '{' opens level 65"),
    Malformed(
      "duplicate key", #"{"a": 1, "a": 2}"#, 1, 10,
      "duplicate member 'a': it is already set at line 1, column 2"),
    Malformed(
      "duplicate key, unquoted then quoted", #"{a: 1, "a": 2}"#, 1, 8,
      "duplicate member 'a'"),
    Malformed(
      "duplicate key, single then unquoted", "{'a': 1, a: 2}", 1, 10,
      "duplicate member 'a'"),
    Malformed("duplicate key, escaped", #"{a: 1, \u0061: 2}"#, 1, 8, "duplicate member 'a'"),
    Malformed(
      "duplicate key whose copy is invalid", #"{"a": 1, "a": tru}"#, 1, 10, "duplicate member 'a'"),
    Malformed(
      "duplicate key on another line", "{\n  sim: {\n    seed: 1,\n    seed: 2,\n  },\n}", 4, 5,
      "duplicate member 'sim.seed': it is already set at line 3; a name may appear only once"),
  ]

  static let stringsAndComments: [Malformed] = [
    Malformed(
      "unterminated block comment", "{\n  /* a note\n\n", 2, 3,
      "this '/*' has no '*/' before the end of the file"),
    Malformed("octal escape", #"["\1"]"#, 1, 3, #"'\1' is an octal escape"#),
    Malformed("zero followed by a digit", #"["\01"]"#, 1, 3, #"'\0' followed by a digit"#),
    Malformed("short hex escape", #"["\x4"]"#, 1, 3, #"'\x' needs 2 hexadecimal digits"#),
    Malformed("bad unicode escape", #"["\u12G4"]"#, 1, 3, #"'\u' needs 4 hexadecimal digits"#),
    Malformed(
      "lone high surrogate escape", #"["\uD800"]"#, 1, 3,
      #"\uD800 is the first half of a surrogate pair"#),
    Malformed(
      "high surrogate escape before a non-surrogate", #"["\uD800\u0041"]"#, 1, 3,
      "no second half"),
    Malformed(
      "lone low surrogate escape", #"["x\uDC00"]"#, 1, 4, "the second half of a surrogate pair"),
    Malformed("bad escape in a name", #"{a\x41: 1}"#, 1, 3, "expected 'u' and four hexadecimal"),
    Malformed(
      "escape of a character not allowed in a name", #"{a\u002D: 1}"#, 1, 3,
      #"\u002D cannot be part of a member name"#),
    Malformed(
      "raw tab in a string", "[\"a\tb\"]", 1, 4,
      #"control character U+0009 in a string; write it as an escape such as \t"#),
    Malformed("raw NUL in a string", "[\"a\u{0}\"]", 1, 4, "control character U+0000"),
    Malformed(
      "raw line break in a string", "[\"abc\ndef\"]", 1, 2,
      "unterminated string: the line ends before its closing"),
  ]

  static let structure: [Malformed] = [
    Malformed(
      "trailing garbage", #"{"a": 1} x"#, 1, 10,
      "expected the end of the file after the top-level object"),
    Malformed(
      "a second closer", "[1]]", 1, 4,
      "after the top-level array (line 1 to 1), found ']'"),
    Malformed(
      "missing colon", #"{"a" 1}"#, 1, 6,
      "expected ':' after the member name 'a', found a number"),
    Malformed("missing comma", "[1 2]", 1, 4, "expected ',' or ']' after element 0"),
    Malformed(
      "two commas", "[1,,2]", 1, 4,
      "expected a value or ']' in the top-level array, found ','"),
    Malformed("comma first", "{,}", 1, 2, "expected a member name or '}'"),
    Malformed(
      "mismatched closer", #"{"a": [1, 2}"#, 1, 12,
      "expected ',' or ']' after the element 'a.1', found '}'"),
    Malformed("misspelt literal", "[tru]", 1, 2, "found the word 'tru'"),
    Malformed(
      "capitalised literal", "{a: True}", 1, 5,
      "expected a value for the member 'a', found the word 'True'"),
    Malformed("unquoted string value", "{a: hello}", 1, 5, "found the word 'hello'"),
    Malformed("number out of range", "[1e400]", 1, 2, "number out of range: '1e400'"),
    Malformed("negative number out of range", "[0, -1e400]", 1, 5, "number out of range: '-1e400'"),
    Malformed(
      "hexadecimal number out of range", "[0x1" + String(repeating: "0", count: 300) + "]", 1, 2,
      "number out of range: '0x10000000000000000000000000000000000000…'"),
    Malformed("leading zero", "[01]", 1, 2, "leading zero in '01'"),
    Malformed("a lone decimal point", "[.]", 1, 2, "expected a digit after '.'"),
    Malformed(
      "lines counted over CR LF", "{\r\n  a: 1\r\n  b: 2\r\n}", 3, 3,
      "after the member 'a'"),
    Malformed("lines counted over CR", "{\r  a: 1\r  b: 2\r}", 3, 3, "after the member 'a'"),
    Malformed("columns count characters", "{\"é\": \"ü€\" x}", 1, 12, "found the word 'x'"),
    Malformed(
      "columns after a byte-order mark", bytes("#[1 2]", [0xEF, 0xBB, 0xBF]), 1, 4,
      "after element 0"),
  ]

  @Test(arguments: emptyAndTruncated + strayAndInvalidUTF8 + nestingAndDuplicates)
  func malformedInputNamesLineColumnAndWhatWasExpected(_ row: Malformed) {
    check(row)
  }

  @Test(arguments: stringsAndComments + structure)
  func malformedStringsAndStructureNameLineColumnAndWhatWasExpected(_ row: Malformed) {
    check(row)
  }

  private func check(_ row: Malformed, sourceLocation: SourceLocation = #_sourceLocation) {
    do {
      let value = try JSONValue.parse(Data(row.bytes))
      Issue.record("parsed as \(value)", sourceLocation: sourceLocation)
    } catch {
      #expect(error.line == row.line, "\(error)", sourceLocation: sourceLocation)
      #expect(error.column == row.column, "\(error)", sourceLocation: sourceLocation)
      #expect(error.message.contains(row.fragment), "\(error)", sourceLocation: sourceLocation)
      // The excerpt shows the error's own line, with the caret under its column.
      #expect(error.excerpt?.line == row.line, sourceLocation: sourceLocation)
    }
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

  // MARK: Size and display

  @Test func inputOverTenMegabytesIsRefusedBeforeParsing() throws {
    let data = Data(repeating: UInt8(ascii: " "), count: 10_000_001)
    let error = try #require(throws: JSONValue.ParseError.self) { try JSONValue.parse(data) }
    #expect(error.line == nil && error.excerpt == nil)
    #expect(
      error.message
        == "the file is 10.0 MB (10000001 bytes); a scenario file may hold at most 10 MB "
        + "(10000000 bytes)")
  }

  @Test func inputOfTenMegabytesIsRead() throws {
    var bytes = [UInt8](repeating: UInt8(ascii: " "), count: 10_000_000)
    bytes[0] = UInt8(ascii: "1")
    #expect(try JSONValue.parse(Data(bytes)) == .number(1))
  }

  @Test func diagnosticLooksLikeACompilersWithNotes() throws {
    let error = try #require(throws: JSONValue.ParseError.self) {
      try parse("{\n\tseed: 1,\n\tseed: 2,\n}")
    }
    #expect(
      error.diagnostic(file: "a.json") == """
        a.json:3:2: error: duplicate member 'seed': it is already set at line 2; a name may \
        appear only once in an object
            seed: 2,
            ^
        a.json:2:2: note: 'seed' is first set here
            seed: 1,
            ^
        """)
    #expect(error.description.hasPrefix("3:2: error: duplicate member 'seed'"))
  }
}

/// Parses JSON5 text written in a test.
private func parse(_ text: String) throws(JSONValue.ParseError) -> JSONValue {
  try JSONValue.parse(Data(text.utf8))
}
