import Foundation

/// A JSON document held as a tree of plain values.
///
/// Scenario files are read into this untyped form before they are decoded into typed parameters,
/// so that tools can address and override any number by its dotted path (see
/// `JSONValue+Path.swift`) and write the result back with deterministic bytes.
///
/// Numbers are `Double`, as in JSON itself (RFC 8259 §6): every scenario figure is a rate, a
/// share or an amount in euros, and integers up to 2^53 in magnitude are exact.
public enum JSONValue: Sendable, Equatable {
  case null
  case bool(Bool)
  case number(Double)
  case string(String)
  case array([JSONValue])
  case object([String: JSONValue])
}

// MARK: - Accessors

extension JSONValue {
  /// The members of an object, or `nil` for any other kind of value.
  public var objectValue: [String: JSONValue]? {
    if case .object(let fields) = self { fields } else { nil }
  }

  /// The number held, or `nil` for any other kind of value.
  ///
  /// A "sourced number" such as `{"value": 0.85, "source": "…"}` is an object here; path-based
  /// access (`setNumber(_:at:)`) is where sourced numbers are looked through.
  public var numberValue: Double? {
    if case .number(let x) = self { x } else { nil }
  }

  /// The string held, or `nil` for any other kind of value.
  public var stringValue: String? {
    if case .string(let text) = self { text } else { nil }
  }

  /// The elements of an array, or `nil` for any other kind of value.
  public var arrayValue: [JSONValue]? {
    if case .array(let elements) = self { elements } else { nil }
  }

  /// The Boolean held, or `nil` for any other kind of value.
  public var boolValue: Bool? {
    if case .bool(let flag) = self { flag } else { nil }
  }

  /// The JSON name of this value's kind, for error messages.
  ///
  /// One of `"object"`, `"array"`, `"number"`, `"string"`, `"boolean"` or `"null"`.
  public var typeName: String {
    switch self {
    case .null: "null"
    case .bool: "boolean"
    case .number: "number"
    case .string: "string"
    case .array: "array"
    case .object: "object"
    }
  }
}

// MARK: - Codable

extension JSONValue: Codable {
  /// Decodes whichever JSON value the decoder holds.
  ///
  /// `Bool` is tried before `Double` so that `true` stays a Boolean. Only a type mismatch at
  /// this value's own coding path moves on to the next kind; any other error (for example a
  /// malformed element deep inside an array) propagates unchanged, so the caller sees the real
  /// cause instead of a generic "not a JSON value".
  ///
  /// - Parameter decoder: The decoder to read from.
  /// - Throws: `DecodingError` from the decoder.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    let depth = container.codingPath.count

    // Returns nil when the value here is not of type `T`; rethrows everything else.
    func attempt<T: Decodable>(_ type: T.Type) throws -> T? {
      do {
        return try container.decode(type)
      } catch DecodingError.typeMismatch(_, let context) where context.codingPath.count == depth {
        return nil
      }
    }

    if container.decodeNil() {
      self = .null
    } else if let flag = try attempt(Bool.self) {
      self = .bool(flag)
    } else if let x = try attempt(Double.self) {
      self = .number(x)
    } else if let text = try attempt(String.self) {
      self = .string(text)
    } else if let elements = try attempt([JSONValue].self) {
      self = .array(elements)
    } else if let fields = try attempt([String: JSONValue].self) {
      self = .object(fields)
    } else {
      throw DecodingError.dataCorrupted(
        .init(
          codingPath: container.codingPath,
          debugDescription: "Expected null, a boolean, number, string, array or object."
        )
      )
    }
  }

  /// Encodes this value into a single-value container.
  ///
  /// Negative zero is written as `0`: the two compare equal, so they should also give equal
  /// bytes (and equal `StableHash` digests of the encoded text).
  ///
  /// - Parameter encoder: The encoder to write to.
  /// - Throws: `EncodingError` from the encoder (for non-finite numbers, unless the encoder has
  ///   a non-conforming float strategy; `encoded(prettyPrinted:)` sets one).
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    switch self {
    case .null: try container.encodeNil()
    case .bool(let flag): try container.encode(flag)
    case .number(let x): try container.encode(x == 0 ? 0 : x)
    case .string(let text): try container.encode(text)
    case .array(let elements): try container.encode(elements)
    case .object(let fields): try container.encode(fields)
    }
  }
}

// MARK: - Parsing and writing

extension JSONValue {
  /// Parses JSON5 text, so scenario files may carry comments and trailing commas.
  ///
  /// JSON5 (https://spec.json5.org) is a superset of JSON that adds `//` and `/* */` comments,
  /// trailing commas, unquoted keys, single-quoted strings, hexadecimal numbers and the literals
  /// `NaN` and `Infinity`. Hand-edited scenario files need the first three; the rest come along.
  ///
  /// Measured on Swift 6.3.1 / Linux: `NaN`, `Infinity`, `+Infinity` and `-Infinity` parse to
  /// non-finite numbers (they are not rejected here); scenario validation rejects them. A number
  /// too large for `Double`, such as `1e400`, is a parse error.
  ///
  /// - Parameter data: UTF-8 JSON5 text.
  /// - Returns: The parsed document.
  /// - Throws: `ParseError` describing the first problem found.
  public static func parse(_ data: Data) throws(ParseError) -> JSONValue {
    let decoder = JSONDecoder()
    decoder.allowsJSON5 = true
    do {
      return try decoder.decode(JSONValue.self, from: data)
    } catch {
      throw ParseError(error)
    }
  }

  /// Writes this value as JSON text whose bytes depend only on the value.
  ///
  /// Object keys are sorted (measured: by Unicode code point, so `B` < `_` < `a` < `é`),
  /// slashes are not escaped (source URLs stay readable), and numbers use the shortest text
  /// that reads back to the same `Double`. Whole numbers print without a fraction: measured on
  /// Swift 6.3.1 / Linux, `JSONEncoder` already writes `3.0` as `3` and `2^53` as
  /// `9007199254740992`; from 1e16 upwards it switches to exponent form (`1e+16`), which is
  /// still exact. No trailing newline is added.
  ///
  /// JSON has no spelling for non-finite numbers, so `NaN`, `Infinity` and `-Infinity` are
  /// written as the strings `"NaN"`, `"Infinity"` and `"-Infinity"`: they stay visible to a
  /// reader, and reading the file back gives a string where validation expects a number, so
  /// they cannot slip through as a silent `null`.
  ///
  /// - Parameter prettyPrinted: Whether to indent with two spaces and one member per line.
  /// - Returns: UTF-8 JSON text.
  public func encoded(prettyPrinted: Bool = true) -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting =
      prettyPrinted
      ? [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted]
      : [.sortedKeys, .withoutEscapingSlashes]
    encoder.nonConformingFloatEncodingStrategy = .convertToString(
      positiveInfinity: "Infinity",
      negativeInfinity: "-Infinity",
      nan: "NaN"
    )
    do {
      return try encoder.encode(self)
    } catch {
      // With the strategy above every JSONValue is encodable; reaching here is a bug.
      preconditionFailure("JSONValue could not be encoded: \(error)")
    }
  }
}

// MARK: - ParseError

extension JSONValue {
  /// A scenario file that is not valid JSON5, with as much location as Foundation gives.
  ///
  /// Measured on Swift 6.3.1 / Linux: for a syntax error `JSONDecoder` reports only "The given
  /// data was not valid JSON." with no underlying error, so `line` and `column` are `nil` there.
  /// Darwin's Foundation attaches an underlying error such as "Unexpected character '<' around
  /// line 1, column 1."; when that text is present, `line` and `column` are read from it.
  public struct ParseError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong, including Foundation's own description.
    public var message: String
    /// The dotted path of the value being decoded when the error occurred, if known.
    public var path: String?
    /// The 1-based line of the error, if Foundation reported one.
    public var line: Int?
    /// The 1-based column of the error, if Foundation reported one.
    public var column: Int?

    /// Creates a parse error from its parts.
    ///
    /// - Parameters:
    ///   - message: What went wrong.
    ///   - path: The dotted path of the value being decoded, if known.
    ///   - line: The 1-based line, if known.
    ///   - column: The 1-based column, if known.
    public init(message: String, path: String? = nil, line: Int? = nil, column: Int? = nil) {
      self.message = message
      self.path = path
      self.line = line
      self.column = column
    }

    /// A one-line description such as `invalid JSON at line 3, column 7: …`.
    public var description: String {
      var location: [String] = []
      if let line { location.append("line \(line)") }
      if let column { location.append("column \(column)") }
      if let path { location.append("path '\(path)'") }
      let prefix =
        location.isEmpty ? "invalid JSON" : "invalid JSON at " + location.joined(separator: ", ")
      return "\(prefix): \(message)"
    }
  }
}

extension JSONValue.ParseError {
  /// Builds a readable parse error from whatever `JSONDecoder` threw.
  fileprivate init(_ error: any Error) {
    guard let decodingError = error as? DecodingError else {
      self.init(message: String(describing: error))
      return
    }
    let context: DecodingError.Context
    switch decodingError {
    case .dataCorrupted(let c): context = c
    case .typeMismatch(_, let c): context = c
    case .valueNotFound(_, let c): context = c
    case .keyNotFound(_, let c): context = c
    @unknown default:
      self.init(message: String(describing: decodingError))
      return
    }

    var message = context.debugDescription
    var line: Int?
    var column: Int?
    if let underlying = context.underlyingError {
      let nsError = underlying as NSError
      let detail =
        nsError.userInfo[NSDebugDescriptionErrorKey] as? String ?? String(describing: underlying)
      message += " " + detail
      if let match = detail.firstMatch(of: #/line (\d+), column (\d+)/#) {
        line = Int(match.1)
        column = Int(match.2)
      }
    }
    // Array indices have an `intValue`; their `stringValue` is "Index 2", not "2".
    let components = context.codingPath.map { key in
      key.intValue.map(String.init) ?? key.stringValue
    }
    let path = components.isEmpty ? nil : components.joined(separator: ".")
    self.init(message: message, path: path, line: line, column: column)
  }
}
