import CareSimCharts
import CareSimCore
import Testing

@testable import CareSimReports

/// The run's page drawn from a result built in memory, without a folder.
@Suite struct RunReportPageTests {
  /// A year in which the programme costs the Wmo 40 in its first month and saves it 5 a month.
  static let result: RunResult = {
    let months = 12
    let zero = RunResult.MonthlySeries(
      mean: Array(repeating: 0, count: months), p5: Array(repeating: 0, count: months),
      p95: Array(repeating: 0, count: months))
    func costs(wmo: Double, programme: Double) -> [Funder: RunResult.MonthlySeries] {
      var wmoSeries = zero
      wmoSeries.mean = Array(repeating: wmo, count: months)
      var programmeSeries = zero
      programmeSeries.mean[0] = programme
      return [
        .wmo: wmoSeries, .zvw: zero, .wlz: zero, .intervention: programmeSeries, .informal: zero,
      ]
    }
    return RunResult(
      provenance: .inMemory,
      residents: 50, replications: 4, months: months, entrantsPerMonth: 0,
      fundingSplit: FunderAmounts(wmo: 1), valuePerQALY: 20_000,
      minimumQualityForLivingAtHome: .nan,
      discountedTotals: [
        .intervention: [.intervention: 40],
        .difference: [.wmo: -60, .zvw: 0, .wlz: 0, .informal: 0, .intervention: 40, .qalys: 0],
      ],
      netBenefit: Dictionary(
        uniqueKeysWithValues: Perspective.allCases.map {
          (
            $0,
            RunResult.NetBenefit(mean: $0 == .wmo || $0 == .society ? 20 : 0, probabilityOfLoss: 0)
          )
        }),
      netMonetaryBenefit: 20, discountFactors: Array(repeating: 1, count: months),
      monthlyCosts: [
        .control: costs(wmo: 10, programme: 0), .intervention: costs(wmo: 5, programme: 40),
        .difference: costs(wmo: -5, programme: 40),
      ],
      monthlyOutcomes: [:], deathPlaces: nil)
  }()

  @Test(arguments: ReportLocale.allCases)
  func thePageSaysWhenTheWmoBreaksEvenAndWhatItsBudgetDoes(locale: ReportLocale) {
    let phrases = ReportPhrases(locale)
    let page = RunReportPage(result: Self.result, locale: locale).render()
    // 5 a month against 40 in the first: the balance reaches zero in month 8. (The sentence
    // begins with a capital.)
    let payback = phrases.sentence("run.payback.from", subject: .wmo, "8")
    #expect(page.contains(escaped(payback)))
    #expect(page.contains(phrases.format("run.monthly.below", phrases.label(Funder.wmo), "1")))
    // The year's budget: 120 without, 60 with.
    for amount in [120.0, 60, -60] {
      #expect(page.contains("<td class=\"number\">\(escaped(phrases.exactEuros(amount)))</td>"))
    }
  }

  /// A run off its sources' ground says so first, in the page's language, with its figures; a run
  /// on it has no such section.
  @Test(arguments: ReportLocale.allCases)
  func thePageGivesTheWarningsFirst(locale: ReportLocale) {
    let phrases = ReportPhrases(locale)
    #expect(
      !RunReportPage(result: Self.result, locale: locale).render().contains(
        escaped(phrases["warning.title"])))
    var result = Self.result
    result.warnings = [
      .programmeCostPerParticipant(eurosAYear: 15),
      .entrantsAgainstDeaths(entrantsPerMonth: 3.5, deathsPerMonth: 70),
      .capacityBelowUptake(places: 60, uptake: 400),
    ]
    let page = RunReportPage(result: result, locale: locale).render()
    let title = try? #require(page.range(of: escaped(phrases["warning.title"])))
    for warning in result.warnings {
      let sentence = try? #require(page.range(of: escaped(phrases.sentence(warning))))
      #expect(sentence != nil && title != nil && title!.upperBound <= sentence!.lowerBound)
    }
    #expect(phrases.sentence(result.warnings[0]).contains(phrases.exactEuros(29.29)))
  }

  @Test func theSummaryNamesTheCostAndWhoSaves() {
    let phrases = ReportPhrases(.en)
    let sentences = RunReportPage(result: Self.result, locale: .en).summarySentences
    #expect(
      sentences.first
        == phrases.format(
          "summary.costAndSaving.undiscounted", phrases.numbers.decimal(1, significantDigits: 3),
          phrases.euros(40), phrases.name(.wmo), phrases.name(.wmo), phrases.euros(60)))
  }

  /// Discounted amounts are said to be present values, beside the programme's undiscounted
  /// cost, which the budget table's years add up to.
  @Test(arguments: ReportLocale.allCases)
  func aDiscountedSummaryGivesTheBudgetsCostToo(locale: ReportLocale) {
    let phrases = ReportPhrases(locale)
    var result = Self.result
    result.discountFactors = result.discountFactors.map { $0 * 0.9 }
    let sentence = RunReportPage(result: result, locale: locale).summarySentences.first
    let budget = result.programmeCostPerYear * result.years
    #expect(budget.isFinite && budget > 0)
    #expect(
      sentence
        == phrases.format(
          "summary.costAndSaving", phrases.numbers.decimal(1, significantDigits: 3),
          phrases.euros(40), phrases.name(.wmo), phrases.name(.wmo), phrases.euros(60),
          phrases.euros(budget)))
  }
}

extension RunReportPageTests {
  /// A Dutch page carries the scenario's Dutch title, in its heading and its `<title>`; an
  /// English page the English one; a scenario without a Dutch title keeps its English one.
  @Test func theTitleIsInThePagesLanguage() {
    var result = Self.result
    result.provenance.scenarioTitle = "Neighbourhood of 1,000 older residents"
    result.provenance.scenarioTitleNL = "Wijk met 1.000 oudere bewoners"
    let dutch = RunReportPage(result: result, locale: .nl).render()
    #expect(dutch.contains("<title>Wijk met 1.000 oudere bewoners</title>"))
    #expect(!dutch.contains("Neighbourhood of 1,000"))
    let english = RunReportPage(result: result, locale: .en).render()
    #expect(english.contains("<title>Neighbourhood of 1,000 older residents</title>"))
    result.provenance.scenarioTitleNL = nil
    #expect(
      RunReportPage(result: result, locale: .nl).render().contains(
        "<title>Neighbourhood of 1,000 older residents</title>"))
  }
}
