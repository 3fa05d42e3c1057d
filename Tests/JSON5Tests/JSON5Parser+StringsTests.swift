import Foundation
import JSON5
import Testing

/// Strings in either quote with every JSON5 escape, and the strings that are refused.
@Suite struct JSON5ParserStringsTests {
  static let examples: [JSON5Example] = [
    JSON5Example(
      feature: "single-quoted strings", text: #"['it\'s', 'say "hi"', "it's"]"#,
      expected: .array([.string("it's"), .string("say \"hi\""), .string("it's")])),
    JSON5Example(
      feature: "single-character escapes", text: #"["\b\f\n\r\t\v\0\\\/\"\'"]"#,
      expected: .array([.string("\u{8}\u{C}\n\r\t\u{B}\u{0}\\/\"'")])),
    JSON5Example(
      feature: "hex and unicode escapes", text: #"["\x41\xe9", "\u00E9\u20AC", "\uD83D\uDE00"]"#,
      expected: .array([.string("Aé"), .string("é€"), .string("😀")])),
    JSON5Example(
      feature: "any other escaped character stands for itself", text: #"["\a\q\é"]"#,
      expected: .array([.string("aqé")])),
    JSON5Example(
      feature: "line continuations", text: "['one \\\ntwo \\\r\nthree \\\rfour']",
      expected: .array([.string("one two three four")])),
    JSON5Example(
      feature: "line and paragraph separators in strings", text: "['a\u{2028}b\u{2029}c']",
      expected: .array([.string("a\u{2028}b\u{2029}c")])),
  ]

  @Test(arguments: examples)
  func parsesJSON5Feature(_ example: JSON5Example) throws {
    #expect(try parse(example.text) == example.expected)
  }

  static let malformed: [MalformedJSON5] = [
    MalformedJSON5("inside a string", #"{"a": "abc"#, 1, 7, "unterminated string: the file ends"),
    MalformedJSON5("inside a single-quoted string", "{a: 'abc", 1, 5, #"before its closing "'""#),
    MalformedJSON5("after a backslash", #"["abc\"#, 1, 2, "unterminated string"),
    MalformedJSON5("inside an escape", #"["\u12"#, 1, 3, #"'\u' needs 4 hexadecimal digits"#),
    MalformedJSON5("octal escape", #"["\1"]"#, 1, 3, #"'\1' is an octal escape"#),
    MalformedJSON5("zero followed by a digit", #"["\01"]"#, 1, 3, #"'\0' followed by a digit"#),
    MalformedJSON5("short hex escape", #"["\x4"]"#, 1, 3, #"'\x' needs 2 hexadecimal digits"#),
    MalformedJSON5("bad unicode escape", #"["\u12G4"]"#, 1, 3, #"'\u' needs 4 hexadecimal digits"#),
    MalformedJSON5(
      "lone high surrogate escape", #"["\uD800"]"#, 1, 3,
      #"\uD800 is the first half of a surrogate pair"#),
    MalformedJSON5(
      "high surrogate escape before a non-surrogate", #"["\uD800\u0041"]"#, 1, 3,
      "no second half"),
    MalformedJSON5(
      "lone low surrogate escape", #"["x\uDC00"]"#, 1, 4, "the second half of a surrogate pair"),
    MalformedJSON5(
      "raw tab in a string", "[\"a\tb\"]", 1, 4,
      #"control character U+0009 in a string; write it as an escape such as \t"#),
    MalformedJSON5("raw NUL in a string", "[\"a\u{0}\"]", 1, 4, "control character U+0000"),
    MalformedJSON5(
      "raw line break in a string", "[\"abc\ndef\"]", 1, 2,
      "unterminated string: the line ends before its closing"),
    MalformedJSON5(
      "lone continuation byte in a string", spliced(#"["a#"]"#, [0x80]), 1, 4,
      "continuation byte"),
    MalformedJSON5(
      "overlong encoding in a string", spliced(##"["#"]"##, [0xC0, 0xAF]), 1, 3, "overlong"),
    MalformedJSON5(
      "surrogate in a string, after a two-byte character", spliced(#"["é#"]"#, [0xED, 0xA0, 0x80]),
      1, 4, "surrogate U+D800"),
    MalformedJSON5(
      "truncated sequence in a string", spliced(#"["abc#"]"#, [0xE2, 0x82]), 1, 6, "cut short"),
  ]

  @Test(arguments: malformed)
  func malformedStringNamesLineColumnAndWhatWasExpected(_ row: MalformedJSON5) {
    expectParseError(row)
  }
}
