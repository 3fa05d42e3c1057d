import CareSimCharts
import Testing

@testable import CareSimWorkshop

/// The index of workshop pages: a link and a question per page, relative and escaped.
@Suite struct WorkshopIndexPageTests {
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

  /// Each segment is percent-encoded on its own, so a link can neither leave the folder's
  /// structure nor name a scheme.
  @Test(
    arguments: [
      ("noord/workshop.html", "noord/workshop.html"),
      ("a b/c#d.html", "a%20b/c%23d.html"),
      ("wijk?x=1&y=2.html", "wijk%3Fx%3D1%26y%3D2.html"),
      ("café/é.html", "caf%C3%A9/%C3%A9.html"),
      ("javascript:alert(1)", "javascript%3Aalert%281%29"),
      ("100%.html", "100%25.html"),
      ("a-b_c.~d.html", "a-b_c.~d.html"),
      ("", ""),
    ])
  func aLinkIsEachSegmentPercentEncoded(file: String, link: String) {
    #expect(WorkshopIndexPage.relativeLink(file) == link)
  }

  /// The page is in its language, with its title and introduction; an index without entries is
  /// an empty list, and a title is text, never markup.
  @Test(arguments: ReportLocale.allCases)
  func thePageIsInItsLanguageAndEscapesTitles(locale: ReportLocale) {
    let empty = WorkshopIndexPage.html(entries: [], locale: locale)
    #expect(empty.contains("<html lang=\"\(locale.rawValue)\">"))
    #expect(empty.contains("<h1>\(WorkshopLabels.text("index.title", locale))</h1>"))
    #expect(empty.contains("<ul class=\"workshops\">\n</ul>\n"))
    let page = WorkshopIndexPage.html(
      entries: [("<b>Noord</b>", "n.html", "Wie <i>betaalt</i>?")], locale: locale)
    #expect(
      page.contains(
        "<li><a href=\"n.html\">&lt;b&gt;Noord&lt;/b&gt;</a><p>Wie &lt;i&gt;betaalt&lt;/i&gt;?</p></li>"
      ))
  }

  /// Entries are listed in the order given.
  @Test func entriesKeepTheirOrder() throws {
    let page = WorkshopIndexPage.html(
      entries: [("Zuid", "z.html", ""), ("Noord", "n.html", ""), ("Midden", "m.html", "")],
      locale: .en)
    let titles = page.matches(of: /<a href="[^"]*">([^<]*)<\/a>/).map { String($0.output.1) }
    #expect(titles == ["Zuid", "Noord", "Midden"])
  }
}
