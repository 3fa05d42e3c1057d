import Foundation

/// A plain-text table with right-aligned numeric columns, for terminal summaries.
public struct TextTable: Sendable {
  public var header: [String]
  public var rows: [[String]] = []
  /// The widest a cell after the first column is written on one line; longer cells (paths,
  /// command lines, a source's text) wrap onto lines of their own below, at spaces where they
  /// have them, and their column is then left-aligned, so that a table of long texts fits a
  /// terminal.
  public var wrapWidth: Int?
  /// The columns, by their header, that hold words rather than numbers ("status", "command"):
  /// left-aligned, as the first column is, so that words line up where they start.
  public var textColumns: Set<String>

  public init(header: [String], wrapWidth: Int? = nil, textColumns: Set<String> = []) {
    precondition(wrapWidth.map { $0 > 0 } ?? true, "a wrap width must be positive")
    precondition(textColumns.isSubset(of: header), "text columns \(textColumns) not in \(header)")
    self.header = header
    self.wrapWidth = wrapWidth
    self.textColumns = textColumns
  }

  public mutating func append(_ row: [String]) {
    precondition(
      row.count == header.count, "row has \(row.count) cells, header has \(header.count)")
    rows.append(row)
  }

  /// The first column is left-aligned (labels), the others right-aligned (numbers), but for the
  /// text columns and a column with a wrapped cell.
  public var rendered: String {
    // Labels stay whole: only the columns after the first wrap.
    let lines = ([header] + rows).map { row in
      row.enumerated().map { column, cell in column == 0 ? [cell] : wrapped(cell) }
    }
    let widths = header.indices.map { column in
      lines.map { row in row[column].map(\.count).max() ?? 0 }.max() ?? 0
    }
    let leftAligned = header.indices.map { column in
      column == 0 || textColumns.contains(header[column]) || lines.contains { $0[column].count > 1 }
    }
    func text(_ row: [[String]]) -> [String] {
      (0..<(row.map(\.count).max() ?? 1)).map { index in
        row.enumerated().map { column, cellLines in
          let cell = index < cellLines.count ? cellLines[index] : ""
          let padding = String(repeating: " ", count: widths[column] - cell.count)
          return leftAligned[column] ? cell + padding : padding + cell
        }.joined(separator: "  ").trimmingTrailingSpaces
      }
    }
    let rule = widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")
    return (text(lines[0]) + [rule] + lines.dropFirst().flatMap(text)).joined(separator: "\n")
      + "\n"
  }

  /// A cell as the lines it is written on: one, or at most `wrapWidth` characters each, broken
  /// after the last space that fits (or at the width, in a word longer than it).
  private func wrapped(_ cell: String) -> [String] {
    guard let wrapWidth, cell.count > wrapWidth else { return [cell] }
    var lines: [String] = []
    var rest = Substring(cell)
    while rest.count > wrapWidth {
      let head = rest.prefix(wrapWidth + 1)
      if let space = head.lastIndex(of: " "), space > rest.startIndex {
        lines.append(String(rest[..<space]))
        rest = rest[rest.index(after: space)...]
      } else {
        lines.append(String(rest.prefix(wrapWidth)))
        rest = rest.dropFirst(wrapWidth)
      }
    }
    return lines + [String(rest)]
  }
}

/// Formats euros and counts for terminal tables: thousands separated, no decimals.
///
/// Any finite value formats (a total of 1e308 euros prints all its digits); nothing converts a
/// double to `Int`, which would trap beyond `Int.max`.
public enum ReportFormat {
  public static func euros(_ value: Double) -> String {
    guard value.isFinite else { return "n/a" }
    // `%.0f` rounds half to even like `rounded(.toNearestOrEven)`; adding 0 turns -0 into 0.
    var digits = String(format: "%.0f", value.rounded() + 0)
    let negative = digits.hasPrefix("-")
    if negative { digits.removeFirst() }
    return (negative ? "-" : "") + grouped(digits)
  }

  /// A count with thousands separated: `1,000`.
  public static func count(_ value: Int) -> String {
    (value < 0 ? "-" : "") + grouped(String(value.magnitude))
  }

  /// Digits grouped in threes with commas.
  static func grouped(_ digits: String) -> String {
    var grouped = ""
    for (index, character) in digits.enumerated() {
      if index > 0 && (digits.count - index) % 3 == 0 { grouped.append(",") }
      grouped.append(character)
    }
    return grouped
  }

  /// A value with four significant digits, grouped and without decimals from 1,000 up: `43,500`,
  /// `0.7321`, `0.00123`; empty when it does not exist.
  public static func significant(_ value: Double) -> String {
    guard value.isFinite else { return "" }
    if abs(value) >= 1000 { return euros(value) }
    if value == 0 { return "0" }
    let magnitude = Int(log10(abs(value)).rounded(.down))
    var text = decimal(value, places: max(0, 3 - magnitude))
    if text.contains(".") {
      while text.hasSuffix("0") { text.removeLast() }
      if text.hasSuffix(".") { text.removeLast() }
    }
    return text
  }

  /// A value with `places` decimals and its thousands separated, as amounts are: `7,516.4`.
  public static func decimal(_ value: Double, places: Int) -> String {
    guard value.isFinite else { return "n/a" }
    // A tiny negative rounds to -0.00; it prints as 0.00.
    var text = String(format: "%.\(places)f", value)
    if Double(text) == 0 { text = text.replacingOccurrences(of: "-", with: "") }
    let negative = text.hasPrefix("-")
    if negative { text.removeFirst() }
    let point = text.firstIndex(of: ".") ?? text.endIndex
    return (negative ? "-" : "") + grouped(String(text[..<point])) + text[point...]
  }

  public static func percent(_ share: Double) -> String { decimal(share * 100, places: 1) + "%" }
}

extension String {
  /// The line without the padding after its last text: nothing trails a line.
  fileprivate var trimmingTrailingSpaces: String {
    String(self[..<(lastIndex { $0 != " " }.map(index(after:)) ?? startIndex)])
  }
}
