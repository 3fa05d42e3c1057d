import CareSimCore
import Foundation
import JSON5

/// A file of calibration targets (`Scenarios/calibration/netherlands.json`): national figures,
/// each with its uncertainty, its source and the measure of the control arm it is compared with.
///
/// ```
/// {
///   name: "Dutch population aged 65+",
///   nameNL: "Nederlandse bevolking van 65 jaar of ouder",   // optional, as is labelNL
///   targets: [
///     {
///       id: "lifeExpectancy80", label: "remaining life expectancy at 80 (years)",
///       labelNL: "resterende levensverwachting op 80 jaar (jaren)",
///       measure: { kind: "lifeExpectancy", age: 80, sex: "all" },
///       value: 9.58, range: [9.28, 9.88],      // or standardError: 0.077
///       use: "fit",                            // or "check": reported, not fitted
///       years: { from: 1, to: 10 },            // optional: the years of the run to pool
///       source: "CBS StatLine 83598NED, 2020: ...; notes: docs/sources/cbs-83598ned.md",
///     },
///   ],
/// }
/// ```
/// A `range` is read as a 95% interval, so its standard error is its width over 3.92. A Dutch
/// report names the file and each target by `nameNL` and `labelNL`, where the file gives them,
/// as it names a need level by its `labelNL`.
public struct CalibrationTargets: Sendable {
  public var file: String
  public var name: String
  /// The name in Dutch, where the file gives one.
  public var nameNL: String?
  public var targets: [CalibrationTarget]

  /// How many standard errors a 95% interval spans: 2 × 1.96.
  static let rangeWidthInStandardErrors = 3.92

  /// The measures' kinds by name, as the file writes them.
  static let kindNames: [(name: String, kind: CalibrationMeasure.Kind)] =
    [
      ("deathProbability", .deathProbability), ("deathRate", .deathRate),
      ("lifeExpectancy", .lifeExpectancy), ("institutionShare", .institutionShare),
      ("institutionalDeathShare", .institutionalDeathShare),
      ("institutionalDeathShareTwoYearsBefore", .institutionalDeathShareTwoYearsBefore),
      ("careAtHomeShare", .careAtHomeShare),
      ("costPerResident", .costPerResident(.wmo)), ("qualityOfLife", .qualityOfLife),
      ("qualityOfLifeChange", .qualityOfLifeChange),
    ]

  /// Reads and checks a targets file.
  ///
  /// - Parameters:
  ///   - url: The file.
  ///   - name: The file's name in messages (the path the user gave); the URL's path by default.
  /// - Returns: The targets.
  /// - Throws: ``ScenarioErrors``, one entry per problem, each naming the field, its line and
  ///   what is allowed.
  public static func load(from url: URL, name: String? = nil) throws(ScenarioErrors)
    -> CalibrationTargets
  {
    let file = name ?? url.path
    let (json, sourceMap) = try ScenarioErrors.parsing(
      ScenarioErrors.reading(url, name: file), file: file)
    var reader = ScenarioReader(file: file, sourceMap: sourceMap)
    let targets = reader.readTargets(json)
    guard reader.errors.isEmpty, let targets else { throw ScenarioErrors(reader.errors) }
    return targets
  }
}

extension ScenarioReader {
  /// The values a target, and its range's bounds, may take.
  static let targetValues = NumberRange(-1e9, 1e9)

  mutating func readTargets(_ json: JSONValue) -> CalibrationTargets? {
    guard let root = object(json, at: "", keys: ["name", "nameNL", "targets"]) else {
      return nil
    }
    let name = string(root, "name", at: "", required: true) ?? ""
    let nameNL = self.name(root, "nameNL", at: "", required: false)
    var targets: [CalibrationTarget] = []
    guard let items = root["targets"]?.arrayValue, !items.isEmpty else {
      report("targets", .missing(expected: "a non-empty array of targets"))
      return nil
    }
    var seen: Set<String> = []
    for (index, item) in items.enumerated() {
      guard let target = readTarget(item, at: "targets.\(index)") else { continue }
      if !seen.insert(target.id).inserted {
        report("targets.\(index).id", .invalid(reason: "'\(target.id)' names an earlier target"))
      }
      targets.append(target)
    }
    // What the file says, not what was read: a fit target dropped for another problem has been
    // reported there, and the file does not lack one.
    let fit = CalibrationTarget.Use.fit.rawValue
    if !items.contains(where: { $0.objectValue?["use"]?.stringValue == fit }) {
      report("targets", .invalid(reason: "no target has use \"fit\": nothing to calibrate to"))
    }
    return CalibrationTargets(file: file, name: name, nameNL: nameNL, targets: targets)
  }

  mutating func readTarget(_ item: JSONValue, at path: String) -> CalibrationTarget? {
    guard
      let fields = object(
        item, at: path,
        keys: [
          "id", "label", "labelNL", "measure", "value", "standardError", "range", "use", "years",
          "source",
        ])
    else { return nil }
    let id = name(fields, "id", at: path) ?? ""
    let label = name(fields, "label", at: path) ?? ""
    let labelNL = name(fields, "labelNL", at: path, what: "label", required: false)
    let source = string(fields, "source", at: path, required: true) ?? ""
    if fields["source"] != nil, source.isEmpty {
      report("\(path).source", .invalid(reason: "every target names its source"))
    }
    let measure = readMeasure(fields["measure"], at: "\(path).measure")
    let value = number(fields, "value", at: path, allowed: Self.targetValues)
    // A value that could not be read (reported) is not held against the range.
    let standardError = readStandardError(
      fields, at: path, value: isStandIn("\(path).value") ? nil : value)
    let use = choice(
      fields, "use", at: path, choices: CalibrationTarget.Use.allCases.map(\.rawValue))
    let years = readYears(fields["years"], at: "\(path).years")
    guard let measure, let standardError, let use,
      let useValue = CalibrationTarget.Use(rawValue: use)
    else { return nil }
    return CalibrationTarget(
      id: id, label: label, labelNL: labelNL, measure: measure, years: years, value: value,
      standardError: standardError, use: useValue, source: source)
  }

  /// A `standardError`, or a `range` read as a 95% interval around the value (nil when the value
  /// could not be read).
  mutating func readStandardError(
    _ fields: [String: JSONValue], at path: String, value: Double?
  ) -> Double? {
    switch (fields["standardError"], fields["range"]) {
    case (.some, .some):
      report(
        "\(path).range", .invalid(reason: "give a standardError or a range, not both"))
      return nil
    case (.some, nil):
      return number(fields, "standardError", at: path, allowed: NumberRange(1e-12, 1e9))
    case (nil, .some(let range)):
      guard let bounds = range.arrayValue?.compactMap(\.numberValue), bounds.count == 2,
        range.arrayValue?.count == 2
      else {
        report("\(path).range", .wrongType(expected: "[low, high]", found: range.typeName))
        return nil
      }
      // A bound must be a value the target could take: an infinite or overflowing one gives an
      // infinite standard error, and the target would silently drop out of the fit.
      for bound in bounds where !Self.targetValues.contains(bound) {
        report(
          "\(path).range",
          .outOfRange(value: bound, allowed: "bounds in \(Self.targetValues)"))
        return nil
      }
      guard bounds[0] < bounds[1], value.map({ (bounds[0]...bounds[1]).contains($0) }) ?? true
      else {
        let holding = value.map { " and hold the value \($0)" } ?? ""
        report(
          "\(path).range", .invalid(reason: "[\(bounds[0]), \(bounds[1])] must rise\(holding)"))
        return nil
      }
      return (bounds[1] - bounds[0]) / CalibrationTargets.rangeWidthInStandardErrors
    case (nil, nil):
      report(
        "\(path).standardError",
        .missing(expected: "a standardError above 0, or a range [low, high] around the value"))
      return nil
    }
  }

  mutating func readMeasure(_ value: JSONValue?, at path: String) -> CalibrationMeasure? {
    guard
      let fields = object(value, at: path, keys: ["kind", "ages", "age", "sex", "funder"])
    else { return nil }
    let kindName = choice(
      fields, "kind", at: path, choices: CalibrationTargets.kindNames.map(\.name))
    let sexes = choice(
      fields, "sex", at: path, choices: CalibrationMeasure.Sexes.allCases.map(\.rawValue),
      default: "all")
    guard let kindName,
      var kind = CalibrationTargets.kindNames.first(where: {
        $0.name == kindName
      })?.kind
    else { return nil }
    let bandStarts = "a band's start: 65, 70, ... 100"
    func bandStart(_ fields: [String: JSONValue]?, _ key: String, at path: String) -> Int? {
      guard fields?[key] != nil else { return nil }
      let age = integer(fields, key, at: path, allowed: 65...100)
      // Out of range (reported): no age, rather than the range's end, which the check of the
      // group's order would then report as a second, false problem.
      guard !isStandIn(ScenarioReader.join(path, key)) else { return nil }
      guard CalibrationMeasure.isBandStart(age) else {
        report(ScenarioReader.join(path, key), .outOfRange(value: Double(age), allowed: bandStarts))
        return nil
      }
      return age
    }
    var fromAge: Int?
    var toAge: Int?
    if kind == .lifeExpectancy {
      if fields["ages"] != nil {
        report("\(path).ages", .invalid(reason: "a life expectancy is at one age: give age"))
      }
      fromAge = bandStart(fields, "age", at: path)
      if fields["age"] == nil { report("\(path).age", .missing(expected: bandStarts)) }
    } else {
      if fields["age"] != nil {
        report("\(path).age", .invalid(reason: "only a life expectancy is at one age: give ages"))
      }
      let ages = object(fields["ages"], at: "\(path).ages", keys: ["from", "to"])
      fromAge = bandStart(ages, "from", at: "\(path).ages")
      if ages != nil, ages?["from"] == nil {
        report("\(path).ages.from", .missing(expected: bandStarts))
      }
      toAge = bandStart(ages, "to", at: "\(path).ages")
      if let from = fromAge, let to = toAge, to <= from {
        report(
          "\(path).ages.to", .invalid(reason: "\(to) must be above the first age \(from)"))
        return nil
      }
    }
    if kindName == "costPerResident" {
      let payers = Funder.payers.map(\.description)
      guard let funder = choice(fields, "funder", at: path, choices: payers),
        let payer = Funder.payers.first(where: { $0.description == funder })
      else { return nil }
      kind = .costPerResident(payer)
    } else if fields["funder"] != nil {
      report("\(path).funder", .invalid(reason: "only costPerResident names a funder"))
    }
    guard let fromAge, let sexes, let sexGroup = CalibrationMeasure.Sexes(rawValue: sexes)
    else { return nil }
    return CalibrationMeasure(kind: kind, fromAge: fromAge, toAge: toAge, sexes: sexGroup)
  }

  /// The years of the run a target pools, `{ from, to }`, 1-based and inclusive.
  mutating func readYears(_ value: JSONValue?, at path: String) -> ClosedRange<Int>? {
    guard let fields = object(value, at: path, keys: ["from", "to"], required: false) else {
      return nil
    }
    let from = integer(fields, "from", at: path, allowed: 1...ScenarioLimits.months / 12)
    let to = integer(fields, "to", at: path, allowed: 1...ScenarioLimits.months / 12)
    // A year out of range has been reported; its stand-in is not compared with the other.
    guard !isStandIn("\(path).from") && !isStandIn("\(path).to") else { return nil }
    guard to >= from else {
      report("\(path).to", .invalid(reason: "\(to) must be at or after the first year \(from)"))
      return nil
    }
    return from...to
  }
}
