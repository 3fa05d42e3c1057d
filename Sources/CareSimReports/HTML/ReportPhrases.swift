import CareSimCharts
import CareSimCore

/// The words of report pages, one table per language, so that every label and sentence a page
/// shows comes from one place and a page reads wholly in English or wholly in Dutch.
///
/// A phrase may hold placeholders `{1}`, `{2}`, ... that ``format(_:_:)`` fills in; both tables hold
/// the same keys with the same placeholders (a test checks it).
package struct ReportPhrases: Sendable {
  package let locale: ReportLocale
  package let table: [String: String]
  package let numbers: ReportNumberFormatter

  package init(_ locale: ReportLocale) {
    self.locale = locale
    table = Self.tables[locale] ?? [:]
    numbers = ReportNumberFormatter(locale: locale)
  }

  /// The tables, by language.
  package static let tables: [ReportLocale: [String: String]] = [.en: english, .nl: dutch]

  /// A phrase without placeholders.
  package subscript(key: String) -> String {
    guard let phrase = table[key] else { preconditionFailure("no phrase '\(key)' in \(locale)") }
    return phrase
  }

  /// A phrase with its placeholders filled in, `{1}` with the first argument and so on.
  package func format(_ key: String, _ arguments: String...) -> String {
    var phrase = self[key]
    for (index, argument) in arguments.enumerated() {
      phrase = phrase.replacingOccurrences(of: "{\(index + 1)}", with: argument)
    }
    return phrase
  }

  /// A payer's or perspective's name in a sentence: "the municipality (Wmo)".
  package func name(_ perspective: Perspective) -> String { self["perspective.\(perspective)"] }

  /// A funder's short name, as a chart labels it: "Wmo".
  package func label(_ funder: Funder) -> String { self["funder.\(funder)"] }

  /// A perspective's short name: "Wmo", "Society".
  package func label(_ perspective: Perspective) -> String { self["label.\(perspective)"] }

  /// Euros for the reader, rounded to three significant digits in sentences: "€985,000".
  package func euros(_ value: Double) -> String {
    numbers.euros(roundedToSignificant(value, 3))
  }

  /// Whole euros with every digit, for tables of totals: `€25,127`, and `−€69`, not `−€68.79`,
  /// so that one table speaks one style.
  package func exactEuros(_ value: Double) -> String { numbers.euros(value, fractionDigits: 0) }

  package func percent(_ share: Double) -> String { numbers.percent(share) }

  package func decimal(_ value: Double, digits: Int = 3) -> String {
    numbers.decimal(value, significantDigits: digits)
  }

  /// A value of a parameter as a page shows it: four significant digits.
  func value(_ number: Double) -> String { decimal(number, digits: 4) }

  /// The euro axis of a chart of net benefit.
  var netBenefitAxis: ChartAxis {
    ChartAxis(self["axis.netBenefit"], unit: "€", format: .euros, includesZero: true)
  }

  /// `value` rounded to `digits` significant digits, without leaving doubles (and without a
  /// conversion that could trap).
  private func roundedToSignificant(_ value: Double, _ digits: Int) -> Double {
    guard value.isFinite, value != 0, value.magnitude >= 1000 else { return value }
    var scale = 1.0
    while (value.magnitude / scale) >= pow10(digits) { scale *= 10 }
    return (value / scale).rounded() * scale
  }

  private func pow10(_ exponent: Int) -> Double {
    (0..<exponent).reduce(1.0) { value, _ in value * 10 }
  }
}
