import CareSimCore
import Foundation
import JSON5
import Testing

/// Numbers: decimal as `Double(String)` reads it, hexadecimal rounded correctly, signs, the
/// non-finite literals, and what is not a number.
@Suite struct JSON5ParserNumbersTests {
  static let examples: [JSON5Example] = [
    JSON5Example(
      feature: "hexadecimal numbers", text: "[0x1F, 0XaB, -0x10, +0x10, 0x0]",
      expected: .array([.number(31), .number(171), .number(-16), .number(16), .number(0)])),
    JSON5Example(
      feature: "leading and trailing decimal points", text: "[.5, 5., -.25, +1.e2, 0.]",
      expected: .array([.number(0.5), .number(5), .number(-0.25), .number(100), .number(0)])),
    JSON5Example(
      feature: "leading plus", text: "[+1, +0.5, +1e3]",
      expected: .array([.number(1), .number(0.5), .number(1000)])),
    JSON5Example(
      feature: "infinities", text: "[Infinity, +Infinity, -Infinity]",
      expected: .array([.number(.infinity), .number(.infinity), .number(-.infinity)])),
  ]

  @Test(arguments: examples)
  func parsesJSON5Feature(_ example: JSON5Example) throws {
    #expect(try parse(example.text) == example.expected)
  }

  @Test func nanParsesToNaNWithEitherSign() throws {
    let numbers = try #require(parse("[NaN, +NaN, -NaN]").arrayValue).compactMap(\.numberValue)
    #expect(numbers.count == 3 && numbers.allSatisfy(\.isNaN))
  }

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

  static let malformed: [MalformedJSON5] = [
    MalformedJSON5(
      "inside an exponent", #"{"a": 1e"#, 1, 7, "expected a digit in the exponent of '1e'"),
    MalformedJSON5("after a sign", "[-", 1, 2, "expected a digit, 'Infinity' or 'NaN' after '-'"),
    MalformedJSON5("after 0x", "[0x", 1, 2, "expected a hexadecimal digit after '0x'"),
    MalformedJSON5("number out of range", "[1e400]", 1, 2, "number out of range: '1e400'"),
    MalformedJSON5(
      "negative number out of range", "[0, -1e400]", 1, 5, "number out of range: '-1e400'"),
    MalformedJSON5(
      "hexadecimal number out of range", "[0x1" + String(repeating: "0", count: 300) + "]", 1, 2,
      "number out of range: '0x10000000000000000000000000000000000000…'"),
    MalformedJSON5("leading zero", "[01]", 1, 2, "leading zero in '01'"),
    MalformedJSON5("a lone decimal point", "[.]", 1, 2, "expected a digit after '.'"),
  ]

  @Test(arguments: malformed)
  func malformedNumberNamesLineColumnAndWhatWasExpected(_ row: MalformedJSON5) {
    expectParseError(row)
  }
}
