/// Numbers: decimal, hexadecimal, `Infinity` and `NaN`, each with an optional sign.
extension JSON5Parser {
  /// 10^0 through 10^22: every one is exact in `Double`, since 5^22 < 2^53.
  private static let exactPowersOfTen: [Double] = {
    var powers: [Double] = [1]
    for _ in 1...22 { powers.append((powers.last ?? 1) * 10) }
    return powers
  }()

  /// The number at the current byte, exactly as `Double(String)` reads its decimal text.
  ///
  /// Most scenario numbers have at most 19 significant digits and a small exponent; those are
  /// computed directly by Clinger's fast path (W. D. Clinger, "How to Read Floating Point
  /// Numbers Accurately", PLDI 1990, §5): when the digits form an integer m ≤ 2^53 and the
  /// decimal exponent e has |e| ≤ 22, both m and 10^|e| are exact doubles, so the one
  /// multiplication or division rounds correctly, as `Double(String)` does. Anything else is
  /// handed to `Double(String)` as normalised text. Hexadecimal is read exactly (see
  /// ``hexadecimal(negative:start:)``).
  ///
  /// - Throws: `ParseError` for a malformed number, a leading zero, or a number beyond
  ///   `Double`'s range (`1e400`); a number too small for it (`1e-400`) reads as 0, as in
  ///   `Double(String)`.
  mutating func number() throws(ParseError) -> Double {
    let start = position()
    let startOffset = offset
    var negative = false
    if bytes[offset] == UInt8(ascii: "-") || bytes[offset] == UInt8(ascii: "+") {
      negative = bytes[offset] == UInt8(ascii: "-")
      offset += 1
    }
    if let first = peek, first == UInt8(ascii: "I") || first == UInt8(ascii: "N") {
      let word = asciiWord()
      if word == "Infinity" || word == "NaN" {
        offset += word.utf8.count
        return word == "NaN" ? .nan : negative ? -.infinity : .infinity
      }
    }
    if peek == UInt8(ascii: "0"), offset + 1 < bytes.count,
      bytes[offset + 1] | 0x20 == UInt8(ascii: "x")
    {
      offset += 2
      return try hexadecimal(negative: negative, start: start)
    }

    var significand: UInt64 = 0
    var significantDigits = 0
    var exact = true  // false once a significant digit did not fit in `significand`
    var exponent = 0  // the power of ten that `significand` is to be scaled by
    func accumulate(_ digit: UInt8, inFraction: Bool) {
      if significand == 0 && digit == 0 {
        if inFraction { exponent -= 1 }
      } else if significantDigits < 19 {
        significand = significand * 10 + UInt64(digit)
        significantDigits += 1
        if inFraction { exponent -= 1 }
      } else {
        exact = false
        if !inFraction { exponent += 1 }
      }
    }
    let integer = digits { accumulate($0, inFraction: false) }
    if integer.count > 1 && bytes[integer.lowerBound] == UInt8(ascii: "0") {
      throw failure(
        "leading zero in '\(text(startOffset..<offset))': a JSON5 number does not start with "
          + "0 followed by another digit",
        at: start)
    }
    var fraction = offset..<offset
    if peek == UInt8(ascii: ".") {
      offset += 1
      fraction = digits { accumulate($0, inFraction: true) }
    }
    guard !integer.isEmpty || !fraction.isEmpty else {
      let sign = bytes[startOffset..<offset].first { $0 != UInt8(ascii: ".") }
      let what =
        sign.map { "a digit, 'Infinity' or 'NaN' after '\(Character(Unicode.Scalar($0)))'" }
        ?? "a digit after '.'"
      throw failure("expected \(what)", at: start)
    }
    var exponentText = offset..<offset
    if let marker = peek, marker | 0x20 == UInt8(ascii: "e") {
      offset += 1
      let signStart = offset
      var exponentNegative = false
      if let next = peek, next == UInt8(ascii: "-") || next == UInt8(ascii: "+") {
        exponentNegative = next == UInt8(ascii: "-")
        offset += 1
      }
      var written = 0
      let exponentDigits = digits { written = min(written * 10 + Int($0), 1_000_000) }
      guard !exponentDigits.isEmpty else {
        throw failure(
          "expected a digit in the exponent of '\(text(startOffset..<offset))'", at: start)
      }
      exponentText = signStart..<offset
      exponent += exponentNegative ? -written : written
    }

    var value: Double
    if exact && significand <= 1 << 53 && (-22...22).contains(exponent) {
      value = Double(significand)
      value =
        exponent >= 0
        ? value * Self.exactPowersOfTen[exponent] : value / Self.exactPowersOfTen[-exponent]
    } else {
      var normalised = integer.isEmpty ? "0" : text(integer)
      if !fraction.isEmpty { normalised += "." + text(fraction) }
      if !exponentText.isEmpty { normalised += "e" + text(exponentText) }
      value = Double(normalised) ?? .nan  // the grammar above admits only text Double reads
    }
    guard value.isFinite else { throw outOfRange(startOffset, at: start) }
    return negative ? -value : value
  }

  /// A hexadecimal number whose digits start at the current byte (after `0x`), read exactly.
  ///
  /// The first 16 significant digits fill a `UInt64`; `Double(UInt64)` rounds it to nearest,
  /// ties to even. Any further digits scale by 16 each, and if one of them is not zero the
  /// lowest bit is set first, so that a value just above a tie is not rounded down as a tie:
  /// with 16 digits the value is at least 2^60, so bit 0 lies below the rounding position.
  private mutating func hexadecimal(negative: Bool, start: SourcePosition) throws(ParseError)
    -> Double
  {
    let startOffset = offset - 2
    var high: UInt64 = 0
    var taken = 0
    var beyond = 0
    var sticky = false
    let hexDigits = digits(where: Self.hexValue) { digit in
      if high == 0 && digit == 0 { return }
      if taken < 16 {
        high = high << 4 | UInt64(digit)
        taken += 1
      } else {
        beyond += 1
        sticky = sticky || digit != 0
      }
    }
    guard !hexDigits.isEmpty else {
      throw failure("expected a hexadecimal digit after '0x'", at: start)
    }
    var value = Double(sticky ? high | 1 : high)
    if beyond > 0 { value = Double(sign: .plus, exponent: 4 * beyond, significand: value) }
    guard value.isFinite else { throw outOfRange(startOffset, at: start) }
    return negative ? -value : value
  }

  /// Moves past the decimal digits at the current byte, passing each digit's value to `body`.
  ///
  /// - Returns: The range of the digits.
  private mutating func digits(_ body: (UInt8) -> Void) -> Range<Int> {
    digits(where: { $0 &- UInt8(ascii: "0") < 10 ? $0 &- UInt8(ascii: "0") : nil }, body)
  }

  /// Moves past the digits that `value` reads at the current byte, passing each to `body`.
  private mutating func digits(
    where value: (UInt8) -> UInt8?, _ body: (UInt8) -> Void
  ) -> Range<Int> {
    let start = offset
    while offset < bytes.count, let digit = value(bytes[offset]) {
      body(digit)
      offset += 1
    }
    return start..<offset
  }

  /// The input's text in `range`, which holds ASCII.
  private func text(_ range: Range<Int>) -> String {
    String(decoding: bytes[range], as: UTF8.self)
  }

  private func outOfRange(_ startOffset: Int, at start: SourcePosition) -> ParseError {
    var written = text(startOffset..<min(offset, startOffset + 40))
    if offset > startOffset + 40 { written += "…" }
    return failure(
      "number out of range: '\(written)' is beyond the largest Double, about 1.8e308", at: start)
  }
}
