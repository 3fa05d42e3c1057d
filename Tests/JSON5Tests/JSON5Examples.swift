import Foundation
import JSON5
import Testing

/// Parses JSON5 text written in a test.
func parse(_ text: String) throws(JSONValue.ParseError) -> JSONValue {
  try JSONValue.parse(Data(text.utf8))
}

/// Well-formed JSON5 that shows one feature, and the document it must read as.
struct JSON5Example: Sendable, CustomTestStringConvertible {
  var feature: String
  var text: String
  var expected: JSONValue
  var testDescription: String { feature }
}

/// Malformed input: its bytes, the line and column the error must name, and a fragment its
/// message must contain.
struct MalformedJSON5: Sendable, CustomTestStringConvertible {
  var name: String
  var bytes: [UInt8]
  var line: Int
  var column: Int
  var fragment: String

  init(_ name: String, _ text: String, _ line: Int, _ column: Int, _ fragment: String) {
    self.init(name, Array(text.utf8), line, column, fragment)
  }

  init(_ name: String, _ bytes: [UInt8], _ line: Int, _ column: Int, _ fragment: String) {
    self.name = name
    self.bytes = bytes
    self.line = line
    self.column = column
    self.fragment = fragment
  }

  var testDescription: String { name }
}

/// `text` with raw bytes spliced in where `#` stands.
func spliced(_ text: String, _ raw: [UInt8]) -> [UInt8] {
  let parts = text.split(separator: "#", omittingEmptySubsequences: false)
  return Array(parts[0].utf8) + raw + Array(parts.dropFirst().joined(separator: "#").utf8)
}

/// Checks that `row` fails to parse with an error at its line and column whose message holds its
/// fragment, and whose excerpt shows that line.
func expectParseError(_ row: MalformedJSON5, sourceLocation: SourceLocation = #_sourceLocation) {
  do {
    let value = try JSONValue.parse(Data(row.bytes))
    Issue.record("parsed as \(value)", sourceLocation: sourceLocation)
  } catch {
    #expect(error.line == row.line, "\(error)", sourceLocation: sourceLocation)
    #expect(error.column == row.column, "\(error)", sourceLocation: sourceLocation)
    #expect(error.message.contains(row.fragment), "\(error)", sourceLocation: sourceLocation)
    // The excerpt shows the error's own line, with the caret under its column.
    #expect(error.excerpt?.line == row.line, sourceLocation: sourceLocation)
  }
}
