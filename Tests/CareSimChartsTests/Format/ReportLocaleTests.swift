import CareSimCharts
import Foundation
import Testing

/// The two number conventions of a report's reader.
@Suite struct ReportLocaleTests {
  @Test func separatorsOfEachLocale() {
    #expect(ReportLocale.en.decimalSeparator == ".")
    #expect(ReportLocale.en.groupingSeparator == ",")
    #expect(ReportLocale.nl.decimalSeparator == ",")
    #expect(ReportLocale.nl.groupingSeparator == ".")
  }

  /// A number is read unambiguously only if its two marks differ.
  @Test(arguments: ReportLocale.allCases)
  func separatorsDiffer(locale: ReportLocale) {
    #expect(locale.decimalSeparator != locale.groupingSeparator)
  }

  @Test func emptyChartsSayNoDataInTheReadersLanguage() {
    #expect(ReportLocale.en.noData == "No data")
    #expect(ReportLocale.nl.noData == "Geen gegevens")
  }

  /// Options and result files name the locale by its code.
  @Test func codesReadAndWrite() throws {
    #expect(ReportLocale.allCases == [.en, .nl])
    #expect(ReportLocale(rawValue: "nl") == .nl)
    #expect(ReportLocale(rawValue: "NL") == nil)
    let data = try JSONEncoder().encode([ReportLocale.en, .nl])
    #expect(String(decoding: data, as: UTF8.self) == "[\"en\",\"nl\"]")
    #expect(try JSONDecoder().decode([ReportLocale].self, from: data) == [.en, .nl])
  }
}
