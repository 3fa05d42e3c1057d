/// Where a report's figures come from, shown at the foot of every report so that no figure
/// travels without it: the scenario (title, file, hash, source study), the seed, the replications,
/// the threads, the CareSim version, the command line and the scenario's assumptions.
import JSON5

package struct ReportProvenance: Sendable {
  package struct Assumption: Sendable, Equatable {
    package var path: String
    package var value: Double
    package var range: (low: Double, high: Double)?
    package var source: String

    package static func == (a: Assumption, b: Assumption) -> Bool {
      a.path == b.path && a.value == b.value && a.source == b.source
        && a.range?.low == b.range?.low && a.range?.high == b.range?.high
    }
  }

  package var scenarioTitle: String
  package var scenarioFile: String
  package var scenarioHash: String
  /// The files the scenario's file extends, each as `FILE (HASH)`, its own base first.
  package var scenarioBases: [String]
  package var study: String?
  package var seed: String
  /// Replications per run, or per setting of an analysis.
  package var replications: Int?
  package var threads: Int?
  package var caresimVersion: String
  package var commandLine: [String]
  package var assumptions: [Assumption]

  /// The provenance a result file and the folder's marker record.
  ///
  /// - Parameters:
  ///   - document: `summary.json` or `result.json`.
  ///   - marker: The folder's marker, for the command line and the threads.
  package init(document: JSONValue, marker: ResultMarker?) {
    func text(_ path: String) -> String? { document.value(at: path)?.stringValue }
    scenarioTitle = text("scenario.title") ?? ""
    scenarioFile = text("scenario.file") ?? ""
    scenarioHash = text("scenario.hash") ?? ""
    scenarioBases = (document.value(at: "scenario.extends")?.arrayValue ?? []).compactMap { base in
      guard let file = base.value(at: "file")?.stringValue,
        let hash = base.value(at: "hash")?.stringValue
      else { return nil }
      return "\(file) (\(hash))"
    }
    study = text("scenario.study")
    seed = text("seed") ?? ""
    let replications =
      document.value(at: "replications")?.numberValue
      ?? document.value(at: "replicationsPerSetting")?.numberValue
    self.replications = replications.flatMap { Int(exactly: $0) }
    threads = marker?.threads
    caresimVersion = text("caresimVersion") ?? marker?.caresimVersion ?? ""
    commandLine = marker?.command ?? []
    assumptions = (document.value(at: "assumptions")?.arrayValue ?? []).compactMap { entry in
      guard let path = entry.value(at: "path")?.stringValue,
        let value = entry.value(at: "value")?.numberValue,
        let source = entry.value(at: "source")?.stringValue
      else { return nil }
      let bounds = entry.value(at: "range")?.arrayValue?.compactMap(\.numberValue) ?? []
      return Assumption(
        path: path, value: value, range: bounds.count == 2 ? (bounds[0], bounds[1]) : nil,
        source: source)
    }
  }

  func render(_ phrases: ReportPhrases) -> String {
    var rows: [(String, String)] = [
      (phrases["provenance.scenario"], scenarioTitle),
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
          .text(assumption.path), .number(phrases.decimal(assumption.value, digits: 4)),
          .number(range ?? "—"), .text(assumption.source),
        ]
      })
    return html + table.render() + "</section>\n"
  }
}
