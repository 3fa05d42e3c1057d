import Foundation

/// A plain-text table with right-aligned numeric columns, for terminal summaries.
public struct TextTable: Sendable {
  public var header: [String]
  public var rows: [[String]] = []

  public init(header: [String]) { self.header = header }

  public mutating func append(_ row: [String]) {
    precondition(
      row.count == header.count, "row has \(row.count) cells, header has \(header.count)")
    rows.append(row)
  }

  /// The first column is left-aligned (labels), the others right-aligned (numbers).
  public var rendered: String {
    let widths = header.indices.map { column in
      ([header] + rows).map { $0[column].count }.max() ?? 0
    }
    func line(_ cells: [String]) -> String {
      cells.enumerated().map { column, cell in
        let padding = String(repeating: " ", count: widths[column] - cell.count)
        return column == 0 ? cell + padding : padding + cell
      }.joined(separator: "  ")
    }
    let rule = widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")
    return ([line(header), rule] + rows.map(line)).joined(separator: "\n") + "\n"
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
