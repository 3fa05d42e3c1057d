import CareSimCharts
import CareSimCore
import Testing

@testable import CareSimReports

/// The split's page drawn from a result built in memory, without a folder.
@Suite struct SplitReportPageTests {
  static let result = SplitResult(
    provenance: .inMemory,
    meanCost: 1_000, meanSavings: FunderAmounts(wmo: 250, zvw: 1_500, wlz: -10),
    findings: [
      .init(
        parameter: nil, value: .nan, candidate: .fairShare,
        split: FunderAmounts(wmo: 0.25, zvw: 0.75), netBenefit: FunderAmounts(wmo: 0, zvw: 750)),
      .init(
        parameter: "effect", value: 0.5, candidate: .allBreakEven, split: nil, netBenefit: .zero),
    ])

  @Test(arguments: ReportLocale.allCases)
  func thePageSaysUpToWhichShareEachPayerGains(locale: ReportLocale) {
    let phrases = ReportPhrases(locale)
    let page = SplitReportPage(result: Self.result, locale: locale).render()
    let sentences = [
      phrases.sentence("split.ternary.upTo", subject: .wmo, phrases.percent(0.25)),
      phrases.sentence("split.ternary.always", subject: .zvw),
      phrases.sentence("split.ternary.never", subject: .wlz),
      phrases.format(
        "split.summary.fair", phrases.percent(0.25), phrases.percent(0.75), phrases.percent(0)),
    ]
    for sentence in sentences {
      // A sentence begins with a capital.
      #expect(page.contains(escaped(String(sentence.dropFirst()))), "\(sentence)")
    }
    #expect(page.contains(escaped(String(phrases["split.summary.noEven"].dropFirst()))))
    #expect(page.contains("effect = \(phrases.value(0.5))"))
  }

  /// `help split` promises each payer's chance of a loss: the table gives it beside the balance,
  /// and where every payer can break even the summary gives the shares each can take.
  @Test(arguments: ReportLocale.allCases)
  func theTableGivesTheChanceOfALossAndTheSummaryTheAcceptableShares(locale: ReportLocale) {
    let phrases = ReportPhrases(locale)
    var result = Self.result
    result.meanSavings = FunderAmounts(wmo: 600, zvw: 300, wlz: 200)
    result.findings[0].probabilityOfLoss = FunderAmounts(wmo: 0.125, zvw: 0.375, wlz: 0.5)
    let page = SplitReportPage(result: result, locale: locale).render()
    #expect(page.contains(escaped(phrases.format("split.table.loss", phrases.label(Funder.wmo)))))
    for loss in [0.125, 0.375, 0.5] {
      #expect(page.contains(escaped(phrases.percent(loss))), "\(loss)")
    }
    let range = phrases.format(
      "split.summary.evenRange", phrases.percent(0.5), phrases.percent(0.6),
      phrases.percent(0.2), phrases.percent(0.3), phrases.percent(0.1), phrases.percent(0.2))
    #expect(page.contains(escaped(String(range.dropFirst()))), "\(range)")
  }
}
