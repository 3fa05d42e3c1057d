import CareSimCore
import CareSimTestSupport
import Foundation
import Testing

@testable import CareSimIO

/// Report pages: a tiny fixed-seed run's page byte for byte, and the phrase tables.
@Suite struct ReportPageTests {
  static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Golden")

  @Test(arguments: ReportLocale.allCases)
  func runReportMatchesItsGolden(locale: ReportLocale) throws {
    let files = try ReportBuilder.adding(
      to: try RunReportGoldenTests.report().files(),
      command: ["caresim", "run", "Scenarios/reference-ladder.json", "--seed", "7"], threads: 2,
      locale: locale)
    let page = try #require(files[ReportBuilder.fileName])
    try Golden.expect(
      page, matches: Self.golden.appendingPathComponent("run-report-\(locale).html"))
  }

  /// Every language has every phrase, with the same placeholders.
  @Test func phraseTablesHaveTheSameKeysAndPlaceholders() {
    let english = ReportPhrases.english
    let dutch = ReportPhrases.dutch
    #expect(Set(english.keys) == Set(dutch.keys))
    func placeholders(_ text: String) -> Set<String> {
      Set(text.matches(of: /\{\d\}/).map { String(text[$0.range]) })
    }
    for (key, text) in english {
      #expect(placeholders(text) == placeholders(dutch[key] ?? ""), "\(key)")
    }
  }

  /// A report's sentences come from its results: the summary names the figures of the run.
  @Test func theSummaryIsDerivedFromTheResults() throws {
    let files = try RunReportGoldenTests.report().files()
    let page = try RunReportPage(files: ResultFiles(files: files, marker: nil), locale: .en)
    let summary = try JSONValue.parse(#require(files["summary.json"]))
    let cost = try #require(
      summary.value(at: "totals.intervention.intervention.discounted.mean")?.numberValue)
    #expect(page.summarySentences[0].contains(ReportPhrases(.en).euros(cost)))
    let society = try #require(summary.value(at: "netBenefitAfterSplit.society.mean")?.numberValue)
    #expect(page.summarySentences.last?.contains(ReportPhrases(.en).euros(abs(society))) == true)
  }

  @Test func breakEvenMonthIsTheFirstFromWhichTheBalanceStaysAtOrAboveZero() {
    #expect(RunReportPage.breakEvenMonth([-3, -1, 0, 2, 5]) == 3)
    #expect(RunReportPage.breakEvenMonth([-3, 1, -1, 2]) == 4)
    #expect(RunReportPage.breakEvenMonth([1, 2]) == 0)
    #expect(RunReportPage.breakEvenMonth([-1, -2]) == nil)
  }
}
