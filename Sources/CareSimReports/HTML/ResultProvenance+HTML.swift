import CareSimCore
import CareSimScenario

/// Where a report's figures come from, at the foot of every report: the scenario, the seed, the
/// replications, the threads, the version, the command line and the scenario's assumptions.
extension ResultProvenance {
  func render(_ phrases: ReportPhrases) -> String {
    // Paths break after their marks on a phone ("Scenarios/" then "neighbourhood.json"), not
    // inside a word.
    var rows: [(term: String, value: String, isPath: Bool)] = [
      (phrases["provenance.scenario"], phrases.title(of: self), false),
      (phrases["provenance.file"], scenarioFile, true),
      (phrases["provenance.hash"], scenarioHash, false),
    ]
    if !scenarioBases.isEmpty {
      rows.append((phrases["provenance.extends"], scenarioBases.joined(separator: ", "), true))
    }
    if let study = study(dutch: phrases.locale == .nl) {
      rows.append((phrases["provenance.study"], study, false))
    }
    rows.append((phrases["provenance.seed"], seed, false))
    if let replications {
      rows.append((phrases["provenance.replications"], phrases.count(replications), false))
    }
    rows.append(
      (
        phrases["provenance.threads"], threads.map(String.init) ?? phrases["provenance.unknown"],
        false
      ))
    rows.append((phrases["provenance.version"], caresimVersion, false))
    var html = "<section class=\"provenance\">\n<h2>\(escaped(phrases["provenance"]))</h2>\n"
    html += "<dl class=\"provenance\">\n"
    for (term, value, isPath) in rows {
      let shown = isPath ? HTMLTable.breakingAfterMarks(escaped(value)) : escaped(value)
      html += "<dt>\(escaped(term))</dt><dd>\(shown)</dd>\n"
    }
    let command =
      commandLine.isEmpty
      ? phrases["provenance.unknown"]
      : commandLine.joined(
        separator: " ")
    html += "<dt>\(escaped(phrases["provenance.command"]))</dt>"
    html += "<dd><code>\(HTMLTable.breakingAfterMarks(escaped(command)))</code>"
    html += "</dd>\n</dl>\n"
    html += "<h3>\(escaped(phrases["provenance.assumptions"]))</h3>\n"
    guard !assumptions.isEmpty else {
      return html + "<p>\(escaped(phrases["provenance.noAssumptions"]))</p>\n</section>\n"
    }
    html += "<p class=\"note\">\(escaped(phrases["provenance.assumptionsNote"]))</p>\n"
    return html + renderAssumptions(phrases) + "</section>\n"
  }

  /// The assumptions as a compact appendix: one table, a row per figure under a row naming its
  /// part of the model (the programme, each mechanism, then the rest), each figure by its
  /// readable name with its path beneath, so that a printed report spends a line or two on each.
  private func renderAssumptions(_ phrases: ReportPhrases) -> String {
    let groups = Dictionary(grouping: assumptions) { AssumptionGroup(path: $0.path) }
    var html = "<div class=\"table-scroll\">\n<table class=\"assumptions\">\n"
    html += "<thead><tr><th>\(escaped(phrases["provenance.parameter"]))</th>"
    html += "<th class=\"number\">\(escaped(phrases["provenance.value"]))</th>"
    html += "<th>\(escaped(phrases["provenance.source"]))</th></tr></thead>\n<tbody>\n"
    for group in groups.keys.sorted() {
      html += "<tr class=\"group\"><th colspan=\"3\">"
      html += "\(escaped(phrases["assumptions.group.\(group.key)"]))</th></tr>\n"
      for assumption in groups[group] ?? [] {
        let label = phrases.parameterLabel(assumption.path)
        html += "<tr><td>"
        // Print shows the readable name alone, where there is one, to keep the appendix short.
        if label != assumption.path {
          html += "\(escaped(label))<br><code class=\"path\">"
        } else {
          html += "<code>"
        }
        // A path may break after a dot, so that its column leaves room for the source.
        html += HTMLTable.breakingAfterMarks(escaped(assumption.path)) + "</code></td>"
        html += "<td class=\"number\">\(escaped(phrases.decimal(assumption.value, digits: 4)))"
        if let range = assumption.range {
          let low = phrases.decimal(range.low, digits: 4)
          let high = phrases.decimal(range.high, digits: 4)
          html += "<br><span class=\"range\">\(escaped("\(low) – \(high)"))</span>"
        }
        html += "</td><td>\(escaped(assumption.source))</td></tr>\n"
      }
    }
    return html + "</tbody>\n</table>\n</div>\n"
  }
}

/// The part of the model an assumption belongs to, in the order the appendix lists them: the
/// programme, each mechanism, then the rest of the model; a path it does not know goes last.
struct AssumptionGroup: Hashable, Comparable {
  /// The phrase key's last part: a path's first component, or two for a mechanism.
  let key: String

  static let order = [
    "intervention", "mechanisms.prevention", "mechanisms.signalling", "mechanisms.escalation",
    "mechanisms.substitution", "mechanisms.efficiency", "population", "needLevels", "transitions",
    "covariates", "careAtHome", "costsByAge", "informalCare", "qualityOfLife", "valuePerQALY",
    "simulation", "other",
  ]

  init(path: String) {
    let components = path.split(separator: ".").map(String.init)
    let key =
      components.first == "mechanisms"
      ? components.prefix(2).joined(separator: ".")
      : components.first ?? ""
    self.key = Self.order.contains(key) ? key : "other"
  }

  static func < (a: AssumptionGroup, b: AssumptionGroup) -> Bool {
    (order.firstIndex(of: a.key) ?? order.count) < (order.firstIndex(of: b.key) ?? order.count)
  }
}
