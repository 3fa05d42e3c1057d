import CareSimCharts
import CareSimCore
import Foundation
import JSON5
import Testing

@testable import CareSimIO

/// The workshop page as text.
///
/// What it embeds, that it is self-contained, and that its words come from its label tables; how
/// it behaves is `Tests/browser/check-workshop.py`'s part.
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
    #expect(try JSONValue.parse(Data(data.utf8)) == Self.small)
    let labels = try Self.scriptElement(WorkshopPage.labelsElementID, in: page)
    #expect(
      try JSONValue.parse(Data(labels.utf8))
        == .object(WorkshopLabels.table(locale).mapValues(JSONValue.string)))
    #expect(page.contains("<html lang=\"\(locale.rawValue)\">"))
    #expect(page.contains(WorkshopLabels.text("controls.heading", locale)))
  }

  /// A title with `</script>` or `<!--` in it neither ends the data element early nor changes
  /// how the browser reads it: every `<` of the JSON is written `\u003c`.
  @Test func theEmbeddedJSONSurvivesAScriptEndTagInATitle() throws {
    let title = "Wijk </script><script>alert(1)</script> <!-- & \"quotes\" é"
    let document = WorkshopFixture.document(knobCount: 1, replications: 5, years: 2, title: title)
    let page = WorkshopPage.html(data: document, locale: .nl)
    let data = try Self.scriptElement(WorkshopPage.dataElementID, in: page)
    #expect(!data.contains("<"))
    #expect(try JSONValue.parse(Data(data.utf8)).value(at: "title") == .string(title))
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

  @Test func theLabelTablesHaveTheSameKeysAndPlaceholders() {
    let english = WorkshopLabels.english
    let dutch = WorkshopLabels.dutch
    #expect(Set(english.keys).subtracting(dutch.keys).isEmpty)
    #expect(Set(dutch.keys).subtracting(english.keys).isEmpty)
    func placeholders(_ text: String) -> [String] {
      text.matches(of: /\{\d\}/).map { String(text[$0.range]) }.sorted()
    }
    for (key, text) in english {
      #expect(placeholders(text) == placeholders(dutch[key] ?? ""), "\(key)")
      #expect(!text.isEmpty && !(dutch[key] ?? "").isEmpty, "\(key)")
    }
  }

  /// Every `label('key')` of the script is in the tables, the script calls `label` with literal
  /// keys only (so this scan sees every key), and every key of the tables is used by the script
  /// or the markup.
  @Test func theScriptAndTheMarkupUseOnlyLabelsOfTheTables() throws {
    let script = WorkshopPage.script
    let used = Set(script.matches(of: /\blabel\('([A-Za-z0-9_.]+)'\)/).map { String($0.output.1) })
    #expect(!used.isEmpty)
    let missing = used.subtracting(WorkshopLabels.english.keys).sorted()
    #expect(missing.isEmpty, "the script uses labels the table lacks: \(missing)")
    let calls = script.matches(of: /\blabel\(/).count
    let literalCalls = script.matches(of: /\blabel\('[A-Za-z0-9_.]+'\)/).count
    // One call is the definition, `function label(key)`.
    #expect(calls - 1 == literalCalls, "label(...) called with a key that is not a literal")

    // The markup's keys, from its source (`t("key")` and `text("key", ...)` calls).
    let sources = ["WorkshopPage+Markup.swift", "WorkshopPage.swift", "WorkshopIndexPage.swift"]
    var markup = Set<String>()
    for name in sources {
      let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/CareSimIO/Workshop/\(name)")
      let source = try String(contentsOf: url, encoding: .utf8)
      for match in source.matches(of: /(?:\bt|WorkshopLabels\.text)\("([A-Za-z0-9_.]+)"/) {
        markup.insert(String(match.output.1))
      }
      // Keys built from a payer's name.
      for match in source.matches(of: /"(payer)\.\\\(payer\)(\.short)?"/) {
        for payer in ["wmo", "zvw", "wlz"] {
          markup.insert("\(match.output.1).\(payer)\(match.output.2 ?? "")")
        }
      }
    }
    #expect(markup.subtracting(WorkshopLabels.english.keys).isEmpty)
    let unused = Set(WorkshopLabels.english.keys).subtracting(used).subtracting(markup).sorted()
    #expect(unused.isEmpty, "labels no part of the page uses: \(unused)")
  }

  /// Eight knobs of four levels around the base (277 cells) of 100 replications: the largest
  /// page the command writes stays under 5 MB.
  @Test func theLargestDesignStaysUnderFiveMegabytes() {
    let document = WorkshopFixture.document(knobCount: 8, replications: 100, years: 10)
    let cells: Int = 1 + 8 * 3 + 28 * 9  // the base, 8 knobs x 3 moves, 28 pairs x 3 x 3 moves
    #expect(document.value(at: "cells")?.arrayValue?.count == cells)
    let size = WorkshopPage.html(data: document, locale: .nl).utf8.count
    #expect(size < 5_000_000, "the page is \(size) bytes")
  }

  @Test(arguments: ReportLocale.allCases)
  func theFooterNamesWhereTheFiguresComeFrom(locale: ReportLocale) {
    let page = WorkshopPage.html(data: Self.small, locale: locale)
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

  @Test func theIndexLinksEachPageRelativelyWithItsQuestion() {
    let page = WorkshopIndexPage.html(
      entries: [
        ("Wijk Noord", "noord/workshop.html", "Wie betaalt?"),
        ("A & B", "a b/c#d.html", ""),
      ], locale: .nl)
    #expect(page.contains("<a href=\"noord/workshop.html\">Wijk Noord</a><p>Wie betaalt?</p>"))
    #expect(page.contains("<a href=\"a%20b/c%23d.html\">A &amp; B</a></li>"))
    #expect(page.contains(WorkshopLabels.text("index.title", .nl)))
  }
}
