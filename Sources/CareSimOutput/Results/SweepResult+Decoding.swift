import CareSimCore

extension SweepResult: ResultFolderDecodable {
  /// A sweep's result as its folder holds it: the tables `tornado`, `base` and `sweep` of
  /// `result.json`, as ``OneWaySensitivityReport`` writes them.
  ///
  /// - Parameter files: The folder's files and marker.
  /// - Throws: ``ReportInputError`` when `result.json` is missing or not as CareSim writes it.
  package init(files: ResultFiles) throws(ReportInputError) {
    let document = try files.decode(SweepDocument.self, from: "result.json")
    self.init(
      provenance: try ResultProvenance(decoding: "result.json", in: files),
      base: document.base.first?.netBenefit ?? [:],
      parameters: document.tornado.map(\.parameter), points: document.sweep.map(\.netBenefit))
  }
}

/// The tables of a sweep's `result.json` its result holds.
private struct SweepDocument: Decodable {
  /// A parameter's row of the tornado: its ends and the net benefits there.
  struct TornadoRow: Decodable {
    var parameter: SweepResult.Parameter

    init(from decoder: any Decoder) throws {
      let row = try decoder.container(keyedBy: DataKey.self)
      var atLow: [Perspective: Double] = [:]
      var atHigh: [Perspective: Double] = [:]
      for perspective in SweepResult.perspectives {
        atLow[perspective] = try row.number("netBenefit.\(perspective).atLow")
        atHigh[perspective] = try row.number("netBenefit.\(perspective).atHigh")
      }
      parameter = SweepResult.Parameter(
        name: try row.text("parameter") ?? "", low: try row.number("low"),
        high: try row.number("high"), netBenefitAtLow: atLow, netBenefitAtHigh: atHigh,
        societySwing: try row.number("swing.society"))
    }
  }

  /// A setting's row: each perspective's net benefit (``PointEstimate``'s columns).
  struct SettingRow: Decodable {
    var netBenefit: [Perspective: Double] = [:]

    init(from decoder: any Decoder) throws {
      let row = try decoder.container(keyedBy: DataKey.self)
      for perspective in Perspective.allCases {
        netBenefit[perspective] = try row.number("netBenefit.\(perspective)")
      }
    }
  }

  var tornado: [TornadoRow]
  var base: [SettingRow]
  var sweep: [SettingRow]
}
