import CareSimCharts
import CareSimReports
import CareSimTestSupport
import Foundation
import Testing

/// Writes every fixture chart, in English and Dutch, to one self-contained HTML page for people
/// and for `Tests/browser/check-pages.py` to look at, and the robustness cases to a second page
/// so the browser checks their layout with real fonts too.
///
/// Runs only when `CHART_GALLERY` is set: to `1` for `.build/chart-gallery.html` (and
/// `.build/chart-edge-cases.html`), or to a path for the gallery (the edge cases go next to it).
///
///     CHART_GALLERY=1 swift test --filter ChartGallery
///     python3 Tests/browser/check-pages.py --out .build/browser-check \
///       .build/chart-gallery.html .build/chart-edge-cases.html
@Suite struct ChartGalleryTests {
  /// Where `CHART_GALLERY` asks for the gallery, or nil when it is not set.
  static var setting: String? {
    ProcessInfo.processInfo.environment["CHART_GALLERY"].flatMap { $0.isEmpty ? nil : $0 }
  }

  @Test(
    .enabled(
      if: ChartGalleryTests.setting != nil, "writes the gallery only when CHART_GALLERY is set"))
  func writeGallery() throws {
    let setting = try #require(Self.setting)
    let url =
      setting == "1"
      ? RepositoryFiles.root.appendingPathComponent(".build/chart-gallery.html")
      : URL(fileURLWithPath: setting)
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(Self.gallery().utf8).write(to: url)
    try Data(Self.edgeCases().utf8).write(
      to: url.deletingLastPathComponent().appendingPathComponent("chart-edge-cases.html"))
  }

  static func gallery() -> String {
    var body = "<h1>CareSim chart gallery</h1>\n"
    body += "<p class=\"note\">Every chart kind of the report pages, drawn from small fixed data. "
    body += "The same charts follow with Dutch number formatting.</p>\n"
    for (locale, heading) in [(ReportLocale.en, "English"), (.nl, "Nederlands")] {
      body += "<section lang=\"\(locale.rawValue)\">\n<h2>\(heading)</h2>\n"
      for (name, chart) in ChartFixtures.all {
        body += figure(chart, locale: locale, caption: name)
      }
      body += "</section>\n"
    }
    return page(title: "CareSim chart gallery", body: body)
  }

  static func edgeCases() -> String {
    var body = "<h1>CareSim charts on hostile data</h1>\n"
    body +=
      "<p class=\"note\">Non-finite, huge, empty, constant and noisy data and long labels, from "
    body +=
      "ChartRobustnessTests and ChartNoiseTests: these need not look good, only stay readable and "
    body += "draw no noise; then the gallery's "
    body += "charts at 320 units wide, in Dutch.</p>\n"
    for (name, chart) in ChartRobustnessTests.cases {
      body += figure(chart, locale: .en, caption: name)
    }
    body += "<h2>Values that do not vary, or only in their last digits</h2>\n"
    for (name, chart) in ChartNoiseTests.charts {
      for locale in ReportLocale.allCases {
        body += figure(chart, locale: locale, caption: "\(name) (\(locale.rawValue))")
      }
    }
    body += "<h2>At 320 units wide</h2>\n"
    for (name, chart) in ChartFixtures.all {
      body += figure(ChartWidthTests.resized(chart, width: 320), locale: .nl, caption: name)
    }
    return page(title: "CareSim charts on hostile data", body: body)
  }

  static func figure(_ chart: any Chart, locale: ReportLocale, caption: String) -> String {
    "<figure class=\"chart\">\n\(chart.svg(locale: locale))"
      + "<figcaption>\(XMLText.escaped(caption))</figcaption>\n</figure>\n"
  }

  static func page(title: String, body: String) -> String {
    """
    <!doctype html>
    <html lang="en">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>\(XMLText.escaped(title))</title>
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
