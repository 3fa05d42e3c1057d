import CareSimCharts
import CareSimReports

/// An index of workshop pages (`caresim workshop --all FOLDER`): one self-contained page that
/// links each scenario's page with the question it explores.
///
/// It needs no script and fetches nothing; the links are relative, so the folder works as it is
/// copied, from a USB stick or a zip file.
package enum WorkshopIndexPage {
  /// The index page.
  ///
  /// - Parameters:
  ///   - entries: One per workshop page, in the order to list them: its title, its file name
  ///     relative to the index (such as `neighbourhood/workshop.html`), and the question it
  ///     explores in the page's language.
  ///   - locale: The page's language.
  /// - Returns: The HTML text of the page.
  package static func html(
    entries: [(title: String, file: String, question: String)], locale: ReportLocale
  ) -> String {
    let t = { (key: String) in escaped(WorkshopLabels.text(key, locale)) }
    var html = htmlDocumentStart(
      locale: locale, title: WorkshopLabels.text("index.title", locale),
      style: WorkshopPage.style + style)
    html += """
      <div class="page">
      <header class="masthead">
      <p class="kicker">\(t("page.kicker"))</p>
      <h1>\(t("index.title"))</h1>
      <p class="lede">\(t("index.intro"))</p>
      </header>
      <main>
      <ul class="workshops">

      """
    for entry in entries {
      html += "<li><a href=\"\(escaped(relativeLink(entry.file)))\">\(escaped(entry.title))</a>"
      if !entry.question.isEmpty { html += "<p>\(escaped(entry.question))</p>" }
      html += "</li>\n"
    }
    html += "</ul>\n</main>\n</div>\n</body>\n</html>\n"
    return html
  }

  /// `file` as a relative link: each path segment percent-encoded, so that a space or a `#` in a
  /// file name cannot break it, and never a scheme, so that the index links nothing outside.
  static func relativeLink(_ file: String) -> String {
    let allowed = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~".utf8)
    let segments = file.split(separator: "/", omittingEmptySubsequences: false).map { segment in
      var encoded = ""
      for byte in segment.utf8 {
        if allowed.contains(byte) {
          encoded.unicodeScalars.append(Unicode.Scalar(byte))
        } else {
          encoded += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
        }
      }
      return encoded
    }
    return segments.joined(separator: "/")
  }

  static let style = """
    .workshops { list-style: none; padding: 0; max-width: 56rem; }
    .workshops li { margin: 0 0 1rem; padding: 0.75rem 1rem; border: 2px solid var(--ink); border-radius: 0.3rem; }
    .workshops a { font-size: 1.25rem; font-weight: 700; color: var(--accent); }
    .workshops p { margin: 0.3rem 0 0; }

    """
}

extension String {
  fileprivate func leftPadded(to width: Int) -> String {
    String(repeating: "0", count: max(0, width - count)) + self
  }
}
