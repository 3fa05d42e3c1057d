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
public enum ReportFormat {
  public static func euros(_ value: Double) -> String {
    guard value.isFinite else { return "n/a" }
    let rounded = Int(value.rounded())
    let digits = String(abs(rounded))
    var grouped = ""
    for (index, character) in digits.enumerated() {
      if index > 0 && (digits.count - index) % 3 == 0 { grouped.append(",") }
      grouped.append(character)
    }
    return (rounded < 0 ? "-" : "") + grouped
  }

  public static func decimal(_ value: Double, places: Int) -> String {
    guard value.isFinite else { return "n/a" }
    let scale = (0..<places).reduce(1.0) { value, _ in value * 10 }
    // Adding 0 turns a rounded -0.0 into 0, so a tiny negative prints as 0.0, not -0.0.
    let rounded = (value * scale).rounded() / scale + 0
    var text = "\(rounded)"
    if let dot = text.firstIndex(of: ".") {
      let decimals = text.distance(from: dot, to: text.endIndex) - 1
      text += String(repeating: "0", count: max(0, places - decimals))
    } else if places > 0 {
      text += "." + String(repeating: "0", count: places)
    }
    return text
  }

  public static func percent(_ share: Double) -> String { decimal(share * 100, places: 1) + "%" }
}
