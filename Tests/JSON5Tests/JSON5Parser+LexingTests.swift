import Foundation
import JSON5
import Testing

/// What lies between and around values: white space, line breaks, comments, UTF-8, unquoted
/// member names, and the lines and columns that every error names.
@Suite struct JSON5ParserLexingTests {
  static let examples: [JSON5Example] = [
    JSON5Example(
      feature: "comments", text: "// a\n/* b\n c */ [1, /* inside */ 2] // end",
      expected: .array([.number(1), .number(2)])),
    JSON5Example(
      feature: "unquoted names", text: "{a: 1, $b: 2, _c: 3, d4: 4, é: 5, 名前: 6}",
      expected: .object([
        "a": .number(1), "$b": .number(2), "_c": .number(3), "d4": .number(4), "é": .number(5),
        "名前": .number(6),
      ])),
    JSON5Example(
      feature: "escapes in unquoted names", text: #"{\u0061b: 1, c\u00E9: 2}"#,
      expected: .object(["ab": .number(1), "cé": .number(2)])),
    JSON5Example(
      feature: "reserved words as names", text: "{null: 1, true: 2, Infinity: 3}",
      expected: .object(["null": .number(1), "true": .number(2), "Infinity": .number(3)])),
    JSON5Example(
      feature: "white space beyond ASCII",
      text: "\u{FEFF}[\u{0B}1,\u{0C}2,\u{A0}3,\u{2028}4,\u{2029}5,\u{3000}6,\u{FEFF}7]",
      expected: .array((1...7).map { .number(Double($0)) })),
    JSON5Example(
      feature: "line breaks LF, CR LF and CR", text: "{\na: 1,\r\nb: 2,\rc: 3}",
      expected: .object(["a": .number(1), "b": .number(2), "c": .number(3)])),
  ]

  @Test(arguments: examples)
  func parsesJSON5Feature(_ example: JSON5Example) throws {
    #expect(try parse(example.text) == example.expected)
  }

  @Test func byteOrderMarkIsAccepted() throws {
    #expect(
      try JSONValue.parse(Data([0xEF, 0xBB, 0xBF] + Array("{a: 1}".utf8)))
        == .object(["a": .number(1)]))
  }

  @Test func columnsCountCharactersNotBytes() throws {
    let (_, map) = try JSONValue.parseWithSourceMap(Data("{'é€😀': 1, b: 2}".utf8))
    #expect(map.position(at: "b") == SourcePosition(line: 1, column: 12))
  }

  @Test func columnsOnTheFirstLineDoNotCountAByteOrderMark() throws {
    let data = Data([0xEF, 0xBB, 0xBF] + Array("{a: 1}".utf8))
    #expect(try JSONValue.parseWithSourceMap(data).sourceMap.position(at: "a")?.column == 2)
  }

  static let commentsAndNames: [MalformedJSON5] = [
    MalformedJSON5("inside a block comment", #"{"a": 1 /* note"#, 1, 9, "unterminated comment"),
    MalformedJSON5(
      "unterminated block comment", "{\n  /* a note\n\n", 2, 3,
      "this '/*' has no '*/' before the end of the file"),
    MalformedJSON5("lone '/'", "[1 / 2]", 1, 4, "a comment starts with '//' or '/*'"),
    MalformedJSON5(
      "Latin-1 byte in a comment", spliced("// caf#\n[1]", [0xE9]), 1, 7,
      "the 3-byte sequence 0xE9 is cut short (save the file as UTF-8)"),
    MalformedJSON5(
      "Latin-1 byte in a member name", spliced("{\n  caf#: 1}", [0xE9]), 2, 6, "cut short"),
    MalformedJSON5(
      "bad escape in a name", #"{a\x41: 1}"#, 1, 3, "expected 'u' and four hexadecimal"),
    MalformedJSON5(
      "escape of a character not allowed in a name", #"{a\u002D: 1}"#, 1, 3,
      #"\u002D cannot be part of a member name"#),
    MalformedJSON5(
      "lines counted over CR LF", "{\r\n  a: 1\r\n  b: 2\r\n}", 3, 3,
      "after the member 'a'"),
    MalformedJSON5("lines counted over CR", "{\r  a: 1\r  b: 2\r}", 3, 3, "after the member 'a'"),
    MalformedJSON5("columns count characters", "{\"é\": \"ü€\" x}", 1, 12, "found the word 'x'"),
    MalformedJSON5(
      "columns after a byte-order mark", spliced("#[1 2]", [0xEF, 0xBB, 0xBF]), 1, 4,
      "after element 0"),
  ]

  static let invalidUTF8: [MalformedJSON5] = [
    MalformedJSON5(
      "lone continuation byte between tokens", spliced("[1, #2]", [0x80]), 1, 5,
      "invalid UTF-8: byte 0x80 is a continuation byte with no lead byte"),
    MalformedJSON5(
      "overlong encoding between tokens", spliced("[#]", [0xC0, 0xAF]), 1, 2,
      "0xC0 0xAF is an overlong encoding of U+002F"),
    MalformedJSON5(
      "overlong three-byte encoding", spliced("[#]", [0xE0, 0x80, 0xAF]), 1, 2,
      "0xE0 0x80 0xAF is an overlong encoding"),
    MalformedJSON5(
      "surrogate encoded in UTF-8 between tokens", spliced("[#]", [0xED, 0xA0, 0x80]), 1, 2,
      "0xED 0xA0 0x80 encodes the surrogate U+D800"),
    MalformedJSON5(
      "truncated multi-byte sequence at the end", spliced("[1] #", [0xE2, 0x82]), 1, 5,
      "the 3-byte sequence 0xE2 0x82 is cut short"),
    MalformedJSON5(
      "byte that never occurs in UTF-8", spliced("[#]", [0xFF]), 1, 2, "byte 0xFF never occurs"),
    MalformedJSON5(
      "beyond U+10FFFF", spliced("[#]", [0xF4, 0x90, 0x80, 0x80]), 1, 2, "beyond U+10FFFF"),
  ]

  @Test(arguments: commentsAndNames + invalidUTF8)
  func malformedTriviaOrNameNamesLineColumnAndWhatWasExpected(_ row: MalformedJSON5) {
    expectParseError(row)
  }

  /// U+2028 and U+2029 end a `//` comment, as JSON5 says, but start no new line, as in most
  /// editors: the next error is still on line 1.
  @Test func lineAndParagraphSeparatorsEndACommentButNotALine() throws {
    #expect(
      try parse("[1, // one\u{2028}2, // two\u{2029}3]") == .array([1, 2, 3].map(JSONValue.number)))
    let error = try #require(throws: JSONValue.ParseError.self) {
      try parse("[1,\u{2028}\u{2029} x]")
    }
    #expect(error.line == 1 && error.column == 7, "\(error)")
  }
}
