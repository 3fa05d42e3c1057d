import CareSimCore

extension PSAResult: ResultFolderDecodable {
  /// A probabilistic sensitivity analysis's result as its folder holds it: the tables `samples`,
  /// `netBenefit` and `ceac` of `result.json`, as ``ProbabilisticSensitivityReport`` writes them.
  ///
  /// - Parameter files: The folder's files and marker.
  /// - Throws: ``ReportInputError`` when `result.json` is missing or not as CareSim writes it.
  package init(files: ResultFiles) throws(ReportInputError) {
    let document = try files.decode(PSADocument.self, from: "result.json")
    self.init(
      provenance: try ResultProvenance(decoding: "result.json", in: files),
      samples: document.samples.map(\.sample), spreads: document.netBenefit.map(\.spread),
      acceptability: document.ceac.map(\.point),
      meanWithinSampleStandardError: document.meanWithinSampleStandardError ?? .nan,
      offCentre: document.offCentre?.map(\.parameter) ?? [])
  }
}

/// The tables of a probabilistic sensitivity analysis's `result.json` its result holds.
private struct PSADocument: Decodable {
  struct SampleRow: Decodable {
    var sample: PSAResult.Sample

    init(from decoder: any Decoder) throws {
      let row = try decoder.container(keyedBy: DataKey.self)
      sample = PSAResult.Sample(
        qalyGain: try row.number("qalyGain"),
        societyNetBenefit: try row.number("netBenefit.\(Perspective.society)"))
    }
  }

  struct SpreadRow: Decodable {
    var spread: PSAResult.Spread

    init(from decoder: any Decoder) throws {
      let row = try decoder.container(keyedBy: DataKey.self)
      guard let perspective = Perspective(described: try row.text("perspective")) else {
        throw DecodingError.dataCorruptedError(
          forKey: DataKey("perspective"), in: row, debugDescription: "not a perspective")
      }
      spread = PSAResult.Spread(
        perspective: perspective, mean: try row.number("mean"), p5: try row.number("p5"),
        p95: try row.number("p95"), probabilityOfGain: try row.number("probabilityOfGain"),
        base: try row.number("base"), baseStandardError: try row.number("baseStandardError"))
    }
  }

  struct AcceptabilityRow: Decodable {
    var point: PSAResult.AcceptabilityPoint

    init(from decoder: any Decoder) throws {
      let row = try decoder.container(keyedBy: DataKey.self)
      point = PSAResult.AcceptabilityPoint(
        willingnessToPay: try row.number("willingnessToPayPerQALY"),
        probability: try row.number("probabilityCostEffective"))
    }
  }

  /// A parameter whose distribution is not centred on its value.
  struct OffCentreRow: Decodable {
    var parameter: OffCentreParameter

    init(from decoder: any Decoder) throws {
      let row = try decoder.container(keyedBy: DataKey.self)
      guard let path = try row.text("parameter") else {
        throw DecodingError.dataCorruptedError(
          forKey: DataKey("parameter"), in: row, debugDescription: "no parameter")
      }
      parameter = OffCentreParameter(
        path: path, value: try row.number("value"),
        distributionMean: try row.number("distributionMean"))
    }
  }

  var samples: [SampleRow]
  var netBenefit: [SpreadRow]
  var ceac: [AcceptabilityRow]
  /// Society's Monte-Carlo error of a set's mean, under its field's own name, which holds a dot.
  var meanWithinSampleStandardError: Double?
  /// Absent from the folders of versions before it was written.
  var offCentre: [OffCentreRow]?

  enum CodingKeys: String, CodingKey {
    case samples, netBenefit, ceac, offCentre
    case meanWithinSampleStandardError = "meanWithinSampleStandardError.society"
  }
}
