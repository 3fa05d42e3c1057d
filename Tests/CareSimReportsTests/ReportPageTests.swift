import CareSimCharts
import CareSimCore
import CareSimOutput
import CareSimTestSupport
import Foundation
import JSON5
import Testing

@testable import CareSimReports

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
    let page = try #require(files[ReportBuilder.fileName(for: locale)])
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
    let page = RunReportPage(
      result: try RunResult(files: ResultFiles(files: files, marker: nil)), locale: .en)
    let summary = try JSONValue.parse(#require(files["summary.json"]))
    let cost = try #require(
      summary.value(at: "totals.intervention.intervention.discounted.mean")?.numberValue)
    #expect(page.summarySentences[0].contains(ReportPhrases(.en).euros(cost)))
    let society = try #require(summary.value(at: "netBenefitAfterSplit.society.mean")?.numberValue)
    #expect(page.summarySentences.last?.contains(ReportPhrases(.en).euros(abs(society))) == true)
  }

  /// Where residents die: the sentence gives the control arm's share at 80 and over against
  /// CBS's, in whole percents, in both languages; a folder written before runs counted where
  /// residents die has no such section, and its page is drawn as before.
  @Test func theDeathsSentenceComparesWithCBSAndOlderFoldersHaveNoSection() throws {
    let report = try RunReportGoldenTests.report(RunReportGoldenTests.cases[1])
    let eighty = try #require(report.placeOfDeath.row(.all, "80+"))
    try #require(eighty.deaths > 0)
    var files = report.files()
    let share = { (locale: ReportLocale) in
      ReportNumberFormatter(locale: locale).percent(eighty.shareInInstitution, fractionDigits: 0)
    }
    let expected: [ReportLocale: String] = [
      .en: "Without the programme, \(share(.en)) of the residents who die at 80 or older live in "
        + "a nursing home when they die; in the Netherlands in 2017 it was 46% (CBS).",
      .nl: "Zonder het programma woont \(share(.nl)) van de bewoners die op hun 80e of later "
        + "overlijden, op het moment van overlijden in een verpleeghuis; in Nederland was dat 46% "
        + "in 2017 (CBS).",
    ]
    for (locale, sentence) in expected {
      let page = RunReportPage(
        result: try RunResult(files: ResultFiles(files: files, marker: nil)), locale: locale)
      let deaths = try #require(page.result.deathPlaces)
      #expect(page.deathComparison(deaths).hasPrefix(sentence + " "))
      #expect(page.render().contains(sentence))
    }
    files["place-of-death.csv"] = nil
    let older = RunReportPage(
      result: try RunResult(files: ResultFiles(files: files, marker: nil)), locale: .en)
    #expect(older.result.deathPlaces == nil)
    #expect(!older.render().contains("Where residents die"))
  }
}

extension ReportPageTests {
  /// The English report is `report.html`, the Dutch one `report.nl.html`: the two stand side by
  /// side in one folder.
  @Test func eachLanguageHasItsOwnFileName() throws {
    #expect(ReportBuilder.fileName(for: .en) == "report.html")
    #expect(ReportBuilder.fileName(for: .nl) == "report.nl.html")
    #expect(ReportBuilder.isReport("report.nl.html") && !ReportBuilder.isReport("summary.json"))
    let files = try ReportBuilder.adding(
      to: try RunReportGoldenTests.report().files(),
      command: ["caresim", "run", "Scenarios/reference-ladder.json"], threads: 2, locale: .nl)
    #expect(files["report.nl.html"] != nil && files["report.html"] == nil)
  }
}
