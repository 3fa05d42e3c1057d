import CareSimCharts
import CareSimCore
import CareSimReports

extension WorkshopPage {
  /// The page's body before its scripts: headings, the fixed controls and the empty places the
  /// script fills, and the provenance.
  ///
  /// Texts that do not depend on the data's numbers are written here, so that the page reads in
  /// its language before the script runs; the knob sliders, the figures and the charts are the
  /// script's.
  static func body(data: WorkshopDocument, locale: ReportLocale) -> String {
    let t = { (key: String) in escaped(WorkshopLabels.text(key, locale)) }
    var html = """
      <div class="page">
      <header class="masthead">
      <p class="kicker">\(t("page.kicker"))</p>
      <h1>\(escaped(heading(data, locale)))</h1>
      <p class="lede" id="lede"></p>
      </header>
      <noscript><p class="problem">\(t("page.noscript"))</p></noscript>
      <p class="problem" id="page-problem" role="alert" hidden></p>
      \(warnings(data.warnings, locale: locale))<main id="workshop">
      <div class="workspace">
      <section class="controls" aria-labelledby="controls-heading">
      <h2 id="controls-heading">\(t("controls.heading"))</h2>
      <p class="note">\(t("knobs.intro")) <span id="knobs-design"></span></p>
      <div id="knobs" class="knobs"></div>
      <div class="buttons actions">
      <button type="button" id="pin" aria-pressed="false">\(t("pin.add"))</button>
      <button type="button" id="reset">\(t("reset"))</button>
      </div>
      <h3 id="split-heading">\(t("split.heading"))</h3>
      <p class="note">\(t("split.intro"))</p>

      """
    for payer in ["wmo", "zvw", "wlz"] {
      html += """
        <div class="control">
        <div class="control-head"><label for="share-\(payer)">\(t("payer.\(payer)"))</label>\
        <output id="share-\(payer)-value" for="share-\(payer)" class="value"></output></div>
        <input type="range" id="share-\(payer)" min="0" max="100" step="1">
        </div>

        """
    }
    html += """
      <div class="buttons" role="group" aria-labelledby="split-heading">
      <button type="button" id="split-scenario" aria-pressed="false">\(t("split.scenario"))</button>
      <button type="button" id="split-municipality" aria-pressed="false">\(t("split.municipality"))</button>
      <button type="button" id="split-savings" aria-pressed="false">\(t("split.savings"))</button>
      <button type="button" id="split-even" aria-pressed="false" hidden>\(t("split.even"))</button>
      </div>
      <p class="note" id="split-note"></p>
      <h3 id="qaly-heading">\(t("qaly.heading"))</h3>
      <div class="control">
      <div class="control-head"><label for="qaly-value">\(t("qaly.label"))</label>\
      <output id="qaly-value-out" for="qaly-value" class="value"></output></div>
      <input type="range" id="qaly-value" min="0" max="100000" step="1000">
      </div>
      <div class="buttons" role="group" aria-labelledby="qaly-heading">
      <span class="note">\(t("qaly.references"))</span>
      <span id="qaly-buttons" class="buttons"></span>
      </div>
      </section>
      <section class="results" aria-labelledby="results-heading">
      <h2 id="results-heading">\(t("results.heading"))</h2>
      <p id="sentence" class="sentence" aria-live="polite"></p>
      <div id="not-computed" class="not-computed" role="status" hidden>
      <p id="not-computed-text" class="strong"></p>
      <p id="not-computed-detail"></p>
      <button type="button" id="not-computed-reset">\(t("reset"))</button>
      </div>
      <div id="result-body">
      <div id="cards" class="cards"></div>
      <section id="compare" class="compare" aria-labelledby="compare-heading" hidden>
      <h3 id="compare-heading">\(t("compare.heading"))</h3>
      <p id="compare-caption" class="strong"></p>
      <p id="compare-now"></p>
      <div class="table-scroll"><table>
      <thead><tr><th scope="col">\(t("compare.perspective"))</th>\
      <th scope="col" class="number">\(t("compare.pinned"))</th>\
      <th scope="col" class="number">\(t("compare.now"))</th>\
      <th scope="col" class="number">\(t("compare.difference"))</th></tr></thead>
      <tbody id="compare-rows"></tbody>
      </table></div>
      </section>
      <h3>\(t("bars.heading"))</h3>
      <figure class="chart">
      <svg id="bars" role="img" aria-label="\(t("bars.title"))"></svg>
      <figcaption>\(t("bars.legend")) <span id="bars-pinned-legend" hidden>\(t("bars.pinned"))</span></figcaption>
      </figure>
      <h3>\(t("lines.heading"))</h3>
      <figure class="chart">
      <svg id="lines" role="img" aria-label="\(t("lines.title"))"></svg>
      <figcaption>\(t("lines.caption"))</figcaption>
      </figure>
      <ul id="break-even" class="break-even"></ul>
      </div>
      </section>
      </div>
      <section id="exercises" aria-labelledby="exercises-heading">
      <h2 id="exercises-heading">\(t("exercises.heading"))</h2>
      <ol id="exercise-list" class="exercises"></ol>
      </section>
      <section class="about" aria-labelledby="about-heading">
      <h2 id="about-heading">\(t("about.heading"))</h2>
      <p id="design"></p>
      <p id="replications"></p>
      <p>\(t("about.error"))</p>
      <p>\(t("about.levels"))</p>
      </section>
      </main>

      """
    html += provenance(data: data, locale: locale)
    html += "</div>\n"
    return html
  }

  /// The scenario's warnings, in the words and with the heading of every report
  /// (``ReportPhrases/sentence(_:)``); nothing for a scenario on its sources' ground.
  static func warnings(_ warnings: [ScopeWarning], locale: ReportLocale) -> String {
    guard !warnings.isEmpty else { return "" }
    let phrases = ReportPhrases(locale)
    return "<section class=\"warnings\" aria-labelledby=\"warnings-heading\">\n"
      + "<h2 id=\"warnings-heading\">\(escaped(phrases["warning.title"]))</h2>\n"
      + warnings.map { "<p class=\"problem\">\(escaped(phrases.sentence($0)))</p>\n" }.joined()
      + "</section>\n"
  }

  /// The page's heading: the scenario's title in the page's language (`titleNL` on a Dutch page,
  /// where the scenario gives one).
  static func heading(_ data: WorkshopDocument, _ locale: ReportLocale) -> String {
    data.scenario.title(dutch: locale == .nl)
  }

  /// The footer: where the figures come from, from the data document's own fields.
  static func provenance(data: WorkshopDocument, locale: ReportLocale) -> String {
    let t = { (key: String) in escaped(WorkshopLabels.text(key, locale)) }
    let numbers = ReportNumberFormatter(locale: locale)
    let scenario = data.scenario
    var rows: [(String, String)] = []
    rows.append((t("provenance.scenario"), escaped(heading(data, locale))))
    rows.append(
      (t("provenance.file"), "<code>\(HTMLTable.breakingAfterMarks(escaped(scenario.file)))</code>")
    )
    rows.append((t("provenance.hash"), "<code>\(escaped(scenario.hash))</code>"))
    rows.append(
      (t("provenance.study"), escaped(scenario.study(dutch: locale == .nl) ?? t("provenance.none")))
    )
    rows.append((t("provenance.seed"), "<code>\(data.seed)</code>"))
    rows.append(
      (t("provenance.replications"), escaped(numbers.decimal(Double(data.replications)))))
    rows.append((t("provenance.years"), escaped(numbers.decimal(Double(data.years)))))
    if let value = data.valuePerQALY, value.isFinite {
      rows.append((t("provenance.valuePerQALY"), escaped(numbers.euros(value))))
    }
    let shares = Funder.payers.map { payer in
      WorkshopLabels.text("payer.\(payer).short", locale) + " " + numbers.percent(data.split[payer])
    }
    rows.append((t("provenance.split"), escaped(shares.joined(separator: ", "))))
    if let version = data.caresimVersion {
      rows.append((t("provenance.version"), escaped(version)))
    }
    var html = "<footer class=\"provenance\">\n<h2>\(t("provenance.heading"))</h2>\n<dl>\n"
    for (term, description) in rows {
      html += "<dt>\(term)</dt><dd>\(description)</dd>\n"
    }
    return html + "</dl>\n</footer>\n"
  }
}
