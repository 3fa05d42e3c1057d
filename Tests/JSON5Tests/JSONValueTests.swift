import Foundation
import JSON5
import Testing

/// The UTF-8 text of an encoded value.
private func text(_ value: JSONValue, prettyPrinted: Bool = false) -> String {
  String(decoding: value.encoded(prettyPrinted: prettyPrinted), as: UTF8.self)
}

@Suite struct JSONValueTests {
  // MARK: Parsing

  @Test func parsesEveryKind() throws {
    let value = try parse(
      #"{"n": null, "t": true, "f": false, "x": 1.5, "s": "hi", "a": [1, "b"]}"#)
    #expect(
      value
        == .object([
          "n": .null, "t": .bool(true), "f": .bool(false), "x": .number(1.5), "s": .string("hi"),
          "a": .array([.number(1), .string("b")]),
        ])
    )
  }

  @Test func booleansStayBooleansAndNumbersStayNumbers() throws {
    #expect(
      try parse("[true, false, 1, 0]")
        == .array([.bool(true), .bool(false), .number(1), .number(0)]))
  }

  @Test func acceptsJSON5CommentsTrailingCommasAndUnquotedKeys() throws {
    let value = try parse(
      """
      // scenario header
      {
        /* block comment */
        share: 0.85,  // trailing comment
        'quoted': 'single',
        hex: 0x10,
        list: [1, 2,],
      }
      """
    )
    #expect(
      value
        == .object([
          "share": .number(0.85), "quoted": .string("single"), "hex": .number(16),
          "list": .array([.number(1), .number(2)]),
        ])
    )
  }

  /// `NaN` and `Infinity` parse to non-finite numbers rather than failing, as Foundation's JSON5
  /// reader did, so scenario validation must reject non-finite numbers itself.
  @Test func json5NaNAndInfinityParseToNonFiniteNumbers() throws {
    let value = try parse("[NaN, Infinity, +Infinity, -Infinity]")
    let numbers = try #require(value.arrayValue).compactMap(\.numberValue)
    #expect(numbers.count == 4)
    #expect(numbers[0].isNaN)
    #expect(numbers[1] == .infinity)
    #expect(numbers[2] == .infinity)
    #expect(numbers[3] == -.infinity)
  }

  @Test func syntaxErrorNamesItsLineAndColumn() throws {
    let error = try #require(throws: JSONValue.ParseError.self) {
      try parse("{\n  \"a\": 1,\n  \"b\": ]\n}")
    }
    #expect(error.line == 3 && error.column == 8)
    #expect(error.message == "expected a value for the member 'b', found ']'")
  }

  @Test(arguments: ["", "[1, 2", "{\"a\": tru}", "[1e400]", "{a: 1 b: 2}"])
  func malformedInputThrowsParseError(input: String) {
    #expect(throws: JSONValue.ParseError.self) { try parse(input) }
  }

  // MARK: Encoding

  @Test func encodingSortsKeysAndDoesNotEscapeSlashes() {
    let value = JSONValue.object([
      "b": .number(1), "a": .object(["z": .null, "y": .bool(true)]), "url": .string("https://x/y"),
    ])
    #expect(text(value) == #"{"a":{"y":true,"z":null},"b":1,"url":"https://x/y"}"#)
  }

  @Test func prettyPrintingIndentsByTwoSpaces() {
    let value = JSONValue.object(["k": .array([.number(3)]), "a": .string("x")])
    #expect(text(value, prettyPrinted: true) == "{\n  \"a\" : \"x\",\n  \"k\" : [\n    3\n  ]\n}")
  }

  /// Pins Foundation's pretty-printed form of empty containers (a blank line inside), so that a
  /// toolchain change to it shows up here rather than as a puzzling golden-file diff.
  @Test func emptyContainersPrettyPrintAsFoundationDoes() {
    let value = JSONValue.object(["a": .array([]), "o": .object([:])])
    #expect(text(value, prettyPrinted: true) == "{\n  \"a\" : [\n\n  ],\n  \"o\" : {\n\n  }\n}")
    #expect(text(value) == #"{"a":[],"o":{}}"#)
  }

  /// Whole numbers below 2^53 in magnitude print without a fraction (JSONEncoder already does
  /// this on Swift 6.3.1 / Linux; this test keeps it that way).
  @Test(
    arguments: [
      (3, "3"), (-3, "-3"), (0, "0"), (-0.0, "0"), (1e15, "1000000000000000"),
      (123_456_789_012, "123456789012"), (9_007_199_254_740_991, "9007199254740991"),
      (-9_007_199_254_740_991, "-9007199254740991"), (0.5, "0.5"), (0.1, "0.1"),
    ] as [(Double, String)]
  )
  func numbersPrintInShortestForm(number: Double, expected: String) {
    #expect(text(.array([.number(number)])) == "[\(expected)]")
  }

  @Test func nonFiniteNumbersAreWrittenAsStrings() {
    let value = JSONValue.array([.number(.nan), .number(.infinity), .number(-.infinity)])
    #expect(text(value) == #"["NaN","Infinity","-Infinity"]"#)
  }

  @Test(
    arguments: [
      0.1, 1 / 3, 2.5e-308, 1.797_693_134_862_315_7e308, 1e16, 1e21, 9_007_199_254_740_994,
      -42, 0.85,
    ] as [Double]
  )
  func numbersRoundTripExactly(number: Double) throws {
    let value = JSONValue.array([.number(number)])
    #expect(try JSONValue.parse(value.encoded()) == value)
  }

  @Test func documentRoundTripsAndEncodingIsDeterministic() throws {
    let source = """
      {mechanisms: {substitution: {share: {value: 0.85, source: "Smith 2020, table 3"}}},
       needLevels: [{utility: 0.9}, {utility: 0.7}, {utility: 0.4, label: "é \\u0001 /"}],
       flags: [true, false, null]}
      """
    let value = try parse(source)
    let first = value.encoded()
    #expect(try JSONValue.parse(first) == value)
    #expect(try parse(source).encoded() == first)
    #expect(try JSONValue.parse(value.encoded(prettyPrinted: false)) == value)
  }

  // MARK: Accessors

  @Test func accessorsReturnOnlyTheirOwnKind() {
    let values: [JSONValue] = [
      .null, .bool(true), .number(2), .string("s"), .array([.null]), .object(["k": .null]),
    ]
    #expect(values.map(\.typeName) == ["null", "boolean", "number", "string", "array", "object"])
    #expect(values.compactMap(\.boolValue) == [true])
    #expect(values.compactMap(\.numberValue) == [2])
    #expect(values.compactMap(\.stringValue) == ["s"])
    #expect(values.compactMap(\.arrayValue) == [[.null]])
    #expect(values.compactMap(\.objectValue) == [["k": .null]])
  }
}
