import CareSimCharts

/// The number texts of the workshop page, as `ReportNumberFormatter` writes them: what the
/// script's `euros`, `exactEuros`, `number`, `percent` and `chance` must show.
///
/// The page writes a value with the formatter's digits and rounding (`DecimalDigits`), grouping,
/// separators and signs, but never with a power of ten: it writes every digit of 10¹⁵ and above,
/// and every zero of a nonzero value below 10⁻⁶, where the formatter writes `1.23×10¹⁸`. Each
/// text is therefore nil where the formatter would use a power of ten, and a fixture compares
/// only the others. Where a format is one of the formatter's own functions it is called;
/// `euros(_:significantDigits:)` (`€371,000`, `€5`) and percentages without trailing zeros
/// (`50%`, not `50.0%`) exist only on the page, and are built here from the formatter's parts.
struct WorkshopPageNumbers {
  var formatter: ReportNumberFormatter

  init(locale: ReportLocale) { formatter = ReportNumberFormatter(locale: locale) }

  /// An amount to `significantDigits` significant digits, at most to the euro (`euros`).
  func euros(_ value: Double, significantDigits: Int = 3) -> String? {
    let digits = DecimalDigits(value)
    let rounded = digits.rounded(fractionDigits: min(0, significantDigits - digits.exponent))
    guard plainlyWritten(rounded) else { return nil }
    return formatter.composeEuros(
      formatter.plain(rounded, fractionDigits: 0), isNegative: rounded.isNegative)
  }

  /// An amount with every whole euro, and cents below €100 if it has them (`exactEuros`).
  func exactEuros(_ value: Double) -> String? {
    let rounded = DecimalDigits(value).rounded(fractionDigits: value.magnitude >= 100 ? 0 : 2)
    guard plainlyWritten(rounded) else { return nil }
    return formatter.euros(value, fractionDigits: rounded.fractionDigitCount > 0 ? 2 : 0)
  }

  /// A number to `significantDigits` significant digits, never dropping integer digits
  /// (`number`).
  func number(_ value: Double, significantDigits: Int) -> String? {
    let rounded = formatter.sensiblyRounded(
      DecimalDigits(value), significantDigits: significantDigits)
    guard plainlyWritten(rounded) else { return nil }
    return formatter.decimal(value, significantDigits: significantDigits)
  }

  /// A share as a percentage with at most `fractionDigits` digits after the separator
  /// (`percent`): the formatter's percentage with as many digits as the rounded value needs.
  func percent(_ share: Double, fractionDigits: Int) -> String? {
    let rounded = DecimalDigits(share).scaled(byPowerOfTen: 2)
      .rounded(fractionDigits: fractionDigits)
    guard plainlyWritten(rounded) else { return nil }
    return formatter.percent(share, fractionDigits: rounded.fractionDigitCount)
  }

  /// A chance as a whole percentage that never rounds a possibility away: `<1%`, `>99%`
  /// (`chance`).
  func chance(_ probability: Double) -> String? {
    if probability > 0 && probability < 0.005 { return "<1%" }
    if probability < 1 && probability > 0.995 { return ">99%" }
    return percent(probability, fractionDigits: 0)
  }

  /// Whether the formatter writes `rounded` without a power of ten, as the page always does.
  private func plainlyWritten(_ rounded: DecimalDigits) -> Bool {
    !ReportNumberFormatter.needsPowerOfTen(rounded)
  }
}
