/// A CSV file as CareSim writes it: a header, then rows; a field is quoted when it holds a comma
/// or a quote, and a quote inside is doubled.
///
/// The one reader of the CSV files a result decodes: each row's cells by column name, typed.
package struct CSVTable: Sendable {
  /// A row of the table, read by column.
  package struct Row: Sendable {
    let columns: [String]
    package let cells: [String]

    /// The text of a column; nil for an empty cell or a column the table lacks.
    package func text(_ column: String) -> String? {
      guard let index = columns.firstIndex(of: column), !cells[index].isEmpty else { return nil }
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
    var lines = text.split(separator: "\n", omittingEmptySubsequences: true).map(Self.fields)
    guard !lines.isEmpty else { return nil }
    let header = lines.removeFirst()
    guard lines.allSatisfy({ $0.count == header.count }) else { return nil }
    columns = header
    rows = lines.map { Row(columns: header, cells: $0) }
  }

  package static func fields(_ line: Substring) -> [String] {
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
