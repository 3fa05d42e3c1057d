import CareSimCore

extension ComparisonResult: ResultFolderDecodable {
  /// A comparison's result as its folder holds it: `result.json` as
  /// ``ResultComparisonReport`` writes it.
  ///
  /// - Parameter files: The folder's files and marker.
  /// - Throws: ``ReportInputError`` when `result.json` is missing or not as CareSim writes it.
  package init(files: ResultFiles) throws(ReportInputError) {
    let document = try files.decode(ComparisonDocument.self, from: "result.json")
    let critical = ResultComparison.criticalValue(degreesOfFreedom: document.degreesOfFreedom)
    var figures: [ResultComparison.FigureChange] = []
    for row in document.figures {
      guard let unit = ResultComparison.Unit(rawValue: row.unit) else {
        throw .unreadable("result.json")
      }
      figures.append(
        .init(
          name: row.figure, a: row.a, b: row.b, standardError: row.standardError, unit: unit,
          criticalValue: critical))
    }
    self.init(
      provenance: try ResultProvenance(decoding: "result.json", in: files),
      command: document.command, a: document.a, b: document.b,
      comparison: ResultComparison(
        inputs: document.inputs.map { .init(name: $0.input, a: $0.a, b: $0.b) },
        figures: figures, degreesOfFreedom: document.degreesOfFreedom))
  }
}

/// The fields of a comparison's `result.json` its result holds.
private struct ComparisonDocument: Decodable {
  struct Input: Decodable {
    var input: String
    var a: String?
    var b: String?
  }

  struct Figure: Decodable {
    var figure: String
    var unit: String
    var a: Double
    var b: Double
    var standardError: Double?
  }

  var command: String
  var a: String
  var b: String
  var inputs: [Input]
  var figures: [Figure]
  /// Absent where a result gave no replications (the normal's point is the threshold then).
  var degreesOfFreedom: Int?
}
