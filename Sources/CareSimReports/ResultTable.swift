import CareSimScenario
import Foundation
import JSON5

/// A table of analysis results that prints for people and writes as CSV and JSON for machines.
///
/// One value serves all three forms, so the printed table and the files never disagree.
public struct ResultTable: Sendable {
  public enum Cell: Sendable, Equatable {
    case text(String)
    case number(Double)
    /// A share or probability: a number in the files, a percentage on the terminal.
    case share(Double)
    /// An amount in euros: a number in the files, whole euros on the terminal, so that €453.2
    /// never stands among whole thousands.
    case euros(Double)
  }

  public var columns: [String]
  public private(set) var rows: [[Cell]] = []

  /// The columns, by name, that the terminal aligns as words (see ``TextTable/textColumns``).
  public var textColumns: Set<String>

  public init(columns: [String], textColumns: Set<String> = []) {
    self.columns = columns
    self.textColumns = textColumns
  }

  public mutating func append(_ row: [Cell]) {
    precondition(
      row.count == columns.count, "row has \(row.count) cells, expected \(columns.count)")
    rows.append(row)
  }

  public var csv: String {
    let lines =
      [columns.joined(separator: ",")]
      + rows.map { row in
        row.map { cell in
          switch cell {
          case .text(let text): ValidationReport.csvField(text)
          case .number(let value), .share(let value), .euros(let value): DataNumber.csv(value)
          }
        }.joined(separator: ",")
      }
    return lines.joined(separator: "\n") + "\n"
  }

  public var json: JSONValue {
    .array(
      rows.map { row in
        .object(
          Dictionary(
            uniqueKeysWithValues: zip(columns, row).map { column, cell in
              switch cell {
              case .text(let text): (column, .string(text))
              case .number(let value), .share(let value), .euros(let value):
                (column, DataNumber.json(value))
              }
            }))
      })
  }

  /// The table for a terminal: amounts in whole euros, large numbers grouped without decimals,
  /// small ones with four significant digits, shares as percentages, the text columns
  /// left-aligned (see ``TextTable/textColumns``).
  public var rendered: String {
    var table = TextTable(header: columns, textColumns: textColumns)
    for row in rows {
      table.append(
        row.map { cell in
          switch cell {
          case .text(let text): text
          case .share(let value): ReportFormat.percent(value)
          case .number(let value): ReportFormat.significant(value)
          case .euros(let value): ReportFormat.euros(value)
          }
        })
    }
    return table.rendered
  }
}
