import CareSimCore
import JSON5

/// What a calibrated scenario says about its calibration: the `calibration` block that
/// `caresim calibrate` writes (README, "The default population").
///
/// ```
/// calibration: {
///   targets: "Scenarios/calibration/netherlands.json",
///   date: "2026-12-01",
///   method: "sampling-importance-resampling",
///   parameters: [
///     { path: "transitions.independent.dead", searchBounds: [0.00005, 0.0012] },
///     { path: "covariates.male.death", searchBounds: [1, 2] },
///   ],
///   correlation: [
///     [1, -0.41],
///     [-0.41, 1],
///   ],
/// },
/// ```
///
/// Each calibrated value carries its posterior marginal as its `distribution` and its 95%
/// interval as its `range`; the block adds what joins them, the correlation of their normal
/// scores (row and column i are `parameters[i]`), which `caresim psa` draws them with through a
/// Gaussian copula, and the box each was searched in, so that calibrating the file again searches
/// the same boxes and writes the same file.
extension Scenario {
  /// The `calibration` block of a calibrated scenario.
  public struct CalibrationRecord: Sendable, Equatable {
    /// A calibrated value: its path and the box its search spanned.
    public struct Parameter: Sendable, Equatable {
      public var path: String
      public var searchBounds: ClosedRange<Double>

      public init(path: String, searchBounds: ClosedRange<Double>) {
        self.path = path
        self.searchBounds = searchBounds
      }
    }

    /// The targets file, as the calibration named it.
    public var targets: String
    /// The calibration's date, `YYYY-MM-DD`.
    public var date: String
    /// How the posterior was found: a ``CalibrationPosterior/Method`` raw value.
    public var method: CalibrationPosterior.Method
    public var parameters: [Parameter]
    /// The correlation of the values' normal scores, in the order of ``parameters``.
    public var correlation: [[Double]]

    public init(
      targets: String, date: String, method: CalibrationPosterior.Method,
      parameters: [Parameter], correlation: [[Double]]
    ) {
      self.targets = targets
      self.date = date
      self.method = method
      self.parameters = parameters
      self.correlation = correlation
    }
  }

  /// The box a calibration searches a path in: the one the file's calibration searched it in,
  /// or else its range.
  public func searchBounds(for path: String) -> ClosedRange<Double>? {
    calibration?.parameters.first { $0.path == path }?.searchBounds ?? ranges[path]
  }

  /// Whether a path is one of the file's calibrated values.
  public func isCalibrated(_ path: String) -> Bool {
    calibration?.parameters.contains { $0.path == path } ?? false
  }

  /// The calibrated values' joint distribution: their marginals, joined by the calibration's
  /// correlation; nil for a file without a calibration.
  public var jointDistribution: JointParameterDistribution? {
    guard let calibration else { return nil }
    let paths = calibration.parameters.map(\.path)
    let marginals = paths.compactMap { distributions[$0] }
    // The reader checked that each path has a distribution and the matrix is positive definite.
    guard marginals.count == paths.count else { return nil }
    return JointParameterDistribution(
      paths: paths, marginals: marginals, correlation: calibration.correlation)
  }
}

extension ScenarioReader {
  /// Reads the `calibration` block's fields and shapes; what they refer to is checked once the
  /// whole file is read (``checkCalibration(_:)``).
  mutating func readCalibration(_ value: JSONValue?) -> Scenario.CalibrationRecord? {
    guard let value else { return nil }
    let path = "calibration"
    guard
      let fields = object(
        value, at: path, keys: ["targets", "date", "method", "parameters", "correlation"])
    else { return nil }
    let targets = string(fields, "targets", at: path, required: true)
    let date = string(fields, "date", at: path, required: true)
    let method = choice(
      fields, "method", at: path,
      choices: CalibrationPosterior.Method.allCases.map(\.rawValue)
    ).flatMap(CalibrationPosterior.Method.init(rawValue:))
    var parameters: [Scenario.CalibrationRecord.Parameter] = []
    let parametersPath = "\(path).parameters"
    if let list = fields["parameters"] {
      if let items = list.arrayValue, !items.isEmpty {
        for (index, item) in items.enumerated() {
          if let parameter = readCalibratedParameter(item, at: "\(parametersPath).\(index)") {
            parameters.append(parameter)
          }
        }
      } else {
        report(
          parametersPath,
          .wrongType(
            expected: "a non-empty array of { path, searchBounds }", found: list.typeName))
      }
    } else {
      report(parametersPath, .missing(expected: "a non-empty array of { path, searchBounds }"))
    }
    let count = fields["parameters"]?.arrayValue?.count ?? 0
    let correlation = readCorrelation(fields["correlation"], at: "\(path).correlation", size: count)
    guard let targets, let date, let method, let correlation, parameters.count == count else {
      return nil
    }
    return Scenario.CalibrationRecord(
      targets: targets, date: date, method: method, parameters: parameters,
      correlation: correlation)
  }

  private mutating func readCalibratedParameter(_ value: JSONValue, at path: String)
    -> Scenario.CalibrationRecord.Parameter?
  {
    guard let fields = object(value, at: path, keys: ["path", "searchBounds"]) else { return nil }
    let parameterPath = string(fields, "path", at: path, required: true)
    let boundsPath = Self.join(path, "searchBounds")
    let expected = "[low, high] with two finite numbers, low < high"
    guard let bounds = fields["searchBounds"] else {
      report(boundsPath, .missing(expected: expected))
      return nil
    }
    guard let numbers = bounds.arrayValue?.compactMap(\.numberValue), numbers.count == 2,
      bounds.arrayValue?.count == 2, numbers.allSatisfy(\.isFinite), numbers[0] < numbers[1]
    else {
      report(boundsPath, .invalid(reason: "must be \(expected)"))
      return nil
    }
    return parameterPath.map {
      Scenario.CalibrationRecord.Parameter(path: $0, searchBounds: numbers[0]...numbers[1])
    }
  }

  /// A correlation matrix of `size` rows.
  ///
  /// It must be square, with a unit diagonal, symmetric, with entries in [−1, 1], and positive
  /// definite; one error per problem, each naming its entry.
  private mutating func readCorrelation(_ value: JSONValue?, at path: String, size: Int)
    -> [[Double]]?
  {
    let expected = "an array of \(size) rows of \(size) numbers (one per calibrated parameter)"
    guard let value else {
      report(path, .missing(expected: expected))
      return nil
    }
    guard let rows = value.arrayValue, rows.count == size else {
      report(path, .wrongType(expected: expected, found: Self.shape(value)))
      return nil
    }
    var matrix: [[Double]] = []
    var valid = true
    for (i, row) in rows.enumerated() {
      guard let entries = row.arrayValue, entries.count == size,
        entries.allSatisfy({ $0.numberValue?.isFinite == true })
      else {
        report(
          "\(path).\(i)", .wrongType(expected: "\(size) finite numbers", found: Self.shape(row)))
        valid = false
        continue
      }
      matrix.append(entries.compactMap(\.numberValue))
    }
    guard valid else { return nil }
    for i in 0..<size {
      if matrix[i][i] != 1 {
        report("\(path).\(i).\(i)", .outOfRange(value: matrix[i][i], allowed: "1 on the diagonal"))
        valid = false
      }
      for j in 0..<i {
        if !(-1...1).contains(matrix[i][j]) {
          report("\(path).\(i).\(j)", .outOfRange(value: matrix[i][j], allowed: "[-1, 1]"))
          valid = false
        } else if matrix[i][j] != matrix[j][i] {
          report(
            "\(path).\(i).\(j)",
            .invalid(
              reason: "\(ScenarioError.format(matrix[i][j])) must equal \(path).\(j).\(i), "
                + "\(ScenarioError.format(matrix[j][i])): a correlation matrix is symmetric"))
          valid = false
        }
      }
    }
    guard valid else { return nil }
    guard Cholesky(matrix) != nil else {
      report(
        path,
        .invalid(
          reason: "is not positive definite, so no joint distribution has it; allowed: a "
            + "correlation matrix of a real sample, such as caresim calibrate writes"))
      return nil
    }
    return matrix
  }

  /// A value's shape for an error: `an array of 3` or its type.
  private static func shape(_ value: JSONValue) -> String {
    value.arrayValue.map { "an array of \($0.count)" } ?? value.typeName
  }

  /// Every calibrated path is a number of the file with a distribution, named once, and its
  /// search box holds its value and lies within what the field allows.
  mutating func checkCalibration(_ calibration: Scenario.CalibrationRecord, json: JSONValue) {
    var seen: Set<String> = []
    for (index, parameter) in calibration.parameters.enumerated() {
      let field = "calibration.parameters.\(index)"
      guard let allowed = allowedRanges[parameter.path] else {
        report(
          Self.join(field, "path"),
          .invalid(reason: "'\(parameter.path)' is not a number this file holds"))
        continue
      }
      guard seen.insert(parameter.path).inserted else {
        report(
          Self.join(field, "path"),
          .invalid(reason: "'\(parameter.path)' is named twice; each value is calibrated once"))
        continue
      }
      if checksDescriptions && distributions[parameter.path] == nil {
        report(
          Self.join(field, "path"),
          .invalid(
            reason: "'\(parameter.path)' has no distribution; a calibrated value carries its "
              + "posterior as { value, range, distribution, ... }"))
      }
      let bounds = parameter.searchBounds
      let value =
        json.value(at: parameter.path).flatMap {
          $0.numberValue ?? $0.objectValue?["value"]?.numberValue
        } ?? bounds.lowerBound
      if !allowed.contains(bounds.lowerBound) || !allowed.contains(bounds.upperBound) {
        report(
          Self.join(field, "searchBounds"),
          .invalid(
            reason: "[\(ScenarioError.format(bounds.lowerBound)), "
              + "\(ScenarioError.format(bounds.upperBound))] must lie within what "
              + "\(parameter.path) allows, [\(ScenarioError.format(allowed.lowerBound)), "
              + "\(ScenarioError.format(allowed.upperBound))]"))
      } else if checksDescriptions && !bounds.contains(value) {
        report(
          Self.join(field, "searchBounds"),
          .invalid(
            reason: "[\(ScenarioError.format(bounds.lowerBound)), "
              + "\(ScenarioError.format(bounds.upperBound))] must contain the value of "
              + "\(parameter.path), \(ScenarioError.format(value))"))
      }
    }
  }
}
