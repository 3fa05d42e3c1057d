import CareSimCore

extension CalibrationResult: ResultFolderDecodable {
  /// A calibration's result as its folder holds it: `result.json`, which holds the tables of
  /// `targets.csv`, `parameters.csv`, `search.csv` and `correlation.csv` and how the uncertainty
  /// was found, as ``CalibrationReport`` writes it.
  ///
  /// - Parameter files: The folder's files and marker.
  /// - Throws: ``ReportInputError`` when `result.json` is missing or not as CareSim writes it.
  package init(files: ResultFiles) throws(ReportInputError) {
    let document = try files.decode(CalibrationDocument.self, from: "result.json")
    let parameters = document.parameters.map(\.parameter)
    // The correlation has a row and a column per parameter, in the parameters' order.
    let paths = parameters.map(\.path)
    guard document.correlation.map(\.path) == paths,
      document.correlation.allSatisfy({ Set($0.values.keys) == Set(paths) })
    else { throw .unreadable("result.json") }
    let uncertainty = document.uncertainty
    guard let method = CalibrationPosterior.Method(rawValue: uncertainty.method),
      let curvature = LaplaceApproximation.Curvature(rawValue: uncertainty.laplaceCurvature)
    else { throw .unreadable("result.json") }
    self.init(
      provenance: try ResultProvenance(decoding: "result.json", in: files),
      targetsName: document.targetsName ?? "", targetsNameNL: document.targetsNameNL,
      targetsFile: document.targetsFile ?? "",
      calibratedScenario: document.calibratedScenario ?? "",
      evaluations: document.evaluations.flatMap { Int(exactly: $0) } ?? document.search.count,
      converged: document.converged ?? false,
      checkReplications: document.checkReplications.flatMap { Int(exactly: $0) } ?? 0,
      startDistance: document.startDistance ?? .nan,
      searchDistance: document.searchDistance ?? .nan,
      calibratedDistance: document.calibratedDistance ?? .nan,
      targets: document.targets.map(\.target), parameters: parameters,
      searchDistances: document.search.map { $0.distance ?? .nan },
      correlation: document.correlation.map { row in paths.map { (row.values[$0] ?? nil) ?? .nan }
      },
      uncertainty: Uncertainty(
        method: method, laplaceCurvature: curvature,
        draws: uncertainty.draws ?? .nan,
        effectiveSampleSize: uncertainty.effectiveSampleSize ?? .nan,
        minimumEffectiveSampleSize: uncertainty.minimumEffectiveSampleSize ?? .nan))
  }
}

/// The fields of a calibration's `result.json` its result holds.
private struct CalibrationDocument: Decodable {
  struct TargetRow: Decodable {
    var target: CalibrationResult.Target

    init(from decoder: any Decoder) throws {
      let row = try decoder.container(keyedBy: DataKey.self)
      guard let use = CalibrationTarget.Use(rawValue: try row.text("use") ?? "") else {
        throw DecodingError.dataCorruptedError(
          forKey: DataKey("use"), in: row, debugDescription: "neither fit nor check")
      }
      target = CalibrationResult.Target(
        label: try row.text("label") ?? row.text("id") ?? "", labelNL: try row.text("labelNL"),
        use: use,
        value: try row.number("target"), standardError: try row.number("targetStandardError"),
        model: try row.number("model"), modelStandardError: try row.number("modelStandardError"),
        distance: try row.number("distance"), distanceAtStart: try row.number("distanceAtStart"),
        source: try row.text("source") ?? "")
    }
  }

  struct ParameterRow: Decodable {
    var parameter: CalibrationResult.Parameter

    init(from decoder: any Decoder) throws {
      let row = try decoder.container(keyedBy: DataKey.self)
      parameter = CalibrationResult.Parameter(
        path: try row.text("parameter") ?? "", low: try row.number("low"),
        high: try row.number("high"), fitted: try row.number("fitted"),
        written: try row.number("written"), mean: try row.number("mean"),
        standardDeviation: try row.number("standardDeviation"),
        lower95: try row.number("lower95"), upper95: try row.number("upper95"))
    }
  }

  struct SearchRow: Decodable {
    var distance: Double?
  }

  /// A row of the correlation: a parameter and its correlation with each, by path.
  struct CorrelationRow: Decodable {
    var path: String
    var values: [String: Double?] = [:]

    init(from decoder: any Decoder) throws {
      let row = try decoder.container(keyedBy: DataKey.self)
      path = try row.text("parameter") ?? ""
      for key in row.allKeys where key.stringValue != "parameter" {
        values[key.stringValue] = try row.decodeIfPresent(Double.self, forKey: key)
      }
    }
  }

  struct Uncertainty: Decodable {
    var method: String
    var laplaceCurvature: String
    var draws: Double?
    var effectiveSampleSize: Double?
    var minimumEffectiveSampleSize: Double?
  }

  var targetsName: String?
  var targetsNameNL: String?
  var targetsFile: String?
  var calibratedScenario: String?
  var evaluations: Double?
  var converged: Bool?
  var checkReplications: Double?
  var startDistance: Double?
  var searchDistance: Double?
  var calibratedDistance: Double?
  var targets: [TargetRow]
  var parameters: [ParameterRow]
  var search: [SearchRow]
  var correlation: [CorrelationRow]
  var uncertainty: Uncertainty
}
