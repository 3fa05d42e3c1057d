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
  /// `NaN` and `Infinity` parse to non-finite numbers; scenario validation rejects them.
  ///
  /// The reader is CareSim's own (`JSON5Parser`), not Foundation's: every problem names its
  /// line and column and shows the line, invalid UTF-8 is an error rather than a trap,
  /// duplicate names are refused, and input is limited to 10 MB and 64 levels of nesting.
  ///
  /// - Parameter data: UTF-8 JSON5 text.
  /// - Returns: The parsed document.
  /// - Throws: `ParseError` describing the first problem found.
  public static func parse(_ data: Data) throws(ParseError) -> JSONValue {
    try parseWithSourceMap(data).value
  }

  /// Parses JSON5 text and notes where each value stands in it.
  ///
  /// - Parameter data: UTF-8 JSON5 text, at most 10 MB.
  /// - Returns: The document, and a map from each value's dotted path to its line and column.
  /// - Throws: `ParseError` describing the first problem found.
  public static func parseWithSourceMap(_ data: Data) throws(ParseError)
    -> (value: JSONValue, sourceMap: SourceMap)
  {
    // The size is checked before the bytes are copied.
    guard data.count <= JSON5Parser.maximumByteCount else {
      throw .tooLarge(byteCount: data.count)
    }
    return try JSON5Parser.parse([UInt8](data))
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
