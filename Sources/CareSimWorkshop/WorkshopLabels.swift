import CareSimCharts
import Foundation

/// The words of the workshop page, one table per language: every label, heading and sentence the
/// page shows comes from here (knob names and exercise texts come from the data, in both
/// languages).
///
/// The page embeds the table of its language as JSON, and its script looks each text up with
/// `label('key')`; the markup written in Swift uses ``text(_:_:)``. A phrase may hold
/// placeholders `{1}`, `{2}`, ... that the page fills in. Both tables hold the same keys with the
/// same placeholders, and every key the script or the markup uses is in them (tests check all
/// three).
package enum WorkshopLabels {
  /// The table of `locale`.
  package static func table(_ locale: ReportLocale) -> [String: String] {
    switch locale {
    case .en: english
    case .nl: dutch
    }
  }

  /// The text of `key` in `locale`; traps when the key is missing, as that is a bug of the page.
  package static func text(_ key: String, _ locale: ReportLocale) -> String {
    guard let text = table(locale)[key] else {
      preconditionFailure("no workshop label '\(key)' in \(locale)")
    }
    return text
  }

  /// The text of `key`, its placeholders filled in.
  ///
  /// `{1}` is replaced by the first of `arguments`, `{2}` by the second, and so on.
  package static func text(_ key: String, _ locale: ReportLocale, _ arguments: String...)
    -> String
  {
    var text = text(key, locale)
    for (index, argument) in arguments.enumerated() {
      text = text.replacingOccurrences(of: "{\(index + 1)}", with: argument)
    }
    return text
  }

  /// A count and its noun by the page's one plural rule: `count.NOUN.one` for exactly one ("1
  /// year"), `count.NOUN.other` for any other count ("10 years"; Dutch "1 jaar", "10 jaar").
  ///
  /// The page's script applies the same rule (`counted` in workshop.js), so a count never stands
  /// before a noun of the wrong number ("over 1 years").
  package static func counted(_ count: Int, _ noun: String, _ locale: ReportLocale) -> String {
    text("count.\(noun).\(count == 1 ? "one" : "other")", locale, String(count))
  }
}
