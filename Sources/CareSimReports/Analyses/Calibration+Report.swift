import CareSimCore
import CareSimScenario
import Foundation
import JSON5

/// The files and table of a calibration (`caresim calibrate`).
///
/// The fit table is measured on the calibrated file as written (its values at four significant
/// digits), with the check replications, so that it describes the file a user runs and not the
/// search's unrounded point. Each fitted value's uncertainty is the posterior's
/// (``CalibrationPosterior``): `parameters.csv` gives its mean, standard deviation and 95%
/// interval, `correlation.csv` the correlation that joins the values, and `posterior.csv` every
/// importance draw with its weight.
public struct CalibrationReport: Sendable {
  public var provenance: AnalysisProvenance
  /// The targets file as the user named it, and its title (in Dutch too, where it gives one).
  public var targetsFile: String
  public var targetsName: String
  public var targetsNameNL: String?
  public var fit: Calibration.Fit
  /// What the targets leave of the fitted values' uncertainty.
  public var posterior: CalibrationPosterior
  /// Every target measured at the search's start (the centre of the box), on the search's
  /// replications.
  public var start: [Calibration.TargetFit]
  /// Every target measured on the calibrated file.
  public var calibrated: [Calibration.TargetFit]
  /// The replications of `calibrated`.
  public var checkReplications: Int
  /// The calibrated scenario's file name and text.
  public var scenarioFileName: String
  public var scenarioText: String

  public init(
    provenance: AnalysisProvenance, targetsFile: String, targetsName: String,
    targetsNameNL: String? = nil, fit: Calibration.Fit, posterior: CalibrationPosterior,
    start: [Calibration.TargetFit],
    calibrated: [Calibration.TargetFit], checkReplications: Int, scenarioFileName: String,
    scenarioText: String
  ) {
    self.provenance = provenance
    self.targetsFile = targetsFile
    self.targetsName = targetsName
    self.targetsNameNL = targetsNameNL
    self.fit = fit
    self.posterior = posterior
    self.start = start
    self.calibrated = calibrated
    self.checkReplications = checkReplications
    self.scenarioFileName = scenarioFileName
    self.scenarioText = scenarioText
  }

  /// Each parameter: its box, where the search started, the value it found and the value the
  /// file writes; then its posterior mean, standard deviation and 95% interval, and how they
  /// were found.
  public var parameters: ResultTable {
    var table = ResultTable(
      columns: [
        "parameter", "low", "high", "start", "fitted", "written", "mean", "standardDeviation",
        "lower95", "upper95", "method",
      ])
    for (index, parameter) in fit.parameters.enumerated() {
      let value = fit.values[index]
      table.append([
        .text(parameter.path), .number(parameter.bounds.lowerBound),
        .number(parameter.bounds.upperBound), .number(parameter.start), .number(value),
        .number(CalibratedScenario.written(value)), .number(posterior.mean[index]),
        .number(posterior.standardDeviation[index]), .number(posterior.lower[index]),
        .number(posterior.upper[index]), .text(posterior.method.rawValue),
      ])
    }
    return table
  }

  /// The correlation of the fitted values' normal scores, a row and a column per parameter.
  public var correlation: ResultTable {
    let paths = fit.parameters.map(\.path)
    var table = ResultTable(columns: ["parameter"] + paths)
    for (path, row) in zip(paths, posterior.correlation) {
      table.append([.text(path)] + row.map(ResultTable.Cell.number))
    }
    return table
  }

  /// Every importance draw: the proposal it came from (0 for the Laplace t, then the mixture's
  /// components), its point, its distance, its weight and its copies in the resample.
  ///
  /// The distance counts the model's own error in each target's (see
  /// ``Calibration/posterior(of:draws:_:progress:)``). A draw that found no point inside the box
  /// has empty cells.
  public var draws: ResultTable {
    var table = ResultTable(
      columns: ["draw", "component"] + fit.parameters.map(\.path) + [
        "distance", "weight", "copies",
      ])
    guard let importance = posterior.importance else { return table }
    for index in importance.points.indices {
      let point =
        importance.points[index] ?? fit.parameters.map { _ in Double.nan }
      table.append(
        [.number(Double(index + 1)), .number(Double(importance.components[index]))]
          + point.map(ResultTable.Cell.number)
          + [
            .number(importance.distances[index]), .number(importance.weights[index]),
            .number(Double(importance.copies[index])),
          ])
    }
    return table
  }

  /// Every target against the calibrated file's control arm, and at the search's start.
  public var targets: ResultTable {
    var table = ResultTable(
      columns: [
        "id", "label", "use", "target", "targetStandardError", "model", "modelStandardError",
        "distance", "modelAtStart", "distanceAtStart", "source",
      ])
    for (fit, before) in zip(calibrated, start) {
      table.append([
        .text(fit.target.id), .text(fit.target.label), .text(fit.target.use.rawValue),
        .number(fit.target.value), .number(fit.target.standardError), .number(fit.modelValue),
        .number(fit.modelStandardError), .number(fit.distance), .number(before.modelValue),
        .number(before.distance), .text(fit.target.source),
      ])
    }
    return table
  }

  /// ``targets`` as `result.json` holds it: each row with the target's Dutch label
  /// (`labelNL`) where the targets file gives one, so that `caresim report --locale nl` names
  /// it in Dutch; `targets.csv` keeps the columns every calibration writes.
  var targetsJSON: JSONValue {
    guard case .array(let rows) = targets.json else { preconditionFailure("a table is an array") }
    return .array(
      zip(rows, calibrated).map { row, fit in
        guard case .object(var fields) = row, let labelNL = fit.target.labelNL else { return row }
        fields["labelNL"] = .string(labelNL)
        return .object(fields)
      })
  }

  /// Every point the search tried, with its distance.
  public var search: ResultTable {
    var table = ResultTable(columns: ["evaluation"] + fit.parameters.map(\.path) + ["distance"])
    for (index, entry) in fit.history.enumerated() {
      table.append(
        [.number(Double(index + 1))] + entry.point.map(ResultTable.Cell.number)
          + [.number(entry.distance)])
    }
    return table
  }

  /// The distance of the fitted targets at the search's start.
  public var startDistance: Double {
    Calibration.distance(start.filter { $0.target.use == .fit })
  }

  /// The distance of the fitted targets on the calibrated file.
  public var calibratedDistance: Double {
    Calibration.distance(calibrated.filter { $0.target.use == .fit })
  }

  public func files() -> [String: Data] {
    var summary: [String: JSONValue] = [
      "analysis": .string("calibration"),
      "targetsFile": .string(targetsFile),
      "targetsName": .string(targetsName),
      "calibratedScenario": .string(scenarioFileName),
      "evaluations": .number(Double(fit.evaluations)),
      "converged": .bool(fit.converged),
      "startDistance": DataNumber.json(startDistance),
      "searchDistance": DataNumber.json(fit.distance),
      "calibratedDistance": DataNumber.json(calibratedDistance),
      "checkReplications": .number(Double(checkReplications)),
      "uncertainty": uncertainty,
      "note": .string(
        "Nelder-Mead from the centre of the parameters' box, on the same replications at every "
          + "point (common random numbers). The distance is the sum over fitted targets of "
          + "((model - target) / target standard error)^2. 'targets' measures the calibrated "
          + "file as written, on checkReplications replications; a model standard error is the "
          + "jackknife over replications."),
      "targets": targetsJSON,
    ]
    if let targetsNameNL { summary["targetsNameNL"] = .string(targetsNameNL) }
    var files = provenance.files(
      [
        ("parameters", parameters), ("search", search), ("correlation", correlation),
        ("posterior", draws),
      ], summary: summary)
    files["targets.csv"] = Data(targets.csv.utf8)
    files[scenarioFileName] = Data(scenarioText.utf8)
    return files
  }

  /// How the uncertainty was found: the method, the importance draws and their effective
  /// sample size, the Laplace approximation's curvature, the trial points.
  var uncertainty: JSONValue {
    var fields: [String: JSONValue] = [
      "method": .string(posterior.method.rawValue),
      "description": .string(CalibratedScenario.method(of: posterior)),
      "laplaceCurvature": .string(posterior.laplace.curvature.rawValue),
      "evaluations": .number(Double(posterior.evaluations)),
      "minimumEffectiveSampleSize": .number(Calibration.minimumEffectiveSampleSize),
      "note": .string(
        "The distance is a -2 log-likelihood with each target's standard error widened by the "
          + "model's own at the fit; the prior is uniform over each parameter's box. The "
          + "Laplace approximation is 2 H^-1 at the fit, H the distance's Hessian by finite "
          + "differences; importance draws come from a Student t proposal at the fit with that "
          + "covariance and then from normal components added where the weight is (incremental "
          + "mixture importance sampling), and are resampled. 'correlation' is that of the values' normal scores."
      ),
    ]
    if let importance = posterior.importance {
      fields["draws"] = .number(Double(importance.points.count))
      fields["effectiveSampleSize"] = DataNumber.json(importance.effectiveSampleSize)
    }
    return .object(fields)
  }

  /// The files a calibration writes besides `result.json`.
  public func fileNames() -> [String] {
    [
      scenarioFileName, "parameters.csv", "targets.csv", "search.csv", "correlation.csv",
      "posterior.csv",
    ]
  }

  public func table() -> String {
    let used = calibrated.filter { $0.target.use == .fit }
    func counted(_ count: Int, _ noun: String) -> String {
      "\(count) \(noun)\(count == 1 ? "" : "s")"
    }
    var text = provenance.heading(
      "Calibration",
      detail: "Targets: \(targetsName) (\(targetsFile))\n"
        + "\(counted(fit.parameters.count, "parameter")) fitted to "
        + "\(counted(used.count, "target")), \(calibrated.count - used.count) more checked; "
        + "\(counted(fit.evaluations, "trial point"))")
    let stopped = fit.converged ? "converged" : "stopped at the evaluation limit"
    text +=
      "Search \(stopped): distance \(Self.number(startDistance)) at the start, "
      + "\(Self.number(fit.distance)) at the fit; "
      + "\(Self.number(calibratedDistance)) for the file as written, on "
      + "\(ReportFormat.count(checkReplications)) replications\n\n"
    var shown = ResultTable(columns: [
      "parameter", "low", "high", "calibrated", "± s.d.", "95% interval",
    ])
    // The terminal names a parameter by its label; the CSVs keep the path.
    for (index, row) in parameters.rows.enumerated() {
      shown.append([
        .text(provenance.phrases.parameterLabel(fit.parameters[index].path)), row[1], row[2],
        row[5], .number(posterior.standardDeviation[index]),
        .text(
          Self.number(posterior.lower[index]) + " to " + Self.number(posterior.upper[index])),
      ])
    }
    text += shown.rendered
    text +=
      "Uncertainty (\(counted(posterior.evaluations, "trial point")) more): "
      + "\(CalibratedScenario.method(of: posterior))\n"
    if posterior.importanceFellShort {
      text +=
        "Warning: too few importance draws carried weight for their summary to be reliable; "
        + "the Laplace approximation is reported instead (more --posterior-draws may help)\n"
    }
    text += "\n"
    text += "Targets used in the fit\n" + Self.targetTable(used).rendered + "\n"
    let checks = calibrated.filter { $0.target.use == .check }
    if !checks.isEmpty {
      text += "Checks, not fitted\n" + Self.targetTable(checks).rendered + "\n"
    }
    text +=
      "Distance: (model - target) / target's standard error; model ± its standard error over "
      + "replications.\n"
    return text
  }

  /// A number for the terminal, or `n/a` where a measure could not be read.
  static func number(_ value: Double) -> String {
    value.isFinite ? ReportFormat.significant(value) : "n/a"
  }

  /// Targets as the terminal shows them: the figure and the model, each with its standard error,
  /// and the distance.
  static func targetTable(_ fits: [Calibration.TargetFit]) -> ResultTable {
    var table = ResultTable(
      columns: ["target", "national", "± s.e.", "model", "± s.e.", "distance"])
    for fit in fits {
      table.append([
        .text(fit.target.label), .number(fit.target.value), .number(fit.target.standardError),
        .number(fit.modelValue), .number(fit.modelStandardError),
        .text(ReportFormat.decimal(fit.distance, places: 1)),
      ])
    }
    return table
  }
}
