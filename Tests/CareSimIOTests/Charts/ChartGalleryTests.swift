import CareSimIO
import Foundation
import Testing

/// Writes every fixture chart, in English and Dutch, to one self-contained HTML page for people
/// and for `Tests/browser/check-pages.py` to look at.
///
/// Runs only when `CHART_GALLERY` is set: to `1` for `.build/chart-gallery.html`, or to a path.
///
///     CHART_GALLERY=1 swift test --filter ChartGallery
///     python3 Tests/browser/check-pages.py --out .build/browser-check .build/chart-gallery.html
@Suite struct ChartGalleryTests {
  @Test func writeGallery() throws {
    guard let setting = ProcessInfo.processInfo.environment["CHART_GALLERY"], !setting.isEmpty
    else { return }
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let url =
      setting == "1"
      ? root.appendingPathComponent(".build/chart-gallery.html") : URL(fileURLWithPath: setting)
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(Self.page().utf8).write(to: url)
  }

  static func page() -> String {
    var body = "<h1>CareSim chart gallery</h1>\n"
    body += "<p class=\"note\">Every chart kind of the report pages, drawn from small fixed data. "
    body += "The same charts follow with Dutch number formatting.</p>\n"
    for (locale, heading) in [(ReportLocale.en, "English"), (.nl, "Nederlands")] {
      body += "<section lang=\"\(locale.rawValue)\">\n<h2>\(heading)</h2>\n"
      for (name, chart) in ChartFixtures.all {
        body += "<figure class=\"chart\" id=\"\(name)-\(locale.rawValue)\">\n"
        body += chart.svg(locale: locale)
        body += "<figcaption>\(XMLText.escaped(name))</figcaption>\n</figure>\n"
      }
      body += "</section>\n"
    }
    return """
      <!doctype html>
      <html lang="en">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>CareSim chart gallery</title>
      <style>
      \(ReportStyle.css)</style>
      </head>
      <body>
      <main>
      \(body)</main>
      </body>
      </html>

      """
  }
}
