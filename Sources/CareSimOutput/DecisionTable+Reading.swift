import CareSimCore

extension DecisionTable {
  /// The columns a table's reader knows besides parameters: every other column, `sample` and
  /// `interventionCost` apart, is a parameter's value.
  static let ignoredColumns: Set<String> = ["sample", "interventionCost"]

  /// A PSA table read from CSV text: `psa`'s `samples.csv` or any table in its shape.
  ///
  /// The columns: `netBenefit.<perspective>` for one perspective or more, `qalyGain`, optionally
  /// `netBenefitStandardError.<perspective>`; every other column but `sample` and
  /// `interventionCost` is a parameter, named by its header.
  ///
  /// - Parameters:
  ///   - text: The CSV text.
  ///   - file: The file's name, for errors.
  /// - Returns: The table: its parameters in the file's order.
  /// - Throws: ``DecisionTableError`` naming the file, line and column of the first problem.
  package static func read(csv text: String, file: String) throws(DecisionTableError)
    -> DecisionTable
  {
    let lines = CSVTable.lines(of: text)
    guard let headerLine = lines.first, !headerLine.isEmpty else {
      throw DecisionTableError(file: file, line: 1, message: "the file is empty; it needs a header")
    }
    let header = CSVTable.fields(headerLine)
    var perspectives: [(column: Int, perspective: Perspective, error: Bool)] = []
    var parameters: [(column: Int, name: String)] = []
    var qalyColumn: Int?
    let allowed = Perspective.allCases.map(\.description).joined(separator: ", ")
    for (column, name) in header.enumerated() {
      if header[..<column].contains(name) {
        throw DecisionTableError(
          file: file, line: 1, column: name, message: "the column is given twice")
      }
      for (prefix, error) in [("netBenefit.", false), ("netBenefitStandardError.", true)]
      where name.hasPrefix(prefix) {
        guard let perspective = Perspective(described: String(name.dropFirst(prefix.count)))
        else {
          throw DecisionTableError(
            file: file, line: 1, column: name, message: "not a perspective; allowed: \(allowed)")
        }
        perspectives.append((column, perspective, error))
      }
      if name.hasPrefix("netBenefit.") || name.hasPrefix("netBenefitStandardError.") { continue }
      if name == "qalyGain" {
        qalyColumn = column
      } else if !ignoredColumns.contains(name) {
        parameters.append((column, name))
      }
    }
    guard perspectives.contains(where: { !$0.error }) else {
      throw DecisionTableError(
        file: file, line: 1,
        message: "no netBenefit.<perspective> column; perspectives: \(allowed)")
    }
    guard let qalyColumn else {
      throw DecisionTableError(file: file, line: 1, message: "no qalyGain column")
    }
    guard !parameters.isEmpty else {
      throw DecisionTableError(
        file: file, line: 1, message: "no parameter column: a PSA table gives each set's values")
    }
    for entry in perspectives where entry.error {
      guard perspectives.contains(where: { !$0.error && $0.perspective == entry.perspective })
      else {
        throw DecisionTableError(
          file: file, line: 1, column: header[entry.column],
          message: "a standard error without its netBenefit.\(entry.perspective) column")
      }
    }
    var columns = [[Double]](repeating: [], count: header.count)
    for (index, line) in lines.enumerated().dropFirst() where !line.isEmpty {
      let cells = CSVTable.fields(line)
      guard cells.count == header.count else {
        throw DecisionTableError(
          file: file, line: index + 1,
          message: "\(cells.count) cells where the header has \(header.count)")
      }
      for (column, cell) in cells.enumerated() where !ignoredColumns.contains(header[column]) {
        guard let value = Double(cell), value.isFinite else {
          throw DecisionTableError(
            file: file, line: index + 1, column: header[column],
            message: "'\(cell)' is not a finite number")
        }
        if header[column].hasPrefix("netBenefitStandardError."), value < 0 {
          throw DecisionTableError(
            file: file, line: index + 1, column: header[column],
            message: "\(cell) is not a standard error: allowed 0 or more")
        }
        columns[column].append(value)
      }
    }
    guard columns[qalyColumn].count >= 2 else {
      throw DecisionTableError(
        file: file, line: lines.count,
        message: "\(columns[qalyColumn].count) parameter sets; the value of information needs "
          + "at least 2 (hundreds for a stable estimate)")
    }
    var netBenefits: [Perspective: [Double]] = [:]
    var standardErrors: [Perspective: [Double]] = [:]
    for entry in perspectives {
      if entry.error {
        standardErrors[entry.perspective] = columns[entry.column]
      } else {
        netBenefits[entry.perspective] = columns[entry.column]
      }
    }
    return DecisionTable(
      parameterNames: parameters.map(\.name),
      parameterValues: parameters.map { columns[$0.column] },
      netBenefits: netBenefits, standardErrors: standardErrors, qalyGains: columns[qalyColumn])
  }
}

/// Why a PSA table cannot be read: the file, line and column, and what is wrong.
package struct DecisionTableError: Error, Sendable, Equatable, CustomStringConvertible {
  package var file: String
  package var line: Int
  package var column: String?
  package var message: String

  package init(file: String, line: Int, column: String? = nil, message: String) {
    self.file = file
    self.line = line
    self.column = column
    self.message = message
  }

  package var description: String {
    "\(file):\(line): " + (column.map { "column '\($0)': " } ?? "") + message
  }
}
