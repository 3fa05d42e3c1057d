import CareSimCore

extension GridResult: ResultFolderDecodable {
  /// A two-way sensitivity analysis's result as its folder holds it: the table `grid` of
  /// `result.json`, as ``TwoWaySensitivityReport`` writes it.
  ///
  /// The table names the two parameters only as its first two columns, so they are the columns
  /// that are neither results nor QALYs; x is the one that stays while y runs through its values.
  ///
  /// - Parameter files: The folder's files and marker.
  /// - Throws: ``ReportInputError`` when `result.json` is missing or not as CareSim writes it.
  package init(files: ResultFiles) throws(ReportInputError) {
    let rows = try files.decode(GridDocument.self, from: "result.json").grid
    guard let first = rows.first else { throw .unreadable("result.json") }
    let parameters = first.parameters.keys.sorted()
    guard parameters.count == 2 else { throw .unreadable("result.json") }
    let xName =
      rows.count > 1
        && first.parameters[parameters[0]] == rows[1].parameters[parameters[0]]
      ? parameters[0] : parameters[1]
    let yName = xName == parameters[0] ? parameters[1] : parameters[0]
    let xs = Self.distinct(rows.map { $0.parameters[xName] ?? .nan })
    let ys = Self.distinct(rows.map { $0.parameters[yName] ?? .nan })
    guard xs.count * ys.count == rows.count else { throw .unreadable("result.json") }
    self.init(
      provenance: try ResultProvenance(decoding: "result.json", in: files),
      x: TwoWaySensitivity.Axis(name: xName, values: xs),
      y: TwoWaySensitivity.Axis(name: yName, values: ys), cells: rows.map(\.cell))
  }

  /// The distinct values, in the order they first appear.
  private static func distinct(_ values: [Double]) -> [Double] {
    var seen: [Double] = []
    for value in values where !seen.contains(value) { seen.append(value) }
    return seen
  }
}

/// The table of a two-way sensitivity analysis's `result.json`.
private struct GridDocument: Decodable {
  /// A cell's row: the two parameters' values and the cell's results.
  struct Row: Decodable {
    var parameters: [String: Double] = [:]
    var cell: GridResult.Cell

    init(from decoder: any Decoder) throws {
      let row = try decoder.container(keyedBy: DataKey.self)
      var netBenefit: [Perspective: Double] = [:]
      for perspective in Perspective.allCases {
        netBenefit[perspective] = try row.number("netBenefit.\(perspective)")
      }
      cell = GridResult.Cell(
        netBenefit: netBenefit,
        societyProbabilityOfGain: try row.number("probabilityOfGain.\(Perspective.society)"))
      // The parameters are the columns that are no figure: no net benefit, chance of a gain,
      // QALYs or Monte-Carlo error of one.
      let figures = ["netBenefit.", "netBenefitStandardError.", "probabilityOfGain.", "qalyGain"]
      for key in row.allKeys where !figures.contains(where: key.stringValue.hasPrefix) {
        parameters[key.stringValue] = try row.number(key.stringValue)
      }
    }
  }

  var grid: [Row]
}
