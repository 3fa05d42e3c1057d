/// The shortest decimal digits that round-trip a finite `Double`, with decimal rounding that
/// cannot trap.
///
/// Report formatting must handle any finite value, 1e308 included, so it never converts a double
/// to `Int` (which traps beyond 2⁶³). Instead it starts from Swift's `description`, which prints
/// the shortest decimal that reads back as the same double (Swift's "SwiftDtoa" algorithm, in the
/// family of Steele & White 1990 and Ryū, Adams 2018), and rounds on those digits. Rounding the
/// digits a reader would see in the CSV, rather than the binary value, keeps a table and its CSV in
/// agreement: 2.675 is written `2.675` in the CSV and rounds to `2.68`, as the reader expects
/// (`printf` would give 2.67, because the double is 2.67499999…).
///
/// The value is `±0.d₁d₂…dₙ × 10^exponent` with `d₁ ≠ 0` and `dₙ ≠ 0`; zero has no digits.
/// Every operation is O(n) in the number of digits (at most 17 for a double, plus carries).
package struct DecimalDigits: Sendable, Hashable {
  /// Whether the value is below zero; never true for zero.
  package private(set) var isNegative: Bool

  /// The significant digits, each 0...9, without leading or trailing zeros; empty for zero.
  package private(set) var digits: [UInt8]

  /// The position of the decimal point: the value is `0.d₁d₂… × 10^exponent`.
  package private(set) var exponent: Int

  /// The digits of `value`, which must be finite.
  package init(_ value: Double) {
    precondition(value.isFinite, "DecimalDigits needs a finite value, got \(value)")
    var digits: [UInt8] = []
    digits.reserveCapacity(17)
    var pointPosition: Int?
    var exponent = 0
    var isNegativeExponent = false
    var inExponent = false
    // `description` of a finite non-negative double is either "123.456" or "1.5e-07"/"1e+300",
    // all ASCII: its bytes are read, not its characters.
    for byte in value.magnitude.description.utf8 {
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"):
        let digit = byte &- UInt8(ascii: "0")
        // The exponent of a double's description has at most three digits: no overflow.
        if inExponent { exponent = exponent * 10 + Int(digit) } else { digits.append(digit) }
      case UInt8(ascii: "e"), UInt8(ascii: "E"): inExponent = true
      case UInt8(ascii: "."): pointPosition = digits.count
      case UInt8(ascii: "-"): isNegativeExponent = inExponent
      default: break
      }
    }
    self.init(
      isNegative: value < 0, digits: digits,
      exponent: (pointPosition ?? digits.count) + (isNegativeExponent ? -exponent : exponent))
  }

  /// Normalises the digits: drops leading zeros (moving the point) and trailing zeros.
  private init(isNegative: Bool, digits: [UInt8], exponent: Int) {
    var exponent = exponent
    var start = 0
    while start < digits.count && digits[start] == 0 {
      start += 1
      exponent -= 1
    }
    var end = digits.count
    while end > start && digits[end - 1] == 0 { end -= 1 }
    let significant = Array(digits[start..<end])
    self.digits = significant
    self.exponent = significant.isEmpty ? 0 : exponent
    self.isNegative = significant.isEmpty ? false : isNegative
  }

  /// Whether the value is zero.
  package var isZero: Bool { digits.isEmpty }

  /// The same digits times 10ⁿ, exactly (a share becomes a percentage with `n = 2`, with no
  /// multiplication that could overflow to infinity).
  package func scaled(byPowerOfTen n: Int) -> DecimalDigits {
    isZero ? self : DecimalDigits(isNegative: isNegative, digits: digits, exponent: exponent + n)
  }

  /// The value rounded half away from zero to `fractionDigits` digits after the point.
  ///
  /// A negative count rounds to tens, hundreds and so on.
  package func rounded(fractionDigits: Int) -> DecimalDigits {
    rounded(keeping: exponent + fractionDigits)
  }

  /// The value rounded half away from zero to `significantDigits` significant digits (at least 1).
  package func rounded(significantDigits: Int) -> DecimalDigits {
    precondition(significantDigits >= 1, "need at least one significant digit")
    return rounded(keeping: significantDigits)
  }

  /// The value rounded half away from zero so that `kept` leading digits remain.
  private func rounded(keeping kept: Int) -> DecimalDigits {
    if kept >= digits.count { return self }
    if kept < 0 { return DecimalDigits(isNegative: false, digits: [], exponent: 0) }
    var result = Array(digits[0..<kept])
    var newExponent = exponent
    if digits[kept] >= 5 {
      var index = kept - 1
      while index >= 0 && result[index] == 9 {
        result[index] = 0
        index -= 1
      }
      if index >= 0 {
        result[index] += 1
      } else {
        result.insert(1, at: 0)
        newExponent += 1
      }
    }
    return DecimalDigits(isNegative: isNegative, digits: result, exponent: newExponent)
  }

  /// The digits before the point, as text without grouping ("0" when the value is below one).
  package var integerText: String {
    guard exponent > 0 else { return "0" }
    return Self.text(of: (0..<exponent).map { $0 < digits.count ? digits[$0] : 0 })
  }

  /// Exactly `count` digits after the point, padded with zeros; digits beyond `count` are cut, so
  /// round first.
  package func fractionText(count: Int) -> String {
    Self.text(
      of: (0..<max(0, count)).map { position in
        let index = exponent + position
        return index >= 0 && index < digits.count ? digits[index] : 0
      })
  }

  /// The value in scientific notation, which every number reader parses: `-1.5e-7`, `1e300`;
  /// `0` for zero.
  package var scientificText: String {
    guard let first = digits.first else { return "0" }
    let rest = digits.dropFirst()
    return (isNegative ? "-" : "") + Self.text(of: [first])
      + (rest.isEmpty ? "" : "." + Self.text(of: Array(rest))) + "e\(exponent - 1)"
  }

  /// Digits 0...9 as their ASCII text.
  private static func text(of digits: [UInt8]) -> String {
    String(decoding: digits.map { $0 &+ UInt8(ascii: "0") }, as: UTF8.self)
  }

  /// The number of digits after the point needed to write the value exactly.
  package var fractionDigitCount: Int { max(0, digits.count - exponent) }
}
