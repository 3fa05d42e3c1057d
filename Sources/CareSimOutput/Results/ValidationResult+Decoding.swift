import CareSimCore

extension ValidationResult: ResultFolderDecodable {
  /// A validation's result as its folder holds it: `validation.json`, as ``ValidationReport``
  /// writes it.
  ///
  /// - Parameter files: The folder's files and marker.
  /// - Throws: ``ReportInputError`` when `validation.json` is missing or not as CareSim writes it.
  package init(files: ResultFiles) throws(ReportInputError) {
    let document = try files.decode(ValidationDocument.self, from: "validation.json")
    self.init(
      provenance: try ResultProvenance(decoding: "validation.json", in: files),
      study: document.study ?? "", studyNL: document.studyNL,
      figures: document.figures.map(\.figure))
  }
}

/// The fields of `validation.json` its result holds.
private struct ValidationDocument: Decodable {
  struct FigureRow: Decodable {
    var figure: ValidationResult.Figure

    init(from decoder: any Decoder) throws {
      let row = try decoder.container(keyedBy: DataKey.self)
      guard let kind = PublishedFigure.Kind(rawValue: try row.text("kind") ?? ""),
        let status = FigureComparison.Status(rawValue: try row.text("status") ?? "")
      else {
        throw DecodingError.dataCorruptedError(
          forKey: DataKey("status"), in: row, debugDescription: "not a kind and status")
      }
      figure = ValidationResult.Figure(
        name: try row.text("name") ?? "", nameNL: try row.text("nameNL"), kind: kind,
        status: status, published: try row.number("published"), mean: try row.number("mean"),
        lower95: try row.number("lower95"), upper95: try row.number("upper95"),
        gap: try row.text("gap"),
        shareOfRuns: try row.decodeIfPresent(Double.self, forKey: DataKey("shareOfRuns")))
    }
  }

  var study: String?
  var studyNL: String?
  var figures: [FigureRow]
}
