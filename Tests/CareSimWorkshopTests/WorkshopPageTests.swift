import CareSimCharts
import CareSimCore
import Foundation
import JSON5
import Testing

@testable import CareSimWorkshop

/// The workshop page as text.
///
/// What it embeds and that it is self-contained (its body and footer are
/// `WorkshopPage+MarkupTests`' part, its words `WorkshopLabels+EnglishTests`'); how it behaves is
/// `Tests/browser/check-workshop.py`'s part.
@Suite struct WorkshopPageTests {
  static let small = WorkshopFixture.document(knobCount: 3, replications: 20, years: 5)

  /// The text of the script element with `id`, as the browser reads it.
  static func scriptElement(_ id: String, in page: String) throws -> String {
    let start = try #require(page.range(of: "<script type=\"application/json\" id=\"\(id)\">"))
    let end = try #require(page.range(of: "</script>", range: start.upperBound..<page.endIndex))
    return String(page[start.upperBound..<end.lowerBound])
  }

  @Test(arguments: ReportLocale.allCases)
  func embedsTheDataAndTheLabelsOfItsLanguage(locale: ReportLocale) throws {
    let page = WorkshopPage.html(data: Self.small, locale: locale)
    let data = try Self.scriptElement(WorkshopPage.dataElementID, in: page)
    #expect(try JSONValue.parse(Data(data.utf8)) == Self.small.json)
    let labels = try Self.scriptElement(WorkshopPage.labelsElementID, in: page)
    #expect(
      try JSONValue.parse(Data(labels.utf8))
        == .object(WorkshopLabels.table(locale).mapValues(JSONValue.string)))
    #expect(page.contains("<html lang=\"\(locale.rawValue)\">"))
    #expect(page.contains(WorkshopLabels.text("controls.heading", locale)))
  }

  /// The page heads itself, and names itself in the browser's tab, with the scenario's title in
  /// its language: the Dutch one on a Dutch page where the scenario gives one.
  @Test func theHeadingIsTheScenariosTitleInThePagesLanguage() {
    var document = Self.small
    document.scenario.title = "Neighbourhood"
    document.scenario.titleNL = "Wijk"
    for (locale, title) in [(ReportLocale.en, "Neighbourhood"), (.nl, "Wijk")] {
      let page = WorkshopPage.html(data: document, locale: locale)
      #expect(page.contains("<h1>\(title)</h1>"), "\(locale)")
      #expect(page.contains("<title>\(WorkshopLabels.text("page.title", locale, title))</title>"))
    }
    document.scenario.titleNL = nil
    #expect(WorkshopPage.html(data: document, locale: .nl).contains("<h1>Neighbourhood</h1>"))
  }

  /// A title with `</script>` or `<!--` in it neither ends the data element early nor changes
  /// how the browser reads it: every `<` of the JSON is written `\u003c`.
  @Test func theEmbeddedJSONSurvivesAScriptEndTagInATitle() throws {
    let title = "Wijk </script><script>alert(1)</script> <!-- & \"quotes\" é"
    let document = WorkshopFixture.document(knobCount: 1, replications: 5, years: 2, title: title)
    let page = WorkshopPage.html(data: document, locale: .nl)
    let data = try Self.scriptElement(WorkshopPage.dataElementID, in: page)
    #expect(!data.contains("<"))
    #expect(try JSONValue.parse(Data(data.utf8)).value(at: "scenario.title") == .string(title))
    // The heading and the <title> show it as text, escaped.
    #expect(page.contains("<h1>Wijk &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;"))
    #expect(page.components(separatedBy: "<script").count - 1 == 3)
  }

  /// Nothing outside the page: no URL with a scheme, no `src`, no external `href`.
  @Test(arguments: ReportLocale.allCases)
  func isSelfContained(locale: ReportLocale) throws {
    let document = WorkshopFixture.document(knobCount: 7, replications: 10, years: 10)
    for page in [
      WorkshopPage.html(data: document, locale: locale),
      WorkshopIndexPage.html(
        entries: [("A", "a/workshop.html", "Who pays?"), ("B c#d", "b c#d.html", "")],
        locale: locale),
    ] {
      // A URL with a scheme, a protocol-relative one, a source, an import or an outside url().
      let outside =
        /(?i)(?:https?|ftp|file):\S{0,20}|data:[a-z]+\/|\W\/\/[a-z0-9-]+\.[a-z]|\ssrc\s*=|@import|url\((?!#)/
      let found = page.matches(of: outside).map { String(page[$0.range]) }
      #expect(found.isEmpty, "\(found)")
      for match in page.matches(of: /href="([^"]*)"/) {
        #expect(!match.output.1.contains(":"), "\(match.output.1)")
      }
    }
  }

  /// Eight knobs of four levels around the base (277 cells) of 100 replications: the largest
  /// page the command writes stays under 5 MB.
  @Test func theLargestDesignStaysUnderFiveMegabytes() {
    let document = WorkshopFixture.document(knobCount: 8, replications: 100, years: 10)
    let cells: Int = 1 + 8 * 3 + 28 * 9  // the base, 8 knobs x 3 moves, 28 pairs x 3 x 3 moves
    #expect(document.cells.count == cells)
    let size = WorkshopPage.html(data: document, locale: .nl).utf8.count
    #expect(size < 5_000_000, "the page is \(size) bytes")
  }
}
