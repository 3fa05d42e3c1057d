import CareSimCore
import Foundation
import JSON5

/// A study's published figures and accounting, read from `Scenarios/validation/NAME.json`.
///
/// The figures are data with their sources, so that what CareSim is checked against is reviewable
/// beside the study, and no figure lives in code.
public struct StudyValidation: Sendable {
  public var file: String
  public var study: String
  /// The scenario file, relative to the validation file's parent folder (`Scenarios/`).
  public var scenario: String
  public var months: Int?
  public var replications: Int
  public var seed: UInt64
  public var discounting: DiscountRates?
  public var accountingDescription: String?
  public var figures: [PublishedFigure]

  /// Reads and checks a validation file.
  /// - Throws: ``ScenarioErrors``, one entry per problem.
  public static func load(from url: URL) throws(ScenarioErrors) -> StudyValidation {
    let (json, sourceMap) = try ScenarioErrors.parsing(ScenarioErrors.reading(url), file: url.path)
    var reader = ScenarioReader(file: url.path, sourceMap: sourceMap)
    let validation = reader.readValidation(json)
    guard reader.errors.isEmpty, let validation else { throw ScenarioErrors(reader.errors) }
    return validation
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
  mutating func readValidation(_ json: JSONValue) -> StudyValidation? {
    guard let root = object(json, at: "", keys: ["study", "scenario", "accounting", "figures"])
    else { return nil }
    let study = string(root, "study", at: "", required: true) ?? ""
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
    var figures: [PublishedFigure] = []
    if let items = root["figures"]?.arrayValue, !items.isEmpty {
      for (index, item) in items.enumerated() {
        if let figure = readFigure(item, at: "figures.\(index)", months: months) {
          figures.append(figure)
        }
      }
    } else {
      report("figures", .missing(expected: "a non-empty array of published figures"))
    }
    return StudyValidation(
      file: file, study: study, scenario: scenario, months: months, replications: replications,
      seed: UInt64(seed), discounting: discounting,
      accountingDescription: string(accounting, "description", at: "accounting"), figures: figures)
  }

  mutating func readFigure(_ item: JSONValue, at path: String, months: Int?) -> PublishedFigure? {
    guard
      let fields = object(
        item, at: path,
        keys: ["name", "published", "unit", "source", "estimate", "kind", "gap", "note"])
    else { return nil }
    let name = string(fields, "name", at: path, required: true) ?? ""
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
    if let estimate, let months,
      let year = estimate.measures.compactMap(\.year).max(), year * 12 > months
    {
      report(
        "\(path).estimate",
        .invalid(reason: "reads year \(year), beyond the accounting horizon of \(months) months"))
    }
    guard let estimate else { return nil }
    return PublishedFigure(
      name: name, published: published, unit: string(fields, "unit", at: path) ?? "",
      source: source, estimate: estimate, kind: kind, gap: gap,
      note: string(fields, "note", at: path))
  }
}
