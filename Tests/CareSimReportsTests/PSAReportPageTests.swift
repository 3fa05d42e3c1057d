import CareSimCharts
import CareSimCore
import Testing

@testable import CareSimReports

/// The PSA's page drawn from a result built in memory, without a folder.
@Suite struct PSAReportPageTests {
  static let result = PSAResult(
    provenance: .inMemory,
    samples: [
      .init(qalyGain: 0.2, societyNetBenefit: -5_000),
      .init(qalyGain: 0.1, societyNetBenefit: -8_000),
    ],
    spreads: [
      .init(perspective: .wmo, mean: -700, p5: -900, p95: -500, probabilityOfGain: 0, base: -650)
    ],
    acceptability: [0, 20_000, 50_000, 80_000, 100_000].enumerated().map {
      .init(willingnessToPay: $1, probability: Double($0) / 4)
    },
    meanWithinSampleStandardError: 120)

  @Test(arguments: ReportLocale.allCases)
  func thePageReadsTheCurveAtTheReferenceValues(locale: ReportLocale) {
    let phrases = ReportPhrases(locale)
    let page = PSAReportPage(result: Self.result, locale: locale).render()
    let sets = phrases.format(
      "psa.summary.sets", "2", phrases.percent(0.5), phrases.percent(0.25),
      phrases.percent(0.75))
    #expect(page.contains(escaped(sets)))
    #expect(page.contains(phrases.format("psa.ceac.reading", phrases.percent(0.5))))
    // At 50,000 a QALY the first set (10,000 of QALYs against 5,000) is below the line, the
    // second (5,000 against 8,000) is not.
    #expect(page.contains(phrases.format("psa.plane.reading", "1", "2")))
  }
}
