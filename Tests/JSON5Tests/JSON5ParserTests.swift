import CareSimCore
import CareSimTestSupport
import Foundation
import JSON5
import Testing

/// Parses JSON5 text written in a test.
private func parse(_ text: String) throws -> JSONValue {
  try JSONValue.parse(Data(text.utf8))
}

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

  // MARK: JSON5 features

  struct Example: Sendable, CustomTestStringConvertible {
    var feature: String
    var text: String
    var expected: JSONValue
    var testDescription: String { feature }
  }

  static let examples: [Example] = [
    Example(
      feature: "comments", text: "// a\n/* b\n c */ [1, /* inside */ 2] // end",
      expected: .array([.number(1), .number(2)])),
    Example(
      feature: "unquoted names", text: "{a: 1, $b: 2, _c: 3, d4: 4, é: 5, 名前: 6}",
      expected: .object([
        "a": .number(1), "$b": .number(2), "_c": .number(3), "d4": .number(4), "é": .number(5),
        "名前": .number(6),
      ])),
    Example(
      feature: "escapes in unquoted names", text: #"{\u0061b: 1, c\u00E9: 2}"#,
      expected: .object(["ab": .number(1), "cé": .number(2)])),
    Example(
      feature: "reserved words as names", text: "{null: 1, true: 2, Infinity: 3}",
      expected: .object(["null": .number(1), "true": .number(2), "Infinity": .number(3)])),
    Example(
      feature: "trailing commas", text: "{a: [1, 2,], b: {c: 3,},}",
      expected: .object([
        "a": .array([.number(1), .number(2)]), "b": .object(["c": .number(3)]),
      ])),
    Example(
      feature: "empty containers", text: "{a: [], b: {}, c: [ ], d: { /* none */ }}",
      expected: .object(["a": .array([]), "b": .object([:]), "c": .array([]), "d": .object([:])])),
    Example(
      feature: "single-quoted strings", text: #"['it\'s', 'say "hi"', "it's"]"#,
      expected: .array([.string("it's"), .string("say \"hi\""), .string("it's")])),
    Example(
      feature: "single-character escapes", text: #"["\b\f\n\r\t\v\0\\\/\"\'"]"#,
      expected: .array([.string("\u{8}\u{C}\n\r\t\u{B}\u{0}\\/\"'")])),
    Example(
      feature: "hex and unicode escapes", text: #"["\x41\xe9", "\u00E9\u20AC", "\uD83D\uDE00"]"#,
      expected: .array([.string("Aé"), .string("é€"), .string("😀")])),
    Example(
      feature: "any other escaped character stands for itself", text: #"["\a\q\é"]"#,
      expected: .array([.string("aqé")])),
    Example(
      feature: "line continuations", text: "['one \\\ntwo \\\r\nthree \\\rfour']",
      expected: .array([.string("one two three four")])),
    Example(
      feature: "line and paragraph separators in strings", text: "['a\u{2028}b\u{2029}c']",
      expected: .array([.string("a\u{2028}b\u{2029}c")])),
    Example(
      feature: "hexadecimal numbers", text: "[0x1F, 0XaB, -0x10, +0x10, 0x0]",
      expected: .array([.number(31), .number(171), .number(-16), .number(16), .number(0)])),
    Example(
      feature: "leading and trailing decimal points", text: "[.5, 5., -.25, +1.e2, 0.]",
      expected: .array([.number(0.5), .number(5), .number(-0.25), .number(100), .number(0)])),
    Example(
      feature: "leading plus", text: "[+1, +0.5, +1e3]",
      expected: .array([.number(1), .number(0.5), .number(1000)])),
    Example(
      feature: "infinities", text: "[Infinity, +Infinity, -Infinity]",
      expected: .array([.number(.infinity), .number(.infinity), .number(-.infinity)])),
    Example(
      feature: "literals", text: "[true, false, null]",
      expected: .array([.bool(true), .bool(false), .null])),
    Example(
      feature: "white space beyond ASCII",
      text: "\u{FEFF}[\u{0B}1,\u{0C}2,\u{A0}3,\u{2028}4,\u{2029}5,\u{3000}6,\u{FEFF}7]",
      expected: .array((1...7).map { .number(Double($0)) })),
    Example(
      feature: "line breaks LF, CR LF and CR", text: "{\na: 1,\r\nb: 2,\rc: 3}",
      expected: .object(["a": .number(1), "b": .number(2), "c": .number(3)])),
    Example(
      feature: "a scalar document", text: "  42  ", expected: .number(42)),
  ]

  @Test(arguments: examples)
  func parsesJSON5Feature(_ example: Example) throws {
    #expect(try parse(example.text) == example.expected)
  }

  @Test func nanParsesToNaNWithEitherSign() throws {
    let numbers = try #require(parse("[NaN, +NaN, -NaN]").arrayValue).compactMap(\.numberValue)
    #expect(numbers.count == 3 && numbers.allSatisfy(\.isNaN))
  }

  @Test func byteOrderMarkIsAccepted() throws {
    #expect(
      try JSONValue.parse(Data([0xEF, 0xBB, 0xBF] + Array("{a: 1}".utf8)))
        == .object(["a": .number(1)]))
  }

  @Test func sixtyFourLevelsOfNestingAreAccepted() throws {
    let text = String(repeating: "{a: ", count: 63) + "[1]" + String(repeating: "}", count: 63)
    var value = try parse(text)
    for _ in 0..<63 { value = try #require(value.objectValue?["a"]) }
    #expect(value == .array([.number(1)]))
  }

  // MARK: Numbers

  /// Decimal numbers read exactly as `Double(String)` reads them, bit for bit, whether the fast
  /// path or `Double(String)` itself computes them.
  ///
  /// Each seed draws 2,000 numbers of 1 to 25 significant digits, with or without a fraction and
  /// an exponent from -340 to 340, so that both paths, subnormals, underflow to zero and the
  /// edges of the fast path (19 digits, 2^53, |e| = 22) all occur.
  @Test(arguments: [1, 2, 3, 20_261_201] as [UInt64])
  func decimalNumbersReadAsDoubleReadsThem(seed: UInt64) throws {
    var generator = SplitMix64(seed: seed)
    for _ in 0..<2000 {
      var text = Int.random(in: 0..<4, using: &generator) == 0 ? "-" : ""
      let digits = Int.random(in: 1...25, using: &generator)
      let digitText = (0..<digits).map { _ in String(Int.random(in: 0...9, using: &generator)) }
        .joined()
      let point = Int.random(in: 0...digits, using: &generator)
      let integer = digitText.prefix(point).drop { $0 == "0" }
      text += integer.isEmpty ? "0" : String(integer)
      if point < digits { text += "." + digitText.dropFirst(point) }
      switch Int.random(in: 0..<3, using: &generator) {
      case 0: text += "e\(Int.random(in: -340...340, using: &generator))"
      case 1: text += "E\(Int.random(in: -25...25, using: &generator))"
      default: break
      }
      let expected = try #require(Double(text))
      guard expected.isFinite else { continue }
      let parsed = try #require(parse("[\(text)]").arrayValue?.first?.numberValue)
      #expect(parsed.bitPattern == expected.bitPattern, "seed \(seed): \(text)")
    }
  }

  @Test(
    arguments: [
      "0", "-0", "1", "0.1", "0.85", "1e22", "1e23", "9007199254740993", "9007199254740992.5",
      "12345678901234567890123", "18446744073709551616", "2.2250738585072011e-308",
      "4.9e-324", "2.4703282292062328e-324", "1e-400", "1.7976931348623157e308",
      "0.000000000000000000000000000001", "123456789012345678.9e-5",
    ]
  )
  func edgeNumbersReadAsDoubleReadsThem(text: String) throws {
    let parsed = try #require(parse("[\(text)]").arrayValue?.first?.numberValue)
    #expect(parsed.bitPattern == Double(text)?.bitPattern)
  }

  /// Hexadecimal numbers round to nearest, ties to even, however many digits they have; the
  /// expected values are Python's `float(int(text, 16))`, which rounds correctly.
  @Test(
    arguments: [
      ("1FFFFFFFFFFFFF", 0x1.fffffffffffffp+52), ("20000000000001", 0x1.0p+53),
      ("20000000000003", 0x1.0000000000002p+53), ("FFFFFFFFFFFFF800", 0x1.fffffffffffffp+63),
      ("FFFFFFFFFFFFFFFF", 0x1.0p+64), ("10000000000000800", 0x1.0p+64),
      ("10000000000000801", 0x1.0000000000001p+64),
      ("1000000000000080000000001", 0x1.0000000000001p+96),
      ("123456789ABCDEF0123", 0x1.23456789abcdfp+72), ("0000000000000000000001", 1),
    ] as [(String, Double)]
  )
  func hexadecimalNumbersRoundCorrectly(digits: String, expected: Double) throws {
    #expect(try parse("[0x\(digits)]") == .array([.number(expected)]))
  }

  @Test func negativeZeroKeepsItsSign() throws {
    let zero = try #require(parse("[-0]").arrayValue?.first?.numberValue)
    #expect(zero == 0 && zero.sign == .minus)
  }

  // MARK: Source map

  @Test func sourceMapPlacesMembersAtTheirNamesAndElementsAtTheirValues() throws {
    let text = """
      // header
      {
        simulation: { residents: 1000, months: 120 },
        "levels": [
          { name: 'a' },
          { name: "é", utility: 0.5 },
        ],
      }
      """
    let (_, map) = try JSONValue.parseWithSourceMap(Data(text.utf8))
    let expected: [String: SourcePosition] = [
      "": SourcePosition(line: 2, column: 1),
      "simulation": SourcePosition(line: 3, column: 3),
      "simulation.residents": SourcePosition(line: 3, column: 17),
      "simulation.months": SourcePosition(line: 3, column: 34),
      "levels": SourcePosition(line: 4, column: 3),
      "levels.0": SourcePosition(line: 5, column: 5),
      "levels.1.name": SourcePosition(line: 6, column: 7),
      "levels.1.utility": SourcePosition(line: 6, column: 18),
    ]
    for (path, position) in expected {
      #expect(map.position(at: path) == position, "\(path)")
    }
  }

  @Test func nearestPositionFallsBackToTheDeepestExistingAncestor() throws {
    let text = "{\n  a: {\n    b: [1,\n      2],\n  },\n}"
    let (_, map) = try JSONValue.parseWithSourceMap(Data(text.utf8))
    #expect(map.position(at: "a.b.1") == SourcePosition(line: 4, column: 7))
    #expect(map.position(at: "a.c") == nil)
    #expect(map.nearestPosition(to: "a.c") == SourcePosition(line: 2, column: 3))
    #expect(map.nearestPosition(to: "a.b.7.x") == SourcePosition(line: 3, column: 5))
    #expect(map.nearestPosition(to: "a.b.01") == SourcePosition(line: 3, column: 5))
    #expect(map.nearestPosition(to: "zzz") == SourcePosition(line: 1, column: 1))
  }

  @Test func columnsCountCharactersNotBytes() throws {
    let (_, map) = try JSONValue.parseWithSourceMap(Data("{'é€😀': 1, b: 2}".utf8))
    #expect(map.position(at: "b") == SourcePosition(line: 1, column: 12))
  }

  @Test func columnsOnTheFirstLineDoNotCountAByteOrderMark() throws {
    let data = Data([0xEF, 0xBB, 0xBF] + Array("{a: 1}".utf8))
    #expect(try JSONValue.parseWithSourceMap(data).sourceMap.position(at: "a")?.column == 2)
  }
}
