import CareSimCore
import Foundation

/// The calibrated copy of a scenario file: the original text with each fitted value written in
/// place, to four significant digits, with its posterior (its 95% interval as its `range`, its
/// marginal as its `distribution`, a `note` that says so) and its source saying where it came
/// from; and a top-level `calibration` block with the correlation that joins the values and the
/// boxes they were searched in (``Scenario/CalibrationRecord``).
///
/// Calibrating the calibrated file again searches the same boxes (the block's, not the
/// posterior ranges) from the same start on the same replications, and so writes the same text.
public enum CalibratedScenario {
  /// A fitted value as the file writes it: four significant digits, which is finer than any
  /// target's uncertainty moves a parameter, and reads at a glance.
  public static func written(_ value: Double) -> Double {
    Double(String(format: "%.4g", value)) ?? value
  }

  /// The source of a fitted value: where it came from, then what the file said before.
  ///
  /// What it said before keeps the reasoning behind its range. A source that a calibration wrote gives only what it
  /// said before, so calibrating a calibrated file writes the same text again.
  public static func source(targets: String, date: String, before: String?) -> String {
    let calibrated = "calibrated to \(targets) on \(date) by caresim calibrate"
    guard var before, !before.isEmpty else { return calibrated }
    if before.hasPrefix("calibrated to "), let end = before.range(of: "by caresim calibrate") {
      before = String(before[end.upperBound...])
      if before.hasPrefix(beforeMarker) { before.removeFirst(beforeMarker.count) }
    }
    return before.isEmpty ? calibrated : calibrated + beforeMarker + before
  }

  static let beforeMarker = "; before: "

  /// Refuses, before any work, to calibrate a scenario whose file extends another.
  ///
  /// The calibrated copy is the file's own text with each fitted value edited in place. A file
  /// that extends another holds only what it overrides: a value it inherits is not in its text,
  /// and its copy, written into the result folder, would not find its base by the relative path
  /// it names. So such a file is refused, and each fitted value is named where it is set: in a
  /// base, which is the file to calibrate, or in the extending file itself.
  ///
  /// - Parameters:
  ///   - scenario: The scenario to calibrate.
  ///   - paths: The fields to fit.
  /// - Throws: ``ScenarioErrors``, one per field, at the file and line that set it, when the
  ///   scenario's file extends another.
  public static func checkSelfContained(_ scenario: Scenario, fitting paths: [String])
    throws(ScenarioErrors)
  {
    guard let base = scenario.bases.first else { return }
    throw ScenarioErrors(
      paths.map { path in
        let place = scenario.sourceMap?.nearest(to: path)
        let file = place?.file ?? scenario.file
        let reason =
          file == scenario.file
          ? "is set here, and this file extends \(base.file); caresim calibrate writes a copy "
            + "of the file it is given, which must read on its own: write the scenario as one "
            + "file, without 'extends', to calibrate it"
          : "is set here, in a file that \(scenario.file) extends; caresim calibrate edits the "
            + "text of the file it is given: calibrate \(file), whose fitted values "
            + "\(scenario.file) inherits unless it overrides them"
        return ScenarioError(
          file: file, field: path, kind: .invalid(reason: reason), line: place?.position.line,
          column: place?.position.column)
      })
  }

  /// A fitted value with its posterior, as the calibrated file writes it.
  public struct Value: Sendable, Equatable {
    public var path: String
    /// The search's best point, which the file's `value` gives.
    public var fitted: Double
    public var mean: Double
    public var standardDeviation: Double
    /// The posterior's 2.5% and 97.5% quantiles.
    public var lower: Double
    public var upper: Double

    public init(
      path: String, fitted: Double, mean: Double, standardDeviation: Double, lower: Double,
      upper: Double
    ) {
      self.path = path
      self.fitted = fitted
      self.mean = mean
      self.standardDeviation = standardDeviation
      self.lower = lower
      self.upper = upper
    }
  }

  /// Each fitted value with its posterior.
  public static func values(fit: Calibration.Fit, posterior: CalibrationPosterior) -> [Value] {
    fit.parameters.indices.map { index in
      Value(
        path: fit.parameters[index].path, fitted: fit.values[index],
        mean: posterior.mean[index], standardDeviation: posterior.standardDeviation[index],
        lower: posterior.lower[index], upper: posterior.upper[index])
    }
  }

  /// The `calibration` block of a calibration: its targets, date and method, each value's
  /// search box, and the posterior's correlation to three decimals.
  ///
  /// A correlation rounded to three decimals (finer than the ±0.1 with which a hundred draws
  /// estimate it) can lose its positive definiteness when the matrix is near singular; it is
  /// then shrunk towards the identity, `(1 − λ)R + λI`, in steps of 0.01 until it has it again,
  /// which keeps every correlation's sign and order.
  public static func record(
    posterior: CalibrationPosterior, targets: String, date: String
  ) -> Scenario.CalibrationRecord {
    let size = posterior.correlation.count
    var correlation: [[Double]] = []
    for step in 0...100 {
      let shrink = Double(step) / 100
      correlation = (0..<size).map { i in
        (0..<size).map { j in
          guard i != j else { return 1 }
          // From one triangle, so that the rounded matrix is symmetric to the bit.
          let entry = posterior.correlation[min(i, j)][max(i, j)] * (1 - shrink)
          return (entry * 1000).rounded() / 1000
        }
      }
      if Cholesky(correlation) != nil { break }
    }
    return Scenario.CalibrationRecord(
      targets: targets, date: date, method: posterior.method,
      parameters: posterior.parameters.map {
        Scenario.CalibrationRecord.Parameter(path: $0.path, searchBounds: $0.bounds)
      },
      correlation: correlation)
  }

  /// How the posterior was found, in words: the method and how much the importance draws
  /// carried, for the note of each value and the terminal.
  public static func method(of posterior: CalibrationPosterior) -> String {
    let laplace =
      switch posterior.laplace.curvature {
      case .hessian: "the Laplace approximation from the finite-difference Hessian"
      case .gaussNewton:
        "the Laplace approximation from Gauss-Newton, the Hessian not being positive definite"
      }
    guard let importance = posterior.importance else { return laplace }
    let effective = Int(importance.effectiveSampleSize.rounded(.down))
    let draws = importance.points.count
    return posterior.method == .importanceResampling
      ? "sampling-importance-resampling (effective sample size \(effective) of \(draws) draws)"
      : "\(laplace); the importance draws' effective sample size, \(effective) of \(draws), fell "
        + "short of \(Int(Calibration.minimumEffectiveSampleSize))"
  }

  /// The marginal a value's posterior is written as: its mean and standard deviation matched by
  /// a family whose draws stay within what the field allows, as the scenario reader requires.
  ///
  /// A beta for a field within [0, 1] (a probability, a share, a utility), a lognormal for a
  /// positive field without a practical upper end (a ratio, a cost): each the family
  /// ``ParameterDistribution`` recommends for its kind of parameter, and each nearly normal when
  /// the posterior is narrow, as a calibrated one is. Any other field (hours a week, up to 168)
  /// takes a symmetric triangular with the posterior's mean and standard deviation (half-width
  /// √6 σ), cut to the search's box.
  static func marginal(
    of value: Value, allowed: ClosedRange<Double>, box: ClosedRange<Double>
  ) -> ParameterDistribution {
    let mean = value.mean
    let sd = value.standardDeviation
    if allowed.lowerBound <= 0 && allowed.upperBound >= 1 && allowed.upperBound < 1000,
      case .beta(let alpha, let beta)? = ParameterDistribution.beta(
        mean: mean, standardDeviation: sd)
    {
      return .beta(alpha: written(alpha), beta: written(beta))
    }
    if allowed.lowerBound <= 0 && allowed.upperBound >= 1000,
      case .lognormal(let mu, let sigma)? = ParameterDistribution.lognormal(
        mean: mean, standardDeviation: sd)
    {
      return .lognormal(mu: written(mu), sigma: written(sigma))
    }
    let halfWidth = 6.squareRoot() * sd
    return .triangular(
      low: written(max(mean - halfWidth, box.lowerBound)), mode: written(mean),
      high: written(min(mean + halfWidth, box.upperBound)))
  }

  /// A distribution as the file writes it.
  static func text(of distribution: ParameterDistribution) -> String {
    let number = DataNumber.csv
    switch distribution {
    case .beta(let alpha, let beta):
      return "{ type: \"beta\", alpha: \(number(alpha)), beta: \(number(beta)) }"
    case .lognormal(let mu, let sigma):
      return "{ type: \"lognormal\", mu: \(number(mu)), sigma: \(number(sigma)) }"
    case .triangular(let low, let mode, let high):
      return
        "{ type: \"triangular\", low: \(number(low)), mode: \(number(mode)), high: \(number(high)) }"
    default:
      preconditionFailure("a calibrated value's marginal is a beta, lognormal or triangular")
    }
  }

  /// The note of a calibrated value: what its range and distribution are.
  static func note(family: String, date: String, method: String) -> String {
    "range: the 95% interval and distribution: the marginal (\(family), by moments) of the "
      + "posterior of the calibration on \(date), by \(method); drawn jointly with the other "
      + "calibrated values through calibration.correlation"
  }

  /// The `calibration` block as the file writes it, for a member two spaces in.
  static func text(of record: Scenario.CalibrationRecord) -> String {
    let number = DataNumber.csv
    let literal = ScenarioTextEdit.stringLiteral
    let parameters = record.parameters.map { parameter in
      "      { path: \(literal(parameter.path)), searchBounds: "
        + "[\(number(parameter.searchBounds.lowerBound)), "
        + "\(number(parameter.searchBounds.upperBound))] },\n"
    }
    let rows = record.correlation.map { row in
      "      [" + row.map(number).joined(separator: ", ") + "],\n"
    }
    return "{\n"
      + "    targets: \(literal(record.targets)),\n"
      + "    date: \(literal(record.date)),\n"
      + "    method: \(literal(record.method.rawValue)),\n"
      + "    parameters: [\n" + parameters.joined() + "    ],\n"
      + "    correlation: [\n" + rows.joined() + "    ],\n"
      + "  }"
  }

  /// The comment above a `calibration` block the calibration adds.
  static let blockComment =
    "The calibration that wrote the values whose source says \"calibrated to\" (caresim "
    + "calibrate; README, \"The default population\")."

  /// The calibrated text.
  ///
  /// - Parameters:
  ///   - text: The scenario file as read.
  ///   - scenario: The scenario read from it (to name the file in an error, and for what each
  ///     field allows).
  ///   - values: The fitted values with their posteriors.
  ///   - record: The calibration's block (``record(posterior:targets:date:)``).
  ///   - method: How the posterior was found, in words (``method(of:)``).
  /// - Returns: The text, identical to `text` but for the fitted values and what describes them,
  ///   and the `calibration` block.
  /// - Throws: ``ScenarioErrors`` naming a path whose number could not be set in the text.
  public static func text(
    _ text: String, scenario: Scenario, values: [Value], record: Scenario.CalibrationRecord,
    method: String
  ) throws(ScenarioErrors) -> String {
    let number = DataNumber.csv
    let changes = zip(values, record.parameters).map { value, parameter in
      let allowed = scenario.allowedRanges[value.path] ?? parameter.searchBounds
      let fitted = written(value.fitted)
      let marginal = Self.marginal(of: value, allowed: allowed, box: parameter.searchBounds)
      let family =
        switch marginal {
        case .beta: "beta"
        case .lognormal: "lognormal"
        default: "triangular"
        }
      let range =
        "[\(number(min(written(value.lower), fitted))), "
        + "\(number(max(written(value.upper), fitted)))]"
      return ScenarioTextEdit.Change(
        path: value.path, number: number(fitted),
        members: [
          ("range", range), ("distribution", Self.text(of: marginal)),
          (
            "note",
            ScenarioTextEdit.stringLiteral(
              note(family: family, date: record.date, method: method))
          ),
          (
            "source",
            ScenarioTextEdit.stringLiteral(
              source(
                targets: record.targets, date: record.date, before: scenario.sources[value.path]))
          ),
        ])
    }
    do {
      let edited = try ScenarioTextEdit.applying(changes, to: text)
      return try ScenarioTextEdit.settingTopLevelMember(
        "calibration", to: Self.text(of: record), comment: blockComment, in: edited)
    } catch {
      let path: String
      switch error {
      case .noNumber(let missing), .misplaced(let missing): path = missing
      }
      throw ScenarioErrors([
        ScenarioError(
          file: scenario.file, field: path,
          kind: .invalid(
            reason: path == "calibration"
              ? "the calibration's block could not be written in the file's text; the file "
                + "must be one object, and a calibration block already in it an object"
              : "its number could not be rewritten in the file's text; write it as "
                + "{ value: …, source: … } on its own"))
      ])
    }
  }
}
