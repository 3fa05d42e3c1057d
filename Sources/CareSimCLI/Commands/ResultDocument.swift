import CareSimCore
import CareSimOutput
import CareSimReports
import CareSimScenario
import Foundation
import JSON5

/// A result folder as `diff` and `runs` read it: its marker and its main document (`summary.json`
/// for a run, `validation.json` for a study's validation, `result.json` for every other command).
struct ResultDocument {
  let path: String
  let marker: ResultMarker
  let document: [String: JSONValue]
  /// The document's file name and bytes, decoded again only when its provenance is asked for
  /// (`caresim runs` reads many folders and asks for none).
  private let documentName: String
  private let documentData: Data

  /// Its record of where its figures come from (the scenario's need levels among it), for
  /// naming its figures in words; nil where the document does not hold it as CareSim writes it.
  var provenance: ResultProvenance? {
    try? ResultProvenance(
      decoding: documentName, in: ResultFiles(files: [documentName: documentData], marker: marker))
  }

  /// The command that wrote the folder (`run`, `psa`, ...).
  var command: String { marker.command.count > 1 ? marker.command[1] : "" }

  /// Reads a folder.
  ///
  /// - Throws: ``CommandFailure`` (exit code 2) naming the folder and what it lacks.
  init(_ path: String) throws {
    self.path = path
    do {
      marker = try ResultFolder.marker(in: path)
    } catch {
      throw CommandFailure(message: "error: \(path): \(error)", exitCode: .invalidInput)
    }
    let command = marker.command.count > 1 ? marker.command[1] : ""
    let name =
      command == "run"
      ? "summary.json" : command == "validate-study" ? "validation.json" : "result.json"
    guard let data = FileManager.default.contents(atPath: path + "/" + name),
      let document = (try? JSONValue.parse(data))?.objectValue
    else {
      throw CommandFailure(
        message: "error: \(path): \(name), the result of '\(command)', is missing or unreadable",
        exitCode: .invalidInput)
    }
    self.document = document
    documentName = name
    documentData = data
  }

  /// A field of the document by dotted path.
  func value(_ path: String) -> JSONValue? {
    var value: JSONValue? = .object(document)
    for key in path.split(separator: ".") { value = value?.objectValue?[String(key)] }
    return value
  }

  var seed: String? { value("seed")?.stringValue }
  var replications: Double? {
    value("replications")?.numberValue ?? value("replicationsPerSetting")?.numberValue
  }

  /// The headline of a result, as `runs` lists it: society's net benefit (a run, the mean over a
  /// PSA's sets, a sweep's base, from the lowest to the highest of a grid's settings), the EVPI,
  /// the break-even value or that there is none, the split at which every payer breaks even or
  /// that there is none, how far a calibrated file lies from its targets, or how many of a
  /// study's figures CareSim agrees with.
  var headline: String? {
    func figure(_ name: String, _ number: Double?) -> String? {
      number.map { "\(name) \(ReportFormat.significant($0))" }
    }
    switch command {
    case "run":
      return figure("net benefit society", value("netBenefitAfterSplit.society.mean")?.numberValue)
    case "grid":
      let society = (value("grid")?.arrayValue ?? []).compactMap {
        $0.objectValue?["netBenefit.society"]?.numberValue
      }
      guard let lowest = society.min(), let highest = society.max() else { return nil }
      return "net benefit society \(ReportFormat.significant(lowest)) to "
        + ReportFormat.significant(highest)
    case "split":
      return splitHeadline
    case "validate-study":
      let statuses = (value("figures")?.arrayValue ?? []).compactMap {
        $0.objectValue?["status"]?.stringValue.flatMap(FigureComparison.Status.init(rawValue:))
      }
      guard !statuses.isEmpty else { return nil }
      return "\(statuses.count { $0.agreesWithStudy }) of \(statuses.count) figures agree"
    case "psa", "sweep":
      let rows = value("netBenefit")?.arrayValue ?? value("base")?.arrayValue ?? []
      let society = rows.first { $0.objectValue?["perspective"]?.stringValue == "society" }
      return figure(
        "net benefit society",
        society?.objectValue?["mean"]?.numberValue
          ?? rows.first?.objectValue?["netBenefit.society"]?.numberValue)
    case "voi": return figure("EVPI", value("evpi")?.numberValue)
    case "breakeven":
      // A search that found no sign change writes its root as null.
      return value("root") == .null
        ? "no break-even" : figure("break-even value", value("root")?.numberValue)
    case "calibrate":
      return figure("distance to the targets", value("calibratedDistance")?.numberValue)
    default: return nil
    }
  }

  /// A funding-split stress test's finding at base: the split at which every payer breaks even,
  /// or that none exists.
  private var splitHeadline: String? {
    let finding = (value("findings")?.arrayValue ?? []).compactMap(\.objectValue).first {
      $0["setting"]?.stringValue == "base" && $0["split"]?.stringValue == "all break even"
    }
    guard let finding else { return nil }
    guard finding["status"]?.stringValue == "exists" else { return "no split where all break even" }
    let shares = Funder.payers.compactMap { payer in
      finding["share.\(payer)"]?.numberValue.map { "\(payer) \(ReportFormat.percent($0))" }
    }
    return "all break even at " + shares.joined(separator: ", ")
  }

  /// The inputs of the result by name: the seed, replications, version, the command line without
  /// its output folder, the scenario's identity, and the scenario's fields by path: every field
  /// of the scenario file with `scenarioFile` (see ``scenarioFileFields``), else the fields the
  /// result records itself (its ranged assumptions' values).
  ///
  /// Two results are compared on fields of one kind: every field of one against the ranged
  /// fields of the other would list every other field as missing from it.
  func inputs(scenarioFile: [String: String]?) -> [String: String] {
    var inputs: [String: String] = [:]
    inputs["seed"] = seed
    inputs["replications"] = replications.map(DataNumber.csv)
    inputs["caresimVersion"] = marker.caresimVersion
    var line = Array(marker.command.dropFirst())
    if let index = line.firstIndex(of: "--out"), index + 1 < line.count {
      line.removeSubrange(index...(index + 1))
    }
    inputs["command line"] = line.joined(separator: " ")
    for key in ["file", "hash", "title"] {
      inputs["scenario.\(key)"] = value("scenario.\(key)")?.stringValue
    }
    if let scenarioFile {
      inputs.merge(scenarioFile) { _, field in field }
    } else {
      for entry in value("assumptions")?.arrayValue ?? [] {
        guard let path = entry.objectValue?["path"]?.stringValue,
          let number = entry.objectValue?["value"]?.numberValue
        else { continue }
        inputs["field \(path)"] = DataNumber.csv(number)
      }
    }
    return inputs
  }

  /// Every field of the scenario file the result ran, by path, where that file can still be read
  /// from here (a relative path is read from the current folder) and is the same file (its
  /// hash); nil otherwise.
  var scenarioFileFields: [String: String]? {
    guard let file = value("scenario.file")?.stringValue,
      let hash = value("scenario.hash")?.stringValue,
      let scenario = try? Scenario.load(from: URL(fileURLWithPath: file), name: file),
      scenario.hash == hash
    else { return nil }
    var fields: [String: String] = [:]
    flatten(scenario.json, prefix: "field ", into: &fields)
    return fields
  }

  /// The headline figures by name: every number of the document outside its scenario record and
  /// its long tables (tables of up to ``tableRowLimit`` rows are keyed by their first text
  /// column), each with its standard error where the document gives one beside it (`mean` and
  /// `standardError`, `X` and `XStandardError`, or a table's `X.Y` and `XStandardError.Y`).
  var figures: [String: ResultComparison.Figure] {
    var figures: [String: ResultComparison.Figure] = [:]
    func visit(_ object: [String: JSONValue], prefix: String) {
      for (key, value) in object {
        // Errors go with their figures; percentiles are spread, not headline figures.
        if key.lowercased().contains("standarderror") || Self.percentiles.contains(key) {
          continue
        }
        let name = prefix + key
        switch value {
        case .number(let number):
          let error =
            key == "mean"
            ? object["standardError"]?.numberValue
            : (object[key + "StandardError"] ?? object[Self.tableErrorKey(key)])?.numberValue
          figures[name] = .init(value: number, standardError: error, unit: Self.unit(of: name))
        case .object(let inner):
          visit(inner, prefix: name + ".")
        case .array(let rows) where rows.count <= Self.tableRowLimit:
          for (index, row) in rows.enumerated() {
            guard let fields = row.objectValue else { continue }
            let label = fields.sorted { $0.key < $1.key }.first { $0.value.stringValue != nil }
            // A grid's cell is keyed by its parameters' values (`path=value;path=value`), which
            // place it and are no figures of its own.
            let place =
              key == "grid"
              ? fields.filter { !Self.settingColumns.contains($0.key.prefix { $0 != "." }) } : [:]
            let placeKey = place.sorted { $0.key < $1.key }.compactMap { field in
              field.value.numberValue.map { "\(field.key)=\(DataNumber.csv($0))" }
            }.joined(separator: ";")
            visit(
              fields.filter { $0.value.stringValue == nil && place[$0.key] == nil },
              prefix: name + "["
                + (label?.value.stringValue ?? (placeKey.isEmpty ? String(index) : placeKey))
                + "].")
          }
        default: continue
        }
      }
    }
    visit(document.filter { !Self.recordKeys.contains($0.key) }, prefix: "")
    return figures
  }

  /// The column of a table that gives the error of column `key`: `netBenefitStandardError.wmo`
  /// for `netBenefit.wmo`.
  static func tableErrorKey(_ key: String) -> String {
    let head = key.prefix { $0 != "." }
    return head + "StandardError" + key.dropFirst(head.count)
  }

  /// What a figure counts, from the words of its name, so that a page writes it as a reader
  /// expects.
  ///
  /// A table row's key (`findings[KEY].netBenefit.wmo`) does not count, since it may name
  /// anything; ratios and QALYs are numbers; probabilities, shares, the funding split and rates
  /// are shares; net benefits, costs, savings, totals of payers, values of a QALY and the value
  /// of information are euros.
  static func unit(of name: String) -> ResultComparison.Unit {
    var own = ""
    var depth = 0
    for character in name.lowercased() {
      if character == "[" {
        depth += 1
      } else if character == "]" {
        depth -= 1
      } else if depth == 0 {
        own.append(character)
      }
    }
    let words = { (list: [String]) in list.contains { own.contains($0) } }
    if own.hasPrefix("evpi") || own.hasPrefix("evppi") || own.hasPrefix("populationevpi") {
      return .euros
    }
    if words(["ratio"]) { return .number }
    if words(["probability", "share", "annualrate"]) || own.hasPrefix("fundingsplit") {
      return .share
    }
    if words(["valueperqaly", "willingnesstopay"]) { return .euros }
    if words(["qaly"]) { return .number }
    if words(["netbenefit", "netmonetarybenefit", "cost", "savings"]) || own.hasPrefix("totals.") {
      return .euros
    }
    return .number
  }

  static let percentiles: Set<String> = ["p5", "p50", "p95"]
  /// The columns of a setting's results in a sweep's or grid's table, by their first word; a
  /// grid's other columns are its parameters.
  static let settingColumns: Set<Substring> = [
    "netBenefit", "netBenefitStandardError", "probabilityOfGain", "qalyGain",
    "qalyGainStandardError",
  ]
  /// Tables longer than this (a PSA's sets, a grid's cells) are not headline figures.
  static let tableRowLimit = 30
  /// The document's records of where its figures come from, kept out of its figures (the
  /// inputs read some of them; a PSA's distributions not centred on their value describe its
  /// scenario, not its results).
  static let recordKeys: Set<String> = [
    "scenario", "assumptions", "seed", "replications", "replicationsPerSetting", "caresimVersion",
    "offCentre",
  ]

  private func flatten(_ value: JSONValue, prefix: String, into inputs: inout [String: String]) {
    switch value {
    case .object(let fields):
      // A sourced number's `value` is the field itself: `field a.b`, not `field a.b.value`.
      for (key, field) in fields {
        let name = key == "value" ? prefix : prefix + (prefix.hasSuffix(" ") ? "" : ".") + key
        flatten(field, prefix: name, into: &inputs)
      }
    case .array(let elements):
      for (index, element) in elements.enumerated() {
        flatten(
          element, prefix: prefix + (prefix.hasSuffix(" ") ? "" : ".") + "\(index)", into: &inputs)
      }
    case .number(let number): inputs[prefix] = DataNumber.csv(number)
    case .string(let text): inputs[prefix] = text
    case .bool(let flag): inputs[prefix] = String(flag)
    case .null: inputs[prefix] = "null"
    }
  }
}
