/// Writes numbers for readers of a report, in English or Dutch, with sensible digits and no traps.
///
/// Every function accepts any `Double`: a non-finite value reads as an em dash (`—`), a finite
/// one of any size is written without converting to `Int` (CareSim's terminal tables trap on
/// 1e308; these do not), and negative zero reads as zero. Values from 10¹⁵ up, and tiny values
/// shown to significant digits, use a power of ten (`1.23×10¹⁸`), because a 300-digit euro amount
/// is no use to a reader.
///
/// Negative numbers carry a true minus sign (U+2212), the width of a plus sign and read as
/// "minus" by screen readers; English puts it before the euro sign (`−€1,234`), Dutch after it
/// (`€ −1.234`), as the Dutch government's style guide does. The space after the Dutch euro sign
/// is a no-break space (U+00A0), so a table cell never breaks between sign and amount.
/// Rounding is half away from zero on the shortest round-trip decimal (see `DecimalDigits`).
public struct ReportNumberFormatter: Sendable, Hashable {
  /// The conventions numbers are written in.
  public var locale: ReportLocale

  /// Creates a formatter for `locale`.
  public init(locale: ReportLocale) { self.locale = locale }

  /// What a value that is not a finite number reads as: an em dash.
  public static let notAvailable = "—"

  /// The minus sign (U+2212).
  package static let minus = "\u{2212}"

  /// Values of this magnitude and above are written with a power of ten.
  package static let plainLimit = 1e15

  /// `value` with exactly `fractionDigits` digits after the separator: `0.85` / `0,85`.
  ///
  /// - Parameters:
  ///   - value: Any double; non-finite reads as `—`.
  ///   - fractionDigits: The number of digits after the separator, 0 or more.
  /// - Returns: The text, with a minus sign (U+2212) if the rounded value is below zero.
  public func decimal(_ value: Double, fractionDigits: Int) -> String {
    guard value.isFinite else { return Self.notAvailable }
    let rounded = DecimalDigits(value).rounded(fractionDigits: max(0, fractionDigits))
    guard !Self.needsPowerOfTen(rounded) else { return compose(scientific(rounded), rounded) }
    return compose(plain(rounded, fractionDigits: max(0, fractionDigits)), rounded)
  }

  /// `value` to about `significantDigits` significant digits, never dropping integer digits:
  /// 4520496.97 as `4,520,497`, 12.3456 as `12.3`, 0.012345 as `0.0123`.
  ///
  /// Trailing zeros after the separator are left out (`0.85`, not `0.850`); use
  /// `decimal(_:fractionDigits:)` for columns that must line up.
  public func decimal(_ value: Double, significantDigits: Int = 3) -> String {
    guard value.isFinite else { return Self.notAvailable }
    let rounded = sensiblyRounded(DecimalDigits(value), significantDigits: significantDigits)
    guard !Self.needsPowerOfTen(rounded) else { return compose(scientific(rounded), rounded) }
    return compose(plain(rounded, fractionDigits: rounded.fractionDigitCount), rounded)
  }

  /// An amount in euros with sensible digits: whole euros from €100 up (`€4,520,497`), cents
  /// below (`€12.35`), and two significant digits below one euro (`€0.042`).
  public func euros(_ value: Double) -> String {
    guard value.isFinite else { return Self.notAvailable }
    let digits = DecimalDigits(value)
    guard !digits.isZero else { return composeEuros("0", isNegative: false) }
    let whole = digits.rounded(fractionDigits: 0)
    let cents = digits.rounded(fractionDigits: 2)
    // From €100 up whole euros (99.996 too, as it reads €100.00 in cents).
    if whole.exponent >= 3 || cents.exponent >= 3 { return euros(whole, fractionDigits: 0) }
    if digits.exponent <= 0 {
      // Below one euro: two significant digits, at least to the cent (€0.85, €0.042, €0.50).
      let small = digits.rounded(significantDigits: 2)
      return euros(small, fractionDigits: max(2, small.fractionDigitCount))
    }
    return euros(cents, fractionDigits: 2)
  }

  /// An amount in euros with exactly `fractionDigits` digits after the separator.
  public func euros(_ value: Double, fractionDigits: Int) -> String {
    guard value.isFinite else { return Self.notAvailable }
    let rounded = DecimalDigits(value).rounded(fractionDigits: max(0, fractionDigits))
    return euros(rounded, fractionDigits: max(0, fractionDigits))
  }

  /// A share in [0, 1] as a percentage: 0.815 as `81.5%` / `81,5%`.
  ///
  /// The share is scaled by moving the decimal point, so 1e308 does not overflow to infinity.
  public func percent(_ share: Double, fractionDigits: Int = 1) -> String {
    guard share.isFinite else { return Self.notAvailable }
    let rounded = DecimalDigits(share).scaled(byPowerOfTen: 2)
      .rounded(fractionDigits: max(0, fractionDigits))
    let body =
      Self.needsPowerOfTen(rounded)
      ? scientific(rounded) : plain(rounded, fractionDigits: max(0, fractionDigits))
    return compose(body, rounded) + "%"
  }

  /// `value` written as its kind of quantity, with the sensible digits of that kind.
  public func format(_ value: Double, as format: ValueFormat) -> String {
    switch format {
    case .number: decimal(value)
    case .euros: euros(value)
    case .percent: percent(value)
    }
  }

  // MARK: Pieces shared with the compact and axis forms

  /// Rounds to `significantDigits`, or to whole units if the integer part is longer.
  package func sensiblyRounded(_ digits: DecimalDigits, significantDigits: Int) -> DecimalDigits {
    let kept = max(1, significantDigits)
    return digits.exponent >= kept
      ? digits.rounded(fractionDigits: 0) : digits.rounded(significantDigits: kept)
  }

  /// Whether `digits` is too large (10¹⁵ and up) or too small (nonzero below 10⁻⁶) to write
  /// plainly.
  package static func needsPowerOfTen(_ digits: DecimalDigits) -> Bool {
    !digits.isZero && (digits.exponent > 15 || digits.exponent < -5)
  }

  /// The magnitude of `digits` with grouping and exactly `fractionDigits` digits after the
  /// separator, without a sign.
  package func plain(_ digits: DecimalDigits, fractionDigits: Int) -> String {
    let integer = digits.integerText
    var grouped = ""
    for (index, character) in integer.enumerated() {
      if index > 0 && (integer.count - index) % 3 == 0 { grouped += locale.groupingSeparator }
      grouped.append(character)
    }
    guard fractionDigits > 0 else { return grouped }
    return grouped + locale.decimalSeparator + digits.fractionText(count: fractionDigits)
  }

  /// The magnitude of `digits` as a mantissa of three significant digits times a power of ten:
  /// `1.23×10¹⁸`, without a sign.
  package func scientific(_ digits: DecimalDigits) -> String {
    let mantissa = digits.rounded(significantDigits: 3)
    // The mantissa is d.dd: move the point to just after the first digit.
    let power = mantissa.exponent - 1
    let normalised = mantissa.scaled(byPowerOfTen: -power)
    return plain(normalised, fractionDigits: normalised.fractionDigitCount) + "×10"
      + Self.superscript(power)
  }

  /// `power` in superscript digits, with a superscript minus if negative.
  package static func superscript(_ power: Int) -> String {
    let glyphs: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]
    let text = String(power.magnitude).map { glyphs[$0.wholeNumberValue ?? 0] }
    return (power < 0 ? "⁻" : "") + String(text)
  }

  /// `body` with a minus sign if `digits` is negative (zero never is).
  package func compose(_ body: String, _ digits: DecimalDigits) -> String {
    digits.isNegative ? Self.minus + body : body
  }

  /// `body` as an amount in euros, with the sign where the locale puts it.
  package func composeEuros(_ body: String, isNegative: Bool) -> String {
    switch locale {
    case .en: (isNegative ? Self.minus : "") + "€" + body
    case .nl: "€\u{00A0}" + (isNegative ? Self.minus : "") + body
    }
  }

  /// Rounded `digits` as euros with `fractionDigits` digits after the separator.
  private func euros(_ digits: DecimalDigits, fractionDigits: Int) -> String {
    let body =
      Self.needsPowerOfTen(digits)
      ? scientific(digits) : plain(digits, fractionDigits: fractionDigits)
    return composeEuros(body, isNegative: digits.isNegative)
  }
}
