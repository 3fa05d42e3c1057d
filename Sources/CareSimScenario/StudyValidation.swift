import CareSimCore
import Foundation
import JSON5

/// A study's published figures and accounting, read from `Scenarios/validation/NAME.json`.
///
/// The figures are data with their sources, so that what CareSim is checked against is reviewable
/// beside the study, and no figure lives in code. The study and each figure's name are English;
/// `studyNL` and a figure's `nameNL` give them in Dutch (optional), which a Dutch report shows in
/// their place, as it names a calibration target by its `labelNL`.
public struct StudyValidation: Sendable {
  public var file: String
  public var study: String
  /// The study in Dutch, where the file gives it.
  public var studyNL: String?
  /// The scenario file, relative to the validation file's parent folder (`Scenarios/`).
  public var scenario: String
  public var months: Int?
  public var replications: Int
  public var seed: UInt64
  public var discounting: DiscountRates?
  public var accountingDescription: String?
  public var figures: [PublishedFigure]

  /// Reads and checks a validation file.
  ///
  /// The scenario it names must exist; without the file's own `accounting.months`, its
  /// estimates must read years within the scenario's horizon (read from the scenario when it is
  /// valid; an invalid one is reported when it is loaded to run).
  /// - Throws: ``ScenarioErrors``, one entry per problem, each naming this file and its field.
  public static func load(from url: URL) throws(ScenarioErrors) -> StudyValidation {
    // Named as it was given, as a scenario's errors name their file.
    let file = url.relativePath
    let (json, sourceMap) = try ScenarioErrors.parsing(
      ScenarioErrors.reading(url, name: file), file: file)
    var reader = ScenarioReader(file: file, sourceMap: sourceMap)
    let validation = reader.readValidation(
      json,
      scenarioMonths: { name throws(ScenarioError) in
        let scenario = scenarioURL(name, nextTo: url)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: scenario.path, isDirectory: &isFolder),
          !isFolder.boolValue
        else {
          throw ScenarioError(
            file: file, field: "scenario",
            kind: .invalid(
              reason: "no scenario file '\(name)' (\(scenario.path)); the path is relative to "
                + "\(url.deletingLastPathComponent().deletingLastPathComponent().path)/"))
        }
        return try? Scenario.load(from: scenario).parameters.months
      })
    guard reader.errors.isEmpty, let validation else { throw ScenarioErrors(reader.errors) }
    return validation
  }

  /// The scenario a validation file names: relative to the folder holding the validation files'
  /// folder (`Scenarios/`).
  public static func scenarioURL(_ name: String, nextTo file: URL) -> URL {
    file.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(name)
  }

  /// The name of the scenario a validation file names, as errors and provenance name a base a
  /// scenario extends (``ScenarioDocument/name(of:from:)``): joined to the folder that holds the
  /// validation files' folder, relative or absolute as the validation file was given
  /// (`Scenarios/dordrecht-wij.json` for `Scenarios/validation/dordrecht-wij.json`).
  public static func scenarioPath(_ name: String, nextTo file: URL) -> String {
    ScenarioDocument.name(of: "../" + name, from: file.relativePath)
  }

  /// The scenario's parameters under the study's accounting (horizon and discounting).
  public func parameters(for scenario: Scenario) -> ScenarioParameters {
    var parameters = scenario.parameters
    if let months { parameters.months = months }
    if let discounting { parameters.discounting = discounting }
    return parameters
  }
}

extension ScenarioReader {
  /// Reads a validation file, reporting every problem.
  ///
  /// - Parameters:
  ///   - json: The validation file.
  ///   - scenarioMonths: The horizon of the scenario a name gives, nil when it cannot be read;
  ///     throws when there is no such scenario.
  /// - Returns: The validation, or nil when its root is not an object.
  mutating func readValidation(
    _ json: JSONValue, scenarioMonths: (String) throws(ScenarioError) -> Int?
  ) -> StudyValidation? {
    guard
      let root = object(
        json, at: "", keys: ["study", "studyNL", "scenario", "accounting", "figures"])
    else { return nil }
    let study = name(root, "study", at: "") ?? ""
    let studyNL = name(root, "studyNL", at: "", required: false)
    let scenario = string(root, "scenario", at: "", required: true) ?? ""
    let accounting = object(
      root["accounting"], at: "accounting",
      keys: ["months", "replications", "seed", "discounting", "description"], required: false)
    let months =
      accounting?["months"] == nil
      ? nil : integer(accounting, "months", at: "accounting", allowed: 1...1200)
    let replications = integer(
      accounting, "replications", at: "accounting", allowed: 2...1_000_000, default: 200)
    let seed = integer(
      accounting, "seed", at: "accounting", allowed: 0...Int(Int32.max), default: 1)
    var discounting: DiscountRates?
    if let rates = object(
      accounting?["discounting"], at: "accounting.discounting", keys: ["costs", "effects"],
      required: false)
    {
      discounting = DiscountRates(
        costs: number(rates, "costs", at: "accounting.discounting", allowed: NumberRange(0, 1)),
        effects: number(rates, "effects", at: "accounting.discounting", allowed: NumberRange(0, 1)))
    }
    var horizon = months
    if root["scenario"]?.stringValue?.isEmpty == true {
      report("scenario", .invalid(reason: "names no scenario file"))
    } else if !scenario.isEmpty {
      do {
        let scenarioHorizon = try scenarioMonths(scenario)
        horizon = horizon ?? scenarioHorizon
      } catch {
        report("scenario", error.kind)
      }
    }
    var figures: [PublishedFigure] = []
    if let items = root["figures"]?.arrayValue, !items.isEmpty {
      for (index, item) in items.enumerated() {
        if let figure = readFigure(
          item, at: "figures.\(index)", months: horizon, fromScenario: months == nil)
        {
          figures.append(figure)
        }
      }
    } else {
      report("figures", .missing(expected: "a non-empty array of published figures"))
    }
    return StudyValidation(
      file: file, study: study, studyNL: studyNL, scenario: scenario, months: months,
      replications: replications, seed: UInt64(seed), discounting: discounting,
      accountingDescription: string(accounting, "description", at: "accounting"), figures: figures)
  }

  /// Reads one published figure, reporting every problem.
  ///
  /// - Parameters:
  ///   - item: The figure's object.
  ///   - path: Its field path, `figures.N`.
  ///   - months: The horizon the estimate must fit, when known.
  ///   - fromScenario: Whether the horizon is the scenario's (the file gives no months).
  /// - Returns: The figure, or nil when it could not be read.
  mutating func readFigure(
    _ item: JSONValue, at path: String, months: Int?, fromScenario: Bool
  ) -> PublishedFigure? {
    guard
      let fields = object(
        item, at: path,
        keys: [
          "name", "nameNL", "published", "unit", "source", "estimate", "kind", "gap", "note",
        ])
    else { return nil }
    let name = self.name(fields, "name", at: path) ?? ""
    let nameNL = self.name(fields, "nameNL", at: path, required: false)
    let kindName = choice(
      fields, "kind", at: path, choices: PublishedFigure.Kind.allCases.map(\.rawValue))
    let kind = kindName.flatMap(PublishedFigure.Kind.init(rawValue:)) ?? .result
    var published = 0.0
    if kind == .sign {
      switch fields["published"]?.stringValue {
      case "positive": published = 1
      case "negative": published = -1
      default:
        report(
          "\(path).published", .invalid(reason: "a sign figure needs \"positive\" or \"negative\""))
      }
    } else {
      published = number(fields, "published", at: path, allowed: NumberRange(-1e15, 1e15))
    }
    let source = string(fields, "source", at: path, required: true) ?? ""
    if source.isEmpty {
      report("\(path).source", .invalid(reason: "every figure names its source"))
    }
    let gap = string(fields, "gap", at: path)
    var estimate: StudyEstimate?
    if let text = string(fields, "estimate", at: path, required: true) {
      do {
        estimate = try StudyEstimate(parsing: text)
      } catch {
        report("\(path).estimate", .invalid(reason: error.message))
      }
    }
    // Compared by division: a year as large as `y999999999999999999` would overflow `year * 12`.
    if let estimate, let months,
      let year = estimate.measures.compactMap(\.year).max(), year > months / 12
    {
      let horizon = fromScenario ? "the scenario's horizon" : "the accounting horizon"
      report(
        "\(path).estimate",
        .invalid(
          reason: "reads year \(year), which ends after \(horizon) of \(months) months"))
    }
    guard let estimate else { return nil }
    return PublishedFigure(
      name: name, nameNL: nameNL, published: published,
      unit: string(fields, "unit", at: path) ?? "", source: source, estimate: estimate,
      kind: kind, gap: gap, note: string(fields, "note", at: path))
  }
}
