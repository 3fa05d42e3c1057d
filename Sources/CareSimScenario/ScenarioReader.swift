import CareSimCore
import JSON5

/// Reads fields out of a parsed scenario, checking type and range and collecting every problem.
///
/// Objects are read through ``object(_:at:keys:)``, which reports keys the schema does not know, so a
/// misspelt field is an error rather than a silently ignored default. A number may be written bare
/// (`0.85`) or as a sourced number (`{"value": 0.85, "source": "…", "range": [0.7, 0.95]}`); the
/// reader records sources and ranges by field path for reports and sensitivity analysis.
struct ScenarioReader {
  let file: String
  private(set) var errors: [ScenarioError] = []
  private(set) var sources: [String: String] = [:]
  private(set) var ranges: [String: ClosedRange<Double>] = [:]
  private(set) var distributions: [String: ParameterDistribution] = [:]
  /// A teaching scenario's `workshop` section, when it has one.
  var workshop: Scenario.Workshop?
  /// The need levels' labels, as `needLevels` gives them.
  var levelLabels: [NeedLevel.Label] = []
  /// A calibrated scenario's `calibration` block, when it has one.
  var calibration: Scenario.CalibrationRecord?
  /// The allowed range of every number read, by field path: what an analysis may set it to.
  private(set) var allowedRanges: [String: ClosedRange<Double>] = [:]
  /// The paths of the numbers read as whole numbers.
  private(set) var wholeNumberPaths: Set<String> = []
  /// The groups of shares that must sum to 1, as the file writes them.
  private(set) var shareMixes: [ShareMix] = []
  /// The numbers read as a stand-in, their own value or their object's already reported: no
  /// sum or comparison that holds them is judged (it would be a second, false error).
  private var standIns: Set<String> = []

  /// Whether the number at `field` was read as a stand-in (see ``number(_:_:at:allowed:default:)``).
  func isStandIn(_ field: String) -> Bool { standIns.contains(field) }

  /// Whether to check what describes a sourced number: its range and its distribution.
  ///
  /// True for files as written, whose range must lie within what the field allows and hold the
  /// value, and whose distribution must fit it; false for scenarios whose values an analysis set,
  /// which keep the file's descriptions. A range and a distribution describe the file's value, not
  /// the one an analysis tries: a sweep or a PSA sample may go beyond the range; a value the
  /// analysis set may move what another field allows, and with it past that field's range (the
  /// services' signalling at its high end lifts the participants' lowest allowed value above the
  /// low end of their range, though their value, the one that runs, is still allowed); and a
  /// break-even search may probe a relative risk of 0, around which no lognormal exists.
  let checksDescriptions: Bool
  /// Where each value stands in the file, so that an error can name its line; nil when the
  /// document did not come from text.
  let sourceMap: SourceMap?

  init(file: String, sourceMap: SourceMap? = nil, checksDescriptions: Bool = true) {
    self.file = file
    self.sourceMap = sourceMap
    self.checksDescriptions = checksDescriptions
  }

  /// Records a problem with `field`, placed at the field in the file, or at the nearest object
  /// holding it when the field is missing.
  ///
  /// In a scenario that extends another file, the place is in the file that set the value: the
  /// base's line for an inherited value, the extending file's for an override.
  mutating func report(_ field: String, _ kind: ScenarioError.Kind) {
    let place = sourceMap?.nearest(to: field)
    errors.append(
      ScenarioError(
        file: place?.file ?? file, field: field, kind: kind, line: place?.position.line,
        column: place?.position.column))
  }

  static func join(_ path: String, _ key: String) -> String {
    path.isEmpty ? key : "\(path).\(key)"
  }

  /// The fields of an object, after reporting keys outside `keys`.
  ///
  /// Returns nil (and reports) when the value is missing and `required`, or is not an object.
  mutating func object(
    _ value: JSONValue?, at path: String, keys: Set<String>,
    required: Bool = true
  ) -> [String: JSONValue]? {
    guard let value else {
      if required { report(path, .missing(expected: "an object")) }
      return nil
    }
    guard let fields = value.objectValue else {
      report(path, .wrongType(expected: "an object", found: value.typeName))
      return nil
    }
    for key in fields.keys.sorted() where !keys.contains(key) {
      report(Self.join(path, key), .unknownKey(allowed: keys.sorted()))
    }
    return fields
  }

  /// A number in `allowed`, or `defaultValue` when absent (nil default means required).
  mutating func number(
    _ fields: [String: JSONValue]?, _ key: String, at path: String,
    allowed: NumberRange, default defaultValue: Double? = nil
  ) -> Double {
    let field = Self.join(path, key)
    let fallback = defaultValue ?? allowed.lowerBound
    guard let value = fields?[key] else {
      if defaultValue == nil && fields != nil {
        report(field, .missing(expected: "a number in \(allowed)"))
      }
      // A required value that is missing here, or whose object is (each reported where it
      // is), is a stand-in; a default is the file's choice.
      if defaultValue == nil { standIns.insert(field) }
      return fallback
    }
    guard let number = number(value, at: field, allowed: allowed) else {
      standIns.insert(field)
      return fallback
    }
    return number
  }

  /// Reads a bare or sourced number at `field`.
  mutating func number(_ value: JSONValue, at field: String, allowed: NumberRange) -> Double? {
    var number: Double
    if let bare = value.numberValue {
      number = bare
    } else if value.objectValue == nil {
      report(
        field,
        .wrongType(
          expected: "a number in \(allowed) (bare or as {value, source, range})",
          found: value.typeName))
      return nil
    } else if let sourced = object(
      value, at: field, keys: ["value", "source", "range", "note", "distribution"])
    {
      guard let inner = sourced["value"]?.numberValue else {
        let valueField = Self.join(field, "value")
        if let written = sourced["value"] {
          // `{ value: "2500" }` has a value, of the wrong type: say what it is, not that it lacks.
          report(
            valueField, .wrongType(expected: "a number in \(allowed)", found: written.typeName))
        } else {
          report(valueField, .missing(expected: "a number in \(allowed)"))
        }
        return nil
      }
      number = inner
      if let source = sourced["source"] {
        if let text = source.stringValue, !text.isEmpty {
          sources[field] = text
        } else {
          report(
            Self.join(field, "source"),
            .wrongType(expected: "a non-empty string", found: source.typeName))
        }
      }
      if let range = sourced["range"] {
        readRange(range, at: field, value: number, allowed: allowed)
      }
      if let distribution = sourced["distribution"], checksDescriptions {
        readDistribution(
          distribution, at: Self.join(field, "distribution"), value: number, for: field,
          allowed: allowed)
      }
    } else {
      return nil
    }
    guard number.isFinite else {
      report(field, .outOfRange(value: number, allowed: "a finite number in \(allowed)"))
      return nil
    }
    // The closure of an open range: an analysis that sets the open bound itself is refused when
    // the scenario is read again, with the range.
    allowedRanges[field] = allowed.lowerBound...allowed.upperBound
    guard allowed.contains(number) else {
      report(field, .outOfRange(value: number, allowed: allowed.description))
      return nil
    }
    return number
  }

  /// Reads a distribution for probabilistic sensitivity analysis.
  ///
  /// The forms: `{type: "beta", alpha, beta}`, `{type: "gamma", shape, scale}`,
  /// `{type: "lognormal", mu, sigma}`, `{type: "normal", standardDeviation}`,
  /// `{type: "uniform", low, high}`, `{type: "triangular", low, mode, high}` or `{type: "fixed"}`.
  /// Beta, gamma and lognormal may instead give `standardDeviation`: they are then fitted by the
  /// method of moments around the number's value; normal is centred on the value.
  private mutating func readDistribution(
    _ value: JSONValue, at path: String, value center: Double, for field: String,
    allowed: NumberRange
  ) {
    let keys: Set = [
      "type", "alpha", "beta", "shape", "scale", "mu", "sigma", "standardDeviation", "low", "high",
      "mode",
    ]
    guard let fields = object(value, at: path, keys: keys) else { return }
    let types = ["beta", "gamma", "lognormal", "normal", "uniform", "triangular", "fixed"]
    guard let type = choice(fields, "type", at: path, choices: types) else { return }
    let any = NumberRange(-1e15, 1e15)
    func parameter(_ key: String) -> Double { number(fields, key, at: path, allowed: any) }
    let sd = fields["standardDeviation"] == nil ? nil : parameter("standardDeviation")
    var distribution: ParameterDistribution?
    switch type {
    case "beta":
      distribution =
        sd.map { ParameterDistribution.beta(mean: center, standardDeviation: $0) }
        ?? .beta(alpha: parameter("alpha"), beta: parameter("beta"))
    case "gamma":
      distribution =
        sd.map { ParameterDistribution.gamma(mean: center, standardDeviation: $0) }
        ?? .gamma(shape: parameter("shape"), scale: parameter("scale"))
    case "lognormal":
      distribution =
        sd.map { ParameterDistribution.lognormal(mean: center, standardDeviation: $0) }
        ?? .lognormal(mu: parameter("mu"), sigma: parameter("sigma"))
    case "normal":
      distribution = .normal(mean: center, standardDeviation: parameter("standardDeviation"))
    case "uniform":
      distribution = .uniform(low: parameter("low"), high: parameter("high"))
    case "triangular":
      distribution = .triangular(
        low: parameter("low"), mode: parameter("mode"), high: parameter("high"))
    default:
      distribution = .fixed(center)
    }
    guard let distribution else {
      report(
        path,
        .invalid(reason: "no \(type) distribution has mean \(center) and this standard deviation"))
      return
    }
    if let reason = distribution.invalidReason {
      report(path, .invalid(reason: reason))
      return
    }
    // Every draw must be a valid value of the field, or a PSA would stop halfway.
    let support: (low: Double, high: Double) =
      switch distribution {
      case .fixed(let value): (value, value)
      case .beta: (0, 1)
      case .gamma, .lognormal: (0, .greatestFiniteMagnitude)
      case .normal: (-.greatestFiniteMagnitude, .greatestFiniteMagnitude)
      case .uniform(let low, let high), .triangular(let low, _, let high): (low, high)
      }
    // A gamma or lognormal draw above 1,000 times a ratio field's scale is vanishingly rare.
    let upperReach =
      allowed.upperBound >= 1000 ? Double.greatestFiniteMagnitude : allowed.upperBound
    guard allowed.lowerBound <= support.low, support.high <= upperReach else {
      report(
        path,
        .invalid(
          reason: "\(type) draws can fall outside the field's allowed range \(allowed); "
            + "choose a distribution whose values stay in it"))
      return
    }
    distributions[field] = distribution
  }

  private mutating func readRange(
    _ range: JSONValue, at field: String, value: Double,
    allowed: NumberRange
  ) {
    let rangeField = Self.join(field, "range")
    guard let bounds = range.arrayValue?.compactMap(\.numberValue), bounds.count == 2,
      range.arrayValue?.count == 2
    else {
      report(
        rangeField, .wrongType(expected: "[low, high] with two numbers", found: range.typeName))
      return
    }
    for bound in bounds where checksDescriptions && (!bound.isFinite || !allowed.contains(bound)) {
      report(rangeField, .outOfRange(value: bound, allowed: allowed.description))
      return
    }
    guard bounds[0] <= bounds[1] else {
      report(
        rangeField,
        .invalid(
          reason: "[\(ScenarioError.format(bounds[0])), \(ScenarioError.format(bounds[1]))] must "
            + "have its low bound first"))
      return
    }
    guard !checksDescriptions || (bounds[0] <= value && value <= bounds[1]) else {
      report(
        rangeField,
        .invalid(
          reason: "[\(ScenarioError.format(bounds[0])), \(ScenarioError.format(bounds[1]))] "
            + "must contain the value \(ScenarioError.format(value))"))
      return
    }
    ranges[field] = bounds[0]...bounds[1]
  }

  /// Reports shares that do not sum to 1, and records them as a mix, so that an analysis that
  /// sets some of them keeps the mix whole (``ShareMix``).
  ///
  /// - Parameters:
  ///   - shares: The shares' values.
  ///   - field: The object that holds them, where a wrong sum is reported.
  ///   - paths: The paths of the shares the file writes.
  mutating func checkShares(_ shares: [Double], of field: String, writtenAt paths: [String]) {
    let sum = shares.reduce(0, +)
    if !paths.contains(where: isStandIn) && abs(sum - 1) > ShareMix.tolerance {
      report(field, .invalid(reason: "shares sum to \(sum); they must sum to 1"))
    }
    shareMixes.append(ShareMix(field: field, shares: paths))
  }

  mutating func probability(
    _ fields: [String: JSONValue]?, _ key: String, at path: String,
    default defaultValue: Double? = nil
  ) -> Double {
    number(fields, key, at: path, allowed: .unit, default: defaultValue)
  }

  mutating func integer(
    _ fields: [String: JSONValue]?, _ key: String, at path: String,
    allowed: ClosedRange<Int>, default defaultValue: Int? = nil
  ) -> Int {
    wholeNumberPaths.insert(Self.join(path, key))
    let value = number(
      fields, key, at: path,
      allowed: NumberRange(Double(allowed.lowerBound), Double(allowed.upperBound)),
      default: defaultValue.map(Double.init))
    guard value == value.rounded() else {
      report(
        Self.join(path, key),
        .wrongType(expected: "a whole number in \(allowed)", found: "\(value)"))
      standIns.insert(Self.join(path, key))
      return defaultValue ?? allowed.lowerBound
    }
    return Int(value)
  }

  mutating func string(
    _ fields: [String: JSONValue]?, _ key: String, at path: String,
    required: Bool = false
  ) -> String? {
    guard let value = fields?[key] else {
      if required && fields != nil { report(Self.join(path, key), .missing(expected: "a string")) }
      return nil
    }
    guard let text = value.stringValue else {
      report(Self.join(path, key), .wrongType(expected: "a string", found: value.typeName))
      return nil
    }
    return text
  }

  /// A name or label (`what`), which messages and reports echo: not empty, and without the
  /// control or text-direction characters that would be invisible there, or reorder the text
  /// around them (``SourceExcerpt/printable(_:)``); nil, and no error, for an absent one that is
  /// not `required`.
  mutating func name(
    _ fields: [String: JSONValue]?, _ key: String, at path: String, what: String = "name",
    required: Bool = true
  ) -> String? {
    guard let text = string(fields, key, at: path, required: required) else { return nil }
    if text.isEmpty || SourceExcerpt.printable(text) != text {
      report(
        Self.join(path, key),
        .invalid(
          reason: "'\(text)' is not a usable \(what); a \(what) is not empty and holds no "
            + "control or text-direction characters"))
    }
    return text
  }

  mutating func bool(
    _ fields: [String: JSONValue]?, _ key: String, at path: String,
    default defaultValue: Bool
  ) -> Bool {
    guard let value = fields?[key] else { return defaultValue }
    guard let flag = value.boolValue else {
      report(Self.join(path, key), .wrongType(expected: "true or false", found: value.typeName))
      return defaultValue
    }
    return flag
  }

  /// One of `choices`, by name.
  mutating func choice(
    _ fields: [String: JSONValue]?, _ key: String, at path: String,
    choices: [String], default defaultValue: String? = nil
  ) -> String? {
    let field = Self.join(path, key)
    // A missing choice names what it may be, not only that a string is expected.
    if defaultValue == nil, fields?[key] == nil {
      report(field, .missing(expected: "one of: \(choices.joined(separator: ", "))"))
      return nil
    }
    guard let text = string(fields, key, at: path, required: defaultValue == nil) else {
      return defaultValue
    }
    guard choices.contains(text) else {
      report(field, .invalid(reason: "'\(text)' is not one of: \(choices.joined(separator: ", "))"))
      return defaultValue
    }
    return text
  }
}

/// A range of allowed numbers with a readable description for error messages: closed, or open
/// at its low end where the bound itself means something impossible.
struct NumberRange: CustomStringConvertible {
  var lowerBound: Double
  var upperBound: Double
  /// Whether the low bound itself is refused, as a death hazard ratio's 0 (no one would die).
  var excludesLowerBound = false

  init(_ lowerBound: Double, _ upperBound: Double) {
    self.lowerBound = lowerBound
    self.upperBound = upperBound
  }

  static let unit = NumberRange(0, 1)
  static let nonNegative = NumberRange(0, .greatestFiniteMagnitude)
  /// Euros a year per resident (or per crisis, trajectory or participant): see
  /// ``ScenarioLimits/amount``.
  static let amount = NumberRange(0, ScenarioLimits.amount)
  /// Relative risks and hazard ratios: positive and finite; 0 would make an event impossible.
  static let ratio = NumberRange(0, 1000)
  /// A participant's relative risk as the programme's effect: above 1 it does harm.
  static let programmeEffect = NumberRange(0, 1)
  /// Death hazard ratios: as ``ratio``, but above 0, which would make the residents it applies
  /// to immortal.
  static let deathRatio = {
    var range = NumberRange.ratio
    range.excludesLowerBound = true
    return range
  }()

  func contains(_ x: Double) -> Bool {
    (excludesLowerBound ? lowerBound < x : lowerBound <= x) && x <= upperBound
  }

  var description: String {
    let low = ScenarioError.format(lowerBound)
    if upperBound == .greatestFiniteMagnitude {
      return excludesLowerBound ? "> \(low)" : ">= \(low)"
    }
    return "\(excludesLowerBound ? "(" : "[")\(low), \(ScenarioError.format(upperBound))]"
  }
}
