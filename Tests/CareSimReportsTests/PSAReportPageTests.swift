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
      .init(
        perspective: .wmo, mean: -700, p5: -900, p95: -500, probabilityOfGain: 0, base: -650,
        baseStandardError: 40)
    ],
    acceptability: [0, 20_000, 50_000, 80_000, 100_000].enumerated().map {
      .init(willingnessToPay: $1, probability: Double($0) / 4)
    },
    meanWithinSampleStandardError: 120, offCentre: [])

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

  /// A distribution not centred on its value is named, with its value and its mean, in a
  /// sentence whose number follows the count; without one there is no such sentence.
  @Test(arguments: ReportLocale.allCases)
  func theParametersNotCentredOnTheirValueAreNamed(locale: ReportLocale) {
    let phrases = ReportPhrases(locale)
    let wlz = OffCentreParameter(
      path: "needLevels.4.annualCost.wlz", value: 44_400, distributionMean: 52_200)
    let relativeRisk = OffCentreParameter(
      path: "mechanisms.prevention.relativeRisk", value: 0.85, distributionMean: 0.9)
    func item(_ parameter: OffCentreParameter) -> String {
      phrases.format(
        "psa.offCentre.parameter", phrases.parameter(parameter.path),
        phrases.value(parameter.value, of: parameter.path),
        phrases.value(parameter.distributionMean, of: parameter.path))
    }
    var result = Self.result
    result.offCentre = [wlz]
    let one = PSAReportPage(result: result, locale: locale).render()
    #expect(one.contains(escaped(phrases.format("psa.summary.offCentre.one", item(wlz), "1"))))
    // The Wlz's cost is an amount of euros a year, and the page writes it as one.
    #expect(one.contains(escaped(phrases.value(52_200, of: wlz.path))))
    #expect(
      phrases.value(52_200, of: wlz.path)
        == (locale == .en ? "€52,200 a year" : "€\u{00A0}52.200 per jaar"))
    result.offCentre = [wlz, relativeRisk]
    let two = PSAReportPage(result: result, locale: locale).render()
    let both = [wlz, relativeRisk].map(item).joined(separator: "; ")
    #expect(two.contains(escaped(phrases.format("psa.summary.offCentre.other", both, "2"))))
    let none = PSAReportPage(result: Self.result, locale: locale).render()
    let opening = phrases["psa.summary.offCentre.one"].prefix { $0 != "{" }
    #expect(one.contains(escaped(String(opening))))
    #expect(!none.contains(escaped(String(opening))))
  }

  /// Society's result at the scenario's own values is given with its Monte-Carlo error, against
  /// which a reader judges its gap to the sets' mean; a folder that kept no error gives none.
  @Test(arguments: ReportLocale.allCases)
  func theBasesErrorIsGivenForSociety(locale: ReportLocale) {
    let phrases = ReportPhrases(locale)
    var result = Self.result
    let society = PSAResult.Spread(
      perspective: .society, mean: 9_000, p5: -1_000, p95: 20_000, probabilityOfGain: 0.8,
      base: 5_000, baseStandardError: 8_000)
    result.spreads.append(society)
    let page = PSAReportPage(result: result, locale: locale).render()
    #expect(page.contains(escaped(phrases.format("psa.summary.baseError", phrases.euros(8_000)))))
    result.spreads[result.spreads.count - 1].baseStandardError = .nan
    let older = PSAReportPage(result: result, locale: locale).render()
    let opening = phrases["psa.summary.baseError"].prefix { $0 != "{" }
    #expect(!older.contains(escaped(String(opening))))
  }
}
