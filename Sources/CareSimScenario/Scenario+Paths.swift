import CareSimCore
import JSON5

/// Setting numeric fields of a scenario by path, for what-if analyses.
///
/// A path names a field as the file does (`mechanisms.substitution.share`, `needLevels.3.annualCost.wlz`);
/// a sourced number is set through its `value`. A share of a mix that must sum to 1 (a need mix, the
/// age bands, the funding split) moves the mix's other shares in proportion to their values in the
/// file, so that they take what it leaves (``ShareMix``). The changed scenario is validated again,
/// so a value outside a field's allowed range is the same clear error as in a file.
extension Scenario {
  /// Every numeric field the file holds, by path.
  public var numericPaths: [String] { json.numericPaths() }

  /// The scenario with the given fields set, and the other shares of a mix they belong to scaled
  /// to take the rest.
  /// - Throws: ``ScenarioErrors`` naming a path the file does not hold (with valid paths nearby), a
  ///   value outside the field's allowed range, or shares set that leave no mix.
  public func setting(_ settings: [(path: String, value: Double)]) throws(ScenarioErrors)
    -> Scenario
  {
    var json = json
    for (path, value) in settings {
      if path == "calibration" || path.hasPrefix("calibration.") {
        throw ScenarioErrors([
          ScenarioError(
            file: file, field: path,
            kind: .invalid(
              reason: "is part of the file's record of its calibration, not a parameter; vary "
                + "a calibrated value by its own path"))
        ])
      }
      if let owner = sourcedNumber(containing: path) {
        throw ScenarioErrors([
          ScenarioError(
            file: file, field: path,
            kind: .invalid(
              reason: "is part of the description of the sourced number '\(owner)' (its range, "
                + "distribution or note), not a parameter; vary '\(owner)' instead"))
        ])
      }
      do {
        try json.setNumber(value, at: path)
      } catch {
        throw ScenarioErrors([
          ScenarioError(file: file, field: path, kind: .invalid(reason: Self.describe(error)))
        ])
      }
    }
    let paths = Set(settings.map(\.path))
    for mix in shareMixes where !paths.isDisjoint(with: mix.shares) {
      let values = mix.shares.map { Self.number(in: json, at: $0) ?? 0 }
      let balanced: [Double]
      do {
        balanced = try mix.balanced(values, isSet: mix.shares.map(paths.contains), file: file)
      } catch {
        throw ScenarioErrors([error])
      }
      for (share, (value, old)) in zip(mix.shares, zip(balanced, values)) where value != old {
        do {
          try json.setNumber(value, at: share)
        } catch {
          preconditionFailure("a share is a number the file writes, got \(share): \(error)")
        }
      }
    }
    var changed = try Scenario.read(json, file: file, checksDescriptions: false, hash: hash)
    // The distributions describe the file's values; a setting keeps them as the file has them.
    changed.distributions = distributions
    changed.bases = bases
    return changed
  }

  /// The values a search may give a field: its allowed range, narrowed where the schema says
  /// the field stops meaning what it says (a participant's relative risk above 1); nil for a path
  /// the file does not hold.
  public func validRange(at path: String) -> ClosedRange<Double>? {
    guard let allowed = allowedRanges[path] else { return nil }
    guard let meaningful = ScenarioSchema.field(at: path)?.meaningful else { return allowed }
    return max(
      allowed.lowerBound, meaningful.lowerBound)...min(
        allowed.upperBound, meaningful.upperBound)
  }

  /// Whether a field holds whole numbers only (residents, months, coordinators' places).
  public func takesWholeNumbers(at path: String) -> Bool { wholeNumberPaths.contains(path) }

  /// The current value of a numeric field, or nil when the file does not hold it.
  public func number(at path: String) -> Double? { Self.number(in: json, at: path) }

  /// The value of a bare or sourced number in a parsed file, or nil when it holds none there.
  static func number(in json: JSONValue, at path: String) -> Double? {
    guard let value = json.value(at: path) else { return nil }
    return value.numberValue ?? value.objectValue?["value"]?.numberValue
  }

  /// The sourced number that a path reaches into (`valuePerQALY` for `valuePerQALY.range.0`), if
  /// any: its range, distribution and note describe it and are not themselves parameters.
  func sourcedNumber(containing path: String) -> String? {
    let components = path.split(separator: ".", omittingEmptySubsequences: false)
    for length in stride(from: components.count - 1, through: 1, by: -1) {
      let prefix = components.prefix(length).joined(separator: ".")
      if json.value(at: prefix)?.objectValue?["value"]?.numberValue != nil { return prefix }
    }
    return nil
  }

  static func describe(_ error: JSONValue.PathError) -> String {
    switch error {
    case .notFound(_, let nearby):
      let hint = nearby.isEmpty ? "" : "; valid paths nearby: " + nearby.joined(separator: ", ")
      return "no numeric field at this path in the file (add it to the scenario to vary it)" + hint
    case .notANumber(_, let found):
      return "holds \(found), not a number"
    }
  }
}
