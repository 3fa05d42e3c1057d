/// A CSV file as CareSim writes it: a header, then rows; a field is quoted when it holds a comma
/// or a quote, and a quote inside is doubled.
///
/// The one reader of the CSV files a result decodes: each row's cells by column name, typed.
package struct CSVTable: Sendable {
  /// A row of the table, read by column.
  package struct Row: Sendable {
    /// Each column's index, the table's, shared by its rows.
    let columnIndices: [String: Int]
    package let cells: [String]

    /// The text of a column; nil for an empty cell or a column the table lacks.
    package func text(_ column: String) -> String? {
      guard let index = columnIndices[column], !cells[index].isEmpty else { return nil }
      return cells[index]
    }

    /// The number of a column; NaN for an empty or non-numeric cell.
    package func number(_ column: String) -> Double { text(column).flatMap(Double.init) ?? .nan }

    /// The whole number of a column; nil for an empty or non-integral cell.
    package func integer(_ column: String) -> Int? { text(column).flatMap { Int($0) } }
  }

  package var columns: [String]
  package var rows: [Row]

  package init?(_ text: String) {
    var lines = Self.lines(of: text).filter { !$0.isEmpty }.map(Self.fields)
    guard !lines.isEmpty else { return nil }
    let header = lines.removeFirst()
    guard lines.allSatisfy({ $0.count == header.count }) else { return nil }
    columns = header
    // A column named twice is read at its first, as a search of the header would find it.
    let columnIndices = Dictionary(
      header.enumerated().map { ($0.element, $0.offset) }, uniquingKeysWith: min)
    rows = lines.map { Row(columnIndices: columnIndices, cells: $0) }
  }

  /// The lines of a CSV text, empty ones included: each ends at a line feed, and a carriage return
  /// before it is dropped, so that a file saved with Windows line ends reads as CareSim wrote it.
  package static func lines(of text: String) -> [Substring] {
    text.utf8.split(separator: lineFeed, omittingEmptySubsequences: false).map { line in
      Substring(line.last == carriageReturn ? line.dropLast() : line)
    }
  }

  /// The fields of one line, split at its commas outside quotes.
  ///
  /// By bytes rather than characters: a comma or a quote is a separator even where a combining
  /// mark follows it, as CSV's rules read it (a reader of Swift's characters would see one
  /// character there), and a report reads every file of its result faster so.
  package static func fields(_ line: Substring) -> [String] {
    var line = line
    return line.withUTF8 { fields($0) }
  }

  /// The fields of one line's UTF-8 bytes.
  private static func fields(_ line: UnsafeBufferPointer<UInt8>) -> [String] {
    var fields: [String] = []
    var field: [UInt8] = []
    var quoted = false
    var index = 0
    while index < line.count {
      let byte = line[index]
      index += 1
      switch (byte, quoted) {
      case (quote, false) where field.isEmpty: quoted = true
      case (quote, true):
        // A doubled quote is a quote; a single one ends the field's quoted part.
        if index < line.count && line[index] == quote {
          field.append(quote)
          index += 1
        } else {
          quoted = false
        }
      case (comma, false):
        fields.append(String(decoding: field, as: UTF8.self))
        field.removeAll(keepingCapacity: true)
      default: field.append(byte)
      }
    }
    fields.append(String(decoding: field, as: UTF8.self))
    return fields
  }

  private static let quote = UInt8(ascii: "\"")
  private static let comma = UInt8(ascii: ",")
  private static let lineFeed = UInt8(ascii: "\n")
  private static let carriageReturn = UInt8(ascii: "\r")
}
