import CareSimCore

/// Where a report's figures come from, at the foot of every report: the scenario, the seed, the
/// replications, the threads, the version, the command line and the scenario's assumptions.
extension ResultProvenance {
  func render(_ phrases: ReportPhrases) -> String {
    var rows: [(String, String)] = [
      (phrases["provenance.scenario"], phrases.title(of: self)),
      (phrases["provenance.file"], scenarioFile),
      (phrases["provenance.hash"], scenarioHash),
    ]
    if !scenarioBases.isEmpty {
      rows.append((phrases["provenance.extends"], scenarioBases.joined(separator: ", ")))
    }
    if let study { rows.append((phrases["provenance.study"], study)) }
    rows.append((phrases["provenance.seed"], seed))
    if let replications {
      rows.append(
        (
          phrases["provenance.replications"],
          phrases.numbers.decimal(
            Double(replications), fractionDigits: 0)
        ))
    }
    rows.append(
      (phrases["provenance.threads"], threads.map(String.init) ?? phrases["provenance.unknown"]))
    rows.append((phrases["provenance.version"], caresimVersion))
    var html = "<section class=\"provenance\">\n<h2>\(escaped(phrases["provenance"]))</h2>\n"
    html += "<dl class=\"provenance\">\n"
    for (term, value) in rows {
      html += "<dt>\(escaped(term))</dt><dd>\(escaped(value))</dd>\n"
    }
    let command =
      commandLine.isEmpty
      ? phrases["provenance.unknown"]
      : commandLine.joined(
        separator: " ")
    html += "<dt>\(escaped(phrases["provenance.command"]))</dt><dd><code>\(escaped(command))</code>"
    html += "</dd>\n</dl>\n"
    html += "<h3>\(escaped(phrases["provenance.assumptions"]))</h3>\n"
    guard !assumptions.isEmpty else {
      return html + "<p>\(escaped(phrases["provenance.noAssumptions"]))</p>\n</section>\n"
    }
    html += "<p class=\"note\">\(escaped(phrases["provenance.assumptionsNote"]))</p>\n"
    let table = HTMLTable(
      header: [
        .text(phrases["provenance.parameter"]), .number(phrases["provenance.value"]),
        .number(phrases["provenance.range"]), .text(phrases["provenance.source"]),
      ],
      rows: assumptions.map { assumption in
        let range = assumption.range.map {
          "\(phrases.decimal($0.low, digits: 4)) – \(phrases.decimal($0.high, digits: 4))"
        }
        return [
          .parameter(assumption.path, phrases),
          .number(phrases.decimal(assumption.value, digits: 4)),
          .number(range ?? "—"), .text(assumption.source),
        ]
      })
    return html + table.render() + "</section>\n"
  }
}
