import CareSimCharts
import CareSimCore
import Testing

@testable import CareSimReports

/// The validation page drawn from a result built in memory, without a folder.
@Suite struct ValidationReportPageTests {
  static let result = ValidationResult(
    provenance: .inMemory,
    study: "Dordrecht",
    figures: [
      .init(
        name: "cost", kind: .derived, status: .reproduced, published: 100, mean: 101,
        lower95: 99, upper95: 103),
      .init(
        name: "saving", kind: .result, status: .gap, published: 50, mean: 20, lower95: 10,
        upper95: 30),
      .init(
        name: "sign", kind: .sign, status: .holds, published: 1, mean: 5, lower95: 1,
        upper95: 9),
    ])

  @Test(arguments: ReportLocale.allCases)
  func theSummaryCountsTheFiguresByStatus(locale: ReportLocale) {
    let phrases = ReportPhrases(locale)
    let page = ValidationReportPage(result: Self.result, locale: locale).render()
    let counts = [FigureComparison.Status.reproduced, .gap, .holds].map {
      "1 \(phrases["validation.status.\($0.rawValue)"])"
    }
    let summary = phrases.format(
      "validation.summary", "Dordrecht", "3", counts.joined(separator: ", "))
    #expect(page.contains(escaped(summary)))
    // The chart has the two figures with a number, not the sign.
    #expect(page.components(separatedBy: "<svg").count - 1 == 1)
  }

  /// ``result`` as a validation file with Dutch names gives it: the study and the two figures
  /// with a number, not the sign, so that a Dutch page falls back to its English name.
  static let dutch: ValidationResult = {
    var dutch = result
    dutch.studyNL = "Dordrecht, in het Nederlands"
    dutch.figures[0].nameNL = "kosten van de aanpak"
    dutch.figures[1].nameNL = "besparing op de Wlz"
    return dutch
  }()

  /// A Dutch page names the study and every figure by their Dutch names, in the title, the
  /// summary, the chart and the table, figure by figure falling back to the English; the English
  /// page of the same result is the page without Dutch names.
  @Test func theDutchPageNamesTheStudyAndTheFiguresInDutch() throws {
    let dutch = ValidationReportPage(result: Self.dutch, locale: .nl).render()
    let phrases = ReportPhrases(.nl)
    let study = "Dordrecht, in het Nederlands"
    #expect(dutch.contains("<h1>\(escaped(phrases.format("validation.title", study)))</h1>"))
    #expect(dutch.contains(escaped(study + ": 3 ")) && !dutch.contains("Dordrecht:"))
    let chart = try #require(
      dutch.components(separatedBy: "<svg").dropFirst().first?
        .components(separatedBy: "</svg>").first)
    for figure in Self.dutch.figures {
      let name = escaped(figure.name(dutch: true))
      #expect(dutch.contains("<td>\(name)</td>"), "\(name)")
      if figure.kind != .sign { #expect(chart.contains(name), "\(name)") }
    }
    #expect(!dutch.contains("<td>cost</td>") && !dutch.contains("<td>saving</td>"))
    #expect(dutch.contains("<td>sign</td>"))

    let english = ValidationReportPage(result: Self.dutch, locale: .en).render()
    #expect(english == ValidationReportPage(result: Self.result, locale: .en).render())
  }
}
