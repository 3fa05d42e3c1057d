import Foundation

/// A problem with a scenario file, named by file, field path and what is allowed.
///
/// Validation collects every problem rather than stopping at the first, so a user fixes a file in one
/// pass; each problem prints as one line.
public struct ScenarioError: Error, Equatable, Sendable, CustomStringConvertible {
  public enum Kind: Equatable, Sendable {
    case unreadable(reason: String)
    case syntax(reason: String)
    case missing(expected: String)
    case wrongType(expected: String, found: String)
    case unknownKey(allowed: [String])
    case outOfRange(value: Double, allowed: String)
    case invalid(reason: String)
  }

  public var file: String
  /// Dotted path of the field, such as `mechanisms.prevention.relativeRisk`; empty for the file.
  public var field: String
  public var kind: Kind

  public init(file: String, field: String, kind: Kind) {
    self.file = file
    self.field = field
    self.kind = kind
  }

  public var description: String {
    let location = field.isEmpty ? file : "\(file): \(field)"
    switch kind {
    case .unreadable(let reason): return "\(location): cannot read file: \(reason)"
    case .syntax(let reason): return "\(location): not valid JSON5: \(reason)"
    case .missing(let expected): return "\(location): missing; expected \(expected)"
    case .wrongType(let expected, let found):
      return "\(location): expected \(expected), found \(found)"
    case .unknownKey(let allowed):
      return "\(location): unknown key; allowed here: \(allowed.sorted().joined(separator: ", "))"
    case .outOfRange(let value, let allowed):
      return "\(location): \(ScenarioError.format(value)) is out of range; allowed \(allowed)"
    case .invalid(let reason): return "\(location): \(reason)"
    }
  }

  static func format(_ value: Double) -> String {
    if value.isNaN { return "NaN" }
    if value.isInfinite { return value > 0 ? "Infinity" : "-Infinity" }
    return value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
  }
}

/// A list of problems found in one scenario file.
public struct ScenarioErrors: Error, Equatable, Sendable, CustomStringConvertible {
  public var errors: [ScenarioError]
  public init(_ errors: [ScenarioError]) { self.errors = errors }
  public var description: String { errors.map(\.description).joined(separator: "\n") }

  /// A file's bytes, or the error that names it.
  static func reading(_ url: URL) throws(ScenarioErrors) -> Data {
    do {
      return try Data(contentsOf: url)
    } catch {
      throw ScenarioErrors([
        ScenarioError(
          file: url.path, field: "", kind: .unreadable(reason: error.localizedDescription))
      ])
    }
  }

  /// Parsed JSON5, or the syntax error that names the file.
  static func parsing(_ data: Data, file: String) throws(ScenarioErrors) -> JSONValue {
    do {
      return try JSONValue.parse(data)
    } catch {
      throw ScenarioErrors([ScenarioError(file: file, field: "", kind: .syntax(reason: "\(error)"))]
      )
    }
  }
}
