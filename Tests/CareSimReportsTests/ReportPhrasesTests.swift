import CareSimCharts
import Testing

@testable import CareSimReports

/// The words and number styles of report pages.
@Suite struct ReportPhrasesTests {
  /// A table of totals gives whole euros in every row, small amounts too.
  @Test(
    arguments: [
      (ReportLocale.en, -68.79, "−€69"), (.en, 954.6, "€955"), (.en, 25_127.4, "€25,127"),
      (.en, 0.4, "€0"),
    ] as [(ReportLocale, Double, String)])
  func tablesGiveWholeEuros(locale: ReportLocale, value: Double, expected: String) {
    #expect(ReportPhrases(locale).exactEuros(value) == expected)
  }
}
