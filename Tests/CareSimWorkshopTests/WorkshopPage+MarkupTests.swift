import CareSimCharts
import CareSimCore
import CareSimOutput
import Foundation
import Testing

@testable import CareSimScenario
@testable import CareSimWorkshop

/// The page's body before the script runs, and its footer: where the figures come from.
@Suite struct WorkshopPageMarkupTests {
  @Test(arguments: ReportLocale.allCases)
  func theFooterNamesWhereTheFiguresComeFrom(locale: ReportLocale) {
    let page = WorkshopPage.html(data: WorkshopPageTests.small, locale: locale)
    let footer = String(page[(page.range(of: "<footer")?.lowerBound ?? page.endIndex)...])
    for text in [
      "Scenarios/neighbourhood-1000.json", "sha256:4f1c2a9e", "20261123",
      "Assumption: illustrative fixture", CareSimVersion.current,
      WorkshopLabels.text("provenance.seed", locale),
    ] {
      #expect(footer.contains(text), "\(text)")
    }
    #expect(footer.contains(locale == .nl ? "€\u{00A0}50.000" : "€50,000"))
  }

  /// A document with only what every page has: no study, no value of a QALY, no version.
  static let bare = WorkshopDocument(
    scenario: Scenario.Identity(
      file: "a <b>.json", title: "A & B", hash: "h1", study: nil, bases: []),
    seed: .max, replications: 1000, years: 10, valuePerQALY: nil,
    split: FunderAmounts(wmo: 0.5, zvw: 0.25, wlz: 0.25), caresimVersion: nil, knobs: [],
    design: .aroundBase, cells: [], exercises: [])

  /// Every row in order, escaped; a study that is null reads "none", and the rows of a missing
  /// value of a QALY and version are left out.
  @Test func theFooterListsTheDocumentsOwnFields() {
    #expect(
      WorkshopPage.provenance(data: Self.bare, locale: .en) == """
        <footer class="provenance">
        <h2>Where these figures come from</h2>
        <dl>
        <dt>Scenario</dt><dd>A &amp; B</dd>
        <dt>File</dt><dd><code>a &lt;b&gt;.<wbr>json</code></dd>
        <dt>Scenario hash</dt><dd><code>h1</code></dd>
        <dt>Study</dt><dd>none</dd>
        <dt>Seed</dt><dd><code>18446744073709551615</code></dd>
        <dt>Runs per setting</dt><dd>1,000</dd>
        <dt>Years</dt><dd>10</dd>
        <dt>Funding split</dt><dd>Wmo 50.0%, Zvw 25.0%, Wlz 25.0%</dd>
        </dl>
        </footer>

        """)
  }

  @Test func theFooterWritesNumbersAsItsLanguageDoes() {
    let footer = WorkshopPage.provenance(data: Self.bare, locale: .nl)
    #expect(footer.contains("<dt>Runs per instelling</dt><dd>1.000</dd>"))
    #expect(footer.contains("<dt>Studie</dt><dd>geen</dd>"))
    #expect(footer.contains("<dd>Wmo 50,0%, Zvw 25,0%, Wlz 25,0%</dd>"))
  }

  /// A Dutch footer names the scenario and its study in Dutch where the file gives them, and in
  /// English where it does not; an English footer keeps the English ones.
  @Test func aDutchFooterGivesTheDutchTitleAndStudy() {
    var data = Self.bare
    data.scenario.study = "A study"
    #expect(WorkshopPage.provenance(data: data, locale: .nl).contains("<dd>A study</dd>"))
    data.scenario.titleNL = "A en B"
    data.scenario.studyNL = "Een studie"
    let dutch = WorkshopPage.provenance(data: data, locale: .nl)
    #expect(dutch.contains("<dt>Scenario</dt><dd>A en B</dd>"))
    #expect(dutch.contains("<dt>Studie</dt><dd>Een studie</dd>"))
    let english = WorkshopPage.provenance(data: data, locale: .en)
    #expect(english.contains("<dd>A &amp; B</dd>") && english.contains("<dd>A study</dd>"))
  }

  /// The heading shows the scenario's title as text; each payer has a labelled share slider of whole
  /// percentages, which the script sets.
  @Test(arguments: ReportLocale.allCases)
  func theBodyNamesTheTitleAndHasASliderPerPayer(locale: ReportLocale) {
    let body = WorkshopPage.body(data: Self.bare, locale: locale)
    #expect(body.contains("<h1>A &amp; B</h1>"))
    for payer in ["wmo", "zvw", "wlz"] {
      #expect(
        body.contains(
          "<label for=\"share-\(payer)\">\(WorkshopLabels.text("payer.\(payer)", locale))</label>"))
      #expect(
        body.contains(
          "<input type=\"range\" id=\"share-\(payer)\" min=\"0\" max=\"100\" step=\"1\">"))
    }
    #expect(body.hasSuffix("</footer>\n</div>\n"))
  }

  /// Ids are the script's handles on the page: each is unique.
  @Test func everyIdOfTheBodyIsUnique() {
    let body = WorkshopPage.body(data: Self.bare, locale: .en)
    let ids = body.matches(of: /\sid="([^"]+)"/).map { String($0.output.1) }
    #expect(ids.count > 40)
    #expect(Set(ids).count == ids.count, "\(ids.sorted())")
  }
}
