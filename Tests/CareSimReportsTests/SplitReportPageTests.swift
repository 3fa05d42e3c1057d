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
}
