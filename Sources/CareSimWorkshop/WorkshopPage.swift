import CareSimCharts
import CareSimReports
import Foundation
import JSON5

/// The workshop page: one self-contained interactive HTML file in which a group moves a
/// scenario's key knobs and the funding split and sees, at once, who pays and who saves.
///
/// A trainer shows it on a projector or sends it round; it opens offline from a USB stick or an
/// e-mail attachment, so it fetches nothing: the CSS, the script, the charts (SVG drawn by the
/// script) and the data are all inside it. Every figure it shows is computed in the page from
/// the stored replications of a simulated setting, exactly as CareSim computes it (see
/// ``script``); between simulated settings nothing is interpolated, and a setting that was not
/// simulated says so instead of showing a figure.
///
/// ## The data document (`format` 1)
///
/// `caresim workshop` writes it; the page embeds it as JSON. Amounts are discounted euros;
/// "savings" are control minus intervention, so positive means the payer spends less with the
/// programme.
///
/// ```
/// {
///   "format": 1,
///   "scenario": {"file": "...", "title": "...", "hash": "...", "study": "..." | null,
///                "titleNL": "...", "studyNL": "..."},  // the Dutch ones where the file gives them;
///                                                     // the page heads with the title in its language
///   "seed": "20261123",             // a string: seeds are 64-bit
///   "replications": 100,            // per cell
///   "years": 10,                    // the length of every byYear array
///   "valuePerQALY": 50000,          // the default value of a QALY, in euros
///   "split": {"wmo": 1, "zvw": 0, "wlz": 0},   // the scenario's own split; sums to 1
///   "caresimVersion": "0.2.0",      // optional
///   "knobs": [{                     // 1 to 8
///     "id": "prevention",           // unique; exercises name knobs by it
///     "path": "mechanisms.prevention.relativeRisk",
///     "label": {"en": "...", "nl": "..."},      // the slider's label
///     "short": {"en": "...", "nl": "..."},      // optional: the knob in a sentence
///     "unit": {"en": "a month", "nl": "per maand"},  // optional: written after a level
///     "format": "number" | "percent" | "euros", // how a level reads: 0.85, 40%, €550
///     "levels": [0.7, 0.775, 0.85, 1.0],        // ascending; the computed levels only
///     "base": 2                                 // index of the scenario's own value
///   }],
///   "design": "factorial" | "aroundBase",
///     // factorial: every combination of levels; aroundBase: the base, every one-knob change
///     // and every two-knob change (1 + Σ(k-1) + Σ pairs (k-1)(k'-1) cells)
///   "cells": [{
///     "levels": [2, 0, ...],        // a level index per knob, in knob order
///     "perReplication": {           // arrays of length `replications`; replication r is the
///                                   // same random stream in every cell
///       "savings": {"wmo": [...], "zvw": [...], "wlz": [...], "informal": [...]},
///       "cost": [...],              // the programme's cost
///       "qalys": [...]              // QALYs gained
///     },
///     "byYear": {                   // means over the replications, per year 1...years,
///                                   // not cumulative
///       "savings": {"wmo": [...], "zvw": [...], "wlz": [...], "informal": [...]},
///       "cost": [...]
///     }
///   }],
///   "exercises": [{                 // may be empty
///     "id": "...", "title": {"en", "nl"}, "question": {"en", "nl"},
///     "knobs": ["prevention", ...], "discover": {"en", "nl"}, "answer": {"en", "nl"}
///   }]
/// }
/// ```
///
/// A text of the data (`label`, `short`, `unit`, the exercise texts) is an object with `en` and
/// `nl`, or one string for both; a missing language falls back to English.
///
/// What the page computes, in replication r, for a split s (shares of the cost for wmo, zvw and
/// wlz, summing to 1), in this order of operations (FunderBalance's):
/// - a payer p's balance: `savings[p][r] - s[p] * cost[r]`;
/// - informal care's: `savings.informal[r]`;
/// - society's: `savings.wmo[r] + savings.zvw[r] + savings.wlz[r] + savings.informal[r] - cost[r]`,
///   left to right;
/// - the net monetary benefit: society's `+ qalys[r] * valuePerQALY`.
///
/// Over the replications: the mean and its Monte-Carlo standard error by Welford's recurrence
/// (`RunningMoments`), the 90% band as the type-7 quantiles at 0.05 and 0.95 (`Quantiles`), and
/// the chance of a loss as the share of replications below zero. Year by year, the cumulative
/// balance adds `byYear` the same way; the break-even year is the first from which it stays at
/// or above zero (0 if it never falls below, none if it ends below).
package enum WorkshopPage {
  /// The `id` of the script element that holds the data document.
  package static let dataElementID = "workshop-data"
  /// The `id` of the script element that holds the label table.
  package static let labelsElementID = "workshop-labels"

  /// The page, with `data` (the document above) embedded in
  /// `<script type="application/json" id="workshop-data">`.
  ///
  /// - Parameters:
  ///   - data: The data document; the markup shows its fields, and the script reads its JSON
  ///     (``WorkshopDocument/json``), checking its `format`.
  ///   - locale: The page's language: its labels, and how it writes numbers.
  /// - Returns: The HTML text of one self-contained page.
  package static func html(data: WorkshopDocument, locale: ReportLocale) -> String {
    var html = htmlDocumentStart(
      locale: locale, title: WorkshopLabels.text("page.title", locale, heading(data, locale)),
      style: style)
    html += body(data: data, locale: locale)
    html += embedded(
      .object(WorkshopLabels.table(locale).mapValues(JSONValue.string)), id: labelsElementID)
    html += embedded(data.json, id: dataElementID)
    html += "<script>\n\(script)</script>\n</body>\n</html>\n"
    return html
  }

  /// A JSON script element holding `value`, safe to place in HTML.
  ///
  /// The text of a script element ends at the first `</script` (HTML's script data state), and
  /// `<!--` changes how it is read, whatever JSON string either stands in. JSON has `<` only
  /// inside strings, where `\u003c` means the same character, so writing every `<` that way
  /// keeps the element's text exactly the document. `JSON.parse` and any JSON reader give back
  /// the same value.
  static func embedded(_ value: JSONValue, id: String) -> String {
    let text = String(decoding: value.encoded(prettyPrinted: false), as: UTF8.self)
      .replacingOccurrences(of: "<", with: "\\u003c")
    return "<script type=\"application/json\" id=\"\(id)\">\(text)</script>\n"
  }
}
