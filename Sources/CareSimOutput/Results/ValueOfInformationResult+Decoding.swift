import CareSimCore

extension ValueOfInformationResult: ResultFolderDecodable {
  /// A value-of-information analysis's result as its folder holds it: the asked point and the
  /// tables `evpiCurve` and `voi` of `result.json`, as ``ValueOfInformationReport`` writes them.
  ///
  /// - Parameter files: The folder's files and marker.
  /// - Throws: ``ReportInputError`` when `result.json` is missing or not as CareSim writes it.
  package init(files: ResultFiles) throws(ReportInputError) {
    let document = try files.decode(VOIDocument.self, from: "result.json")
    guard let perspective = Perspective(described: document.perspective) else {
      throw .unreadable("result.json")
    }
    self.init(
      provenance: try ResultProvenance(decoding: "result.json", in: files),
      perspective: perspective, valuePerQALY: document.valuePerQALY, sets: document.sets,
      source: document.source, noiseRemoved: document.noiseRemoved,
      curve: document.evpiCurve.map(\.point), partials: document.voi.map(\.partial),
      populationEVPI: document.populationEVPI)
  }
}

/// The fields of a value-of-information analysis's `result.json` its result holds.
private struct VOIDocument: Decodable {
  struct CurveRow: Decodable {
    var point: ValueOfInformationResult.CurvePoint

    init(from decoder: any Decoder) throws {
      let row = try decoder.container(keyedBy: DataKey.self)
      point = .init(
        perspective: try rowPerspective(row), valuePerQALY: try row.number("valuePerQALY"),
        evpi: try row.number("evpi"), evpiStandardError: try row.number("evpiStandardError"),
        evpiPerSet: try row.number("evpiPerSet"))
    }
  }

  struct PartialRow: Decodable {
    var partial: ValueOfInformationResult.Partial

    init(from decoder: any Decoder) throws {
      let row = try decoder.container(keyedBy: DataKey.self)
      partial = .init(
        perspective: try rowPerspective(row), valuePerQALY: try row.number("valuePerQALY"),
        subject: try row.text("subject") ?? "",
        parameters: (try row.text("parameters") ?? "").split(separator: "+").map(String.init),
        evppi: try row.number("evppi"), standardError: try row.number("evppiStandardError"))
    }
  }

  var perspective: String
  var valuePerQALY: Double
  var sets: Int
  var source: String
  var noiseRemoved: Bool
  var populationEVPI: Double?
  var evpiCurve: [CurveRow]
  var voi: [PartialRow]
}

private func rowPerspective(_ row: KeyedDecodingContainer<DataKey>) throws -> Perspective {
  guard let perspective = Perspective(described: try row.text("perspective")) else {
    throw DecodingError.dataCorruptedError(
      forKey: DataKey("perspective"), in: row, debugDescription: "not a perspective")
  }
  return perspective
}
