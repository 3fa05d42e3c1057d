/// The number conventions of a report's reader: English or Dutch.
///
/// Reports are read by Dutch council members and by international reviewers, so every number is
/// written in one of these two conventions and never in the machine's locale. The same data then
/// gives the same bytes on every machine; Foundation's `NumberFormatter` follows the host's ICU
/// data, which differs between macOS and Linux releases.
public enum ReportLocale: String, Sendable, Hashable, CaseIterable, Codable {
  /// English: `€1,234,567`, `−€1,234`, `0.85`, `81.5%`, `€1.2M`, `€250k`.
  case en
  /// Dutch: `€ 1.234.567`, `€ −1.234`, `0,85`, `81,5%`, `€ 1,2 mln`, `€ 250.000`.
  case nl

  /// The mark between the integer and the fraction digits.
  package var decimalSeparator: String {
    switch self {
    case .en: "."
    case .nl: ","
    }
  }

  /// What an empty chart says.
  package var noData: String {
    switch self {
    case .en: "No data"
    case .nl: "Geen gegevens"
    }
  }

  /// The mark between groups of three integer digits.
  package var groupingSeparator: String {
    switch self {
    case .en: ","
    case .nl: "."
    }
  }
}
