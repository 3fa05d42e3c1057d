import CareSimCharts
import CareSimCore
import CareSimScenario
import Testing

@testable import CareSimReports

/// The provenance at a report's foot: the assumptions as a compact appendix by part of the model.
@Suite struct ResultProvenanceHTMLTests {
  static let provenance = ResultProvenance(
    scenarioTitle: "In memory", scenarioFile: "memory.json", scenarioHash: "abc", seed: "3",
    replications: 4, caresimVersion: "test",
    assumptions: [
      .init(
        path: "covariates.loneliness.admission", value: 1.2, range: (1, 1.4), source: "assumption"),
      .init(
        path: "mechanisms.prevention.relativeRisk", value: 0.85, range: nil, source: "assumption: b"
      ),
      .init(
        path: "intervention.fixedCostPerYear", value: 36_000, range: nil, source: "assumption: c"),
      .init(path: "someday.unknown", value: 1, range: nil, source: "assumption: d"),
    ])

  /// The scenario's file and the command line break after a path's marks on a phone, not
  /// inside a word.
  @Test func theFileAndTheCommandBreakAfterMarks() {
    var provenance = Self.provenance
    provenance.scenarioFile = "Scenarios/neighbourhood.json"
    provenance.commandLine = [
      "caresim", "sweep", "Scenarios/neighbourhood.json", "--param", "a.b=0.85:1",
    ]
    let html = provenance.render(ReportPhrases(.en))
    #expect(html.contains("<dd>Scenarios/<wbr>neighbourhood.<wbr>json</dd>"))
    // A decimal point keeps its number whole.
    #expect(
      html.contains(
        "<code>caresim sweep Scenarios/<wbr>neighbourhood.<wbr>json --param a.<wbr>b=<wbr>0.85:<wbr>1</code>"
      ))
  }

  /// Each assumption sits under its part of the model, the programme and mechanisms first, with
  /// its readable name from the schema above its path; a path the schema does not know keeps
  /// only its path, under "other".
  @Test(arguments: ReportLocale.allCases)
  func theAssumptionsAreGroupedByPartOfTheModelWithReadableNames(locale: ReportLocale) throws {
    let phrases = ReportPhrases(locale)
    let html = Self.provenance.render(phrases)
    let headings = ["intervention", "mechanisms.prevention", "covariates", "other"].map {
      escaped(phrases["assumptions.group.\($0)"])
    }
    let positions = try headings.map { heading in
      try #require(html.range(of: "<th colspan=\"3\">\(heading)</th>")).lowerBound
    }
    #expect(positions == positions.sorted())
    let label = phrases.parameterLabel("mechanisms.prevention.relativeRisk")
    #expect(label != "mechanisms.prevention.relativeRisk")
    // A path may break after each dot, and nowhere else, so that the sources keep their room.
    #expect(
      html.contains(
        "<td>\(escaped(label))<br><code class=\"path\">"
          + "mechanisms.<wbr>prevention.<wbr>relativeRisk</code>"))
    #expect(html.contains("<td><code>someday.<wbr>unknown</code></td>"))
    #expect(html.contains("<span class=\"range\">"))
    // One table for the whole appendix, so print can run it on without a gap per group.
    #expect(html.components(separatedBy: "<table").count - 1 == 1)
  }
}
