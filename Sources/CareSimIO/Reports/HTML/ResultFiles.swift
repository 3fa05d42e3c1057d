import Foundation
import JSON5

/// The files of a result folder, read back: what a report is drawn from.
///
/// A report is built from the very files a command wrote (in memory right after the run, or from
/// disk by `caresim report DIR`), so the report and the files cannot disagree and a report can be
/// rebuilt from a folder without running anything.
package struct ResultFiles: Sendable {
  package var files: [String: Data]
  /// The marker's command line and thread count, when the folder has a marker.
  package var marker: ResultMarker?

  package init(files: [String: Data], marker: ResultMarker?) {
    self.files = files
    self.marker = marker
  }

  /// A JSON file of the folder.
  package func json(_ name: String) throws(ReportInputError) -> JSONValue {
    guard let data = files[name] else { throw .missing(name) }
    guard let value = try? JSONValue.parse(data) else { throw .unreadable(name) }
    return value
  }

  /// A CSV file of the folder as rows keyed by column name.
  package func csv(_ name: String) throws(ReportInputError) -> CSVTable {
    guard let data = files[name] else { throw .missing(name) }
    guard let text = String(data: data, encoding: .utf8), let table = CSVTable(text) else {
      throw .unreadable(name)
    }
    return table
  }
}

/// Why a report cannot be drawn from a folder's files.
package enum ReportInputError: Error, Sendable, Equatable, CustomStringConvertible {
  case missing(String)
  case unreadable(String)
  case unknownCommand(String)

  package var description: String {
    switch self {
    case .missing(let name): "the folder holds no \(name)"
    case .unreadable(let name): "\(name) is not as CareSim writes it"
    case .unknownCommand(let name): "the marker names a command without a report: '\(name)'"
    }
  }
}

/// A CSV file as CareSim writes it: a header, then rows; a field is quoted when it holds a comma
/// or a quote, and a quote inside is doubled.
package struct CSVTable: Sendable {
  package var columns: [String]
  package var rows: [[String]]

  init?(_ text: String) {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: true).map(Self.fields)
    guard !lines.isEmpty else { return nil }
    let header = lines.removeFirst()
    guard lines.allSatisfy({ $0.count == header.count }) else { return nil }
    columns = header
    rows = lines
  }

  /// The value of a column in a row; an empty cell is nil.
  package func text(_ row: [String], _ column: String) -> String? {
    guard let index = columns.firstIndex(of: column), !row[index].isEmpty else { return nil }
    return row[index]
  }

  /// The number in a column of a row; an empty or non-numeric cell is NaN.
  package func number(_ row: [String], _ column: String) -> Double {
    text(row, column).flatMap(Double.init) ?? .nan
  }

  private static func fields(_ line: Substring) -> [String] {
    var fields: [String] = []
    var field = ""
    var quoted = false
    var iterator = line.makeIterator()
    while let character = iterator.next() {
      switch (character, quoted) {
      case ("\"", false) where field.isEmpty: quoted = true
      case ("\"", true):
        // A doubled quote is a quote; a single one ends the field's quoted part.
        var lookahead = iterator
        if lookahead.next() == "\"" {
          field.append("\"")
          iterator = lookahead
        } else {
          quoted = false
        }
      case (",", false):
        fields.append(field)
        field = ""
      default: field.append(character)
      }
    }
    fields.append(field)
    return fields
  }
}
