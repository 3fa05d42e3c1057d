import CareSimCharts
import CareSimCore
import CareSimScenario

/// The words of report pages, one table per language, so that every label and sentence a page
/// shows comes from one place and a page reads wholly in English or wholly in Dutch.
///
/// A phrase may hold placeholders `{1}`, `{2}`, ... that ``format(_:_:)`` fills in; both tables hold
/// the same keys with the same placeholders (a test checks it).
package struct ReportPhrases: Sendable {
  package let locale: ReportLocale
  package let table: [String: String]
  package let numbers: ReportNumberFormatter
  /// What the result's scenario calls its need levels, so that a parameter by level reads with
  /// the level's label ("the utility of level 'not self-reliant'").
  package let levels: [NeedLevel.Label]

  /// The phrases of a language, for a result whose scenario labels its levels as `levels`.
  package init(_ locale: ReportLocale, levels: [NeedLevel.Label] = []) {
    self.locale = locale
    table = Self.tables[locale] ?? [:]
    numbers = ReportNumberFormatter(locale: locale)
    self.levels = levels
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
    fill(self[key], arguments)
  }

  /// A sentence whose subject is a payer, `{1}`: its verb agrees with the payer and it opens with
  /// a capital, whatever the payer's name.
  ///
  /// The table holds such a sentence twice, `key.one` for a payer named in the singular ("the
  /// municipality (Wmo) comes out behind") and `key.other` for one named in the plural ("the health
  /// insurers (Zvw) come out behind"); the language's table of plural payers picks one, so no call
  /// site decides agreement or capitals for itself.
  package func sentence(_ key: String, subject: Perspective, _ arguments: String...) -> String {
    let number = Self.pluralPayers[locale, default: []].contains(subject) ? "other" : "one"
    return Self.capitalised(fill(self["\(key).\(number)"], [name(subject)] + arguments))
  }

  /// The payers each language names in the plural ("the health insurers", "de mantelzorgers").
  package static let pluralPayers: [ReportLocale: Set<Perspective>] = [
    .en: englishPluralPayers, .nl: dutchPluralPayers,
  ]

  /// `text` with its first letter in upper case: a sentence never opens in lower case, even
  /// where it opens with a name written in lower case mid-sentence ("the municipality (Wmo)").
  package static func capitalised(_ text: String) -> String {
    guard let first = text.first else { return text }
    return first.uppercased() + text.dropFirst()
  }

  func fill(_ phrase: String, _ arguments: [String]) -> String {
    var phrase = phrase
    for (index, argument) in arguments.enumerated() {
      phrase = phrase.replacingOccurrences(of: "{\(index + 1)}", with: argument)
    }
    return phrase
  }

  /// A phrase in the number a count takes, its placeholders filled in as ``format(_:_:)`` fills
  /// them: `key.one` for one, `key.other` for any other count, and `key.zero` for none where the
  /// tables have one ("none lie" reads better than "0 lie").
  package func format(_ key: String, count: Int, _ arguments: String...) -> String {
    let form = count == 0 && table["\(key).zero"] != nil ? "zero" : count == 1 ? "one" : "other"
    return fill(self["\(key).\(form)"], arguments)
  }

  /// A count in words, with the noun (and verb) in the number the count takes (see
  /// ``format(_:count:_:)``).
  package func counted(_ key: String, _ count: Int) -> String {
    format(key, count: count, self.count(count))
  }

  /// A count as the page's numbers read, its thousands grouped: "1,000" ("1.000" in Dutch).
  package func count(_ value: Int) -> String { numbers.decimal(Double(value), fractionDigits: 0) }

  /// A payer's or perspective's name in a sentence: "the municipality (Wmo)".
  package func name(_ perspective: Perspective) -> String { self["perspective.\(perspective)"] }

  /// What a sentence calls the parameter at `path` ("the relative risk of decline"): the scenario
  /// schema's label in this language; the path itself only where the schema has no label.
  package func parameter(_ path: String) -> String {
    Scenario.parameterLabel(path, levels: levels)?.text(locale) ?? path
  }

  /// A parameter's name where it stands alone, as an axis, a chart row or a table cell shows it
  /// ("Relative risk of decline", "Het relatieve risico op achteruitgang"): its label as
  /// ``Scenario/Phrase/standingAlone`` writes it; a path the schema does not know stays as it is.
  package func parameterLabel(_ path: String) -> String {
    Scenario.parameterLabel(path, levels: levels)?.standingAlone.text(locale) ?? path
  }

  /// The scenario's title in this language: on a Dutch page its Dutch title (`titleNL`) where
  /// the file gives one, its English title otherwise.
  package func title(of provenance: ResultProvenance) -> String {
    provenance.scenarioTitle(dutch: locale == .nl)
  }

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

  /// A parameter's value as a sentence or a table writes it, to the same four significant digits
  /// as ``value(_:)``: where the schema names the field an amount of euros, as one with what it
  /// is per ("€43,500 a year", "€48.31 an hour"), or without it in a chart's short label
  /// (`short`: "€43,500"); any other value as ``value(_:)`` writes it.
  func value(_ number: Double, of path: String, short: Bool = false) -> String {
    let amount = Scenario.isEuroAmount(path)
    guard amount.isEuros else { return value(number) }
    let euros = numbers.euros(roundedToSignificant(number, 4))
    guard !short, let per = amount.per else { return euros }
    return euros + " " + per.text(locale)
  }

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
