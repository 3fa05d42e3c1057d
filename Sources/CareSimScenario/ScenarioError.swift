import Foundation
import JSON5

/// A problem with a scenario file, named by file, line, field path and what is allowed.
///
/// Validation collects every problem rather than stopping at the first, so a user fixes a file in one
/// pass; each problem prints as one line, except a syntax error, which prints as a compiler's
/// does: `FILE:LINE:COLUMN: error: MESSAGE`, then the line and a caret under the column.
public struct ScenarioError: Error, Equatable, Sendable, CustomStringConvertible {
  public enum Kind: Equatable, Sendable {
    case unreadable(reason: String)
    case syntax(JSONValue.ParseError)
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
  /// The 1-based line of the field in the file, or of its nearest enclosing object when the
  /// field is missing; nil when the scenario was not read from text (an analysis set a field).
  public var line: Int?
  /// The 1-based column of that place, in Unicode scalars.
  public var column: Int?

  public init(file: String, field: String, kind: Kind, line: Int? = nil, column: Int? = nil) {
    self.file = file
    self.field = field
    self.kind = kind
    self.line = line
    self.column = column
  }

  /// A syntax error in `file`, placed where the parse error is.
  init(file: String, syntax error: JSONValue.ParseError) {
    self.init(file: file, field: "", kind: .syntax(error), line: error.line, column: error.column)
  }

  /// `FILE:LINE: FIELD: MESSAGE` (the line when known, the field when not the whole file), or a
  /// syntax error's several lines.
  ///
  /// Names the file wrote (a level's, a target's) reach the field and the message; each line is
  /// made printable as a syntax error's excerpt is (``SourceExcerpt/printable(_:)``), so a raw
  /// line break in a name cannot split one error over two lines, nor an override reverse it.
  public var description: String {
    if case .syntax(let error) = kind {
      return error.diagnostic(file: file).split(separator: "\n", omittingEmptySubsequences: false)
        .map { SourceExcerpt.printable(String($0)) }.joined(separator: "\n")
    }
    return SourceExcerpt.printable(message)
  }

  /// The one-line message, before it is made printable.
  private var message: String {
    var location = line.map { "\(file):\($0)" } ?? file
    if !field.isEmpty { location += ": \(field)" }
    switch kind {
    case .unreadable(let reason): return "\(location): cannot read file: \(reason)"
    case .syntax: return location  // described above
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

  /// The errors as stderr shows them: each one begins with `error:` (a syntax error's already says
  /// `FILE:LINE:COLUMN: error:`, as a compiler's does).
  public var diagnostics: String {
    errors.map { error in
      if case .syntax = error.kind { return error.description }
      return "error: \(error)"
    }.joined(separator: "\n")
  }

  /// A file's bytes, or the error that names it.
  ///
  /// At most one byte more than the parser's size limit is read, so a file over it (or an
  /// endless one, such as a device) is refused without being read whole.
  static func reading(_ url: URL, name: String? = nil) throws(ScenarioErrors) -> Data {
    let file = name ?? url.path
    func unreadable(_ reason: String) -> ScenarioErrors {
      ScenarioErrors([ScenarioError(file: file, field: "", kind: .unreadable(reason: reason))])
    }
    var isFolder: ObjCBool = false
    // Foundation's reason for a missing file is a sentence about an operation; say what it is.
    guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else {
      throw unreadable("no such file")
    }
    if isFolder.boolValue { throw unreadable("it is a folder, not a file") }
    let data: Data
    do {
      let handle = try FileHandle(forReadingFrom: url)
      defer { try? handle.close() }
      data = try handle.read(upToCount: JSON5Parser.maximumByteCount + 1) ?? Data()
    } catch {
      throw unreadable(error.localizedDescription)
    }
    guard data.count <= JSON5Parser.maximumByteCount else {
      // A device (`/dev/zero`) has no size to tell: its size reads as 0, below what was read.
      let size = (try? url.resourceValues(forKeys: [.fileSizeKey]).fileSize)
        .flatMap { $0 >= data.count ? $0 : nil }
      throw ScenarioErrors([ScenarioError(file: file, syntax: .tooLarge(byteCount: size))])
    }
    return data
  }

  /// Parsed JSON5 with the position of each value, or the syntax error that names the file.
  static func parsing(_ data: Data, file: String) throws(ScenarioErrors)
    -> (value: JSONValue, sourceMap: SourceMap)
  {
    do {
      return try JSONValue.parseWithSourceMap(data)
    } catch {
      throw ScenarioErrors([ScenarioError(file: file, syntax: error)])
    }
  }
}
