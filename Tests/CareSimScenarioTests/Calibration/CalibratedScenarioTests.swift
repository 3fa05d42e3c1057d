import CareSimCore
import CareSimTestSupport
import Foundation
import Testing

@testable import CareSimCore
@testable import CareSimScenario

/// The calibrated copy of the shipped default scenario: it reads again, differs from the file
/// only in the fitted values, what describes them and the calibration's block, carries each
/// value's posterior, and is written again unchanged by a second calibration.
@Suite struct CalibratedScenarioTests {
  static let url = RepositoryFiles.scenario("neighbourhood.json")
  static let targets = "Scenarios/calibration/netherlands.json"
  static let date = "2026-12-01"

  /// A sourced number with a range (a probability: a beta), a sourced number without one (a
  /// ratio: a lognormal), a bare number (a probability), and hours a week (up to 168: a
  /// triangular); their posteriors, and the interval of the third cut by its box.
  static let values = [
    CalibratedScenario.Value(
      path: "transitions.independent.dead", fitted: 0.000_212_345, mean: 0.000_21,
      standardDeviation: 0.000_02, lower: 0.000_171_23, upper: 0.000_249_87),
    CalibratedScenario.Value(
      path: "covariates.loneliness.death", fitted: 1.123_45, mean: 1.13, standardDeviation: 0.04,
      lower: 1.051_2, upper: 1.208_7),
    CalibratedScenario.Value(
      path: "discounting.costs", fitted: 0.031_234_5, mean: 0.031, standardDeviation: 0.002,
      lower: 0.027_1, upper: 0.035),
    CalibratedScenario.Value(
      path: "needLevels.2.informalCareHoursPerWeek", fitted: 10.5, mean: 10.4,
      standardDeviation: 0.5, lower: 9.4, upper: 11.4),
  ]
  /// The same, as the file writes them: four significant digits.
  static let written = [0.000_212_3, 1.123, 0.031_23, 10.5]

  static let record = Scenario.CalibrationRecord(
    targets: targets, date: date, method: .importanceResampling,
    parameters: [
      .init(path: "transitions.independent.dead", searchBounds: 0.000_05...0.0012),
      .init(path: "covariates.loneliness.death", searchBounds: 1...1.5),
      .init(path: "discounting.costs", searchBounds: 0.02...0.035),
      .init(path: "needLevels.2.informalCareHoursPerWeek", searchBounds: 8...12),
    ],
    correlation: [
      [1, -0.4, 0.1, 0], [-0.4, 1, 0, 0.25], [0.1, 0, 1, 0], [0, 0.25, 0, 1],
    ])
  static let method = "sampling-importance-resampling (effective sample size 150 of 400 draws)"

  static func calibrated() throws -> (text: String, original: String, scenario: Scenario) {
    let original = try String(contentsOf: url, encoding: .utf8)
    let scenario = try Scenario.load(from: url)
    let text = try CalibratedScenario.text(
      original, scenario: scenario, values: values, record: record, method: method)
    return (text, original, scenario)
  }

  @Test func writesFourSignificantDigits() {
    #expect(Self.values.map { CalibratedScenario.written($0.fitted) } == Self.written)
    #expect(CalibratedScenario.written(1_234_567) == 1_235_000)
    #expect(CalibratedScenario.written(0.5) == 0.5)
  }

  /// The text parses again with its calibration; each fitted value is written in place with its
  /// source, its posterior interval as its range (widened to hold the value where the interval
  /// does not), its marginal as its distribution, and a note; everything else is the file's, to
  /// the line, but for the calibration's block at the end.
  @Test func theCalibratedTextReadsAgainAndChangesOnlyTheFittedValues() throws {
    let (text, original, scenario) = try Self.calibrated()
    let calibrated = try Scenario.parse(Data(text.utf8), file: scenario.file)
    #expect(calibrated.calibration == Self.record)
    let source = "calibrated to \(Self.targets) on \(Self.date)"
    for (value, written) in zip(Self.values, Self.written) {
      let path = value.path
      #expect(calibrated.number(at: path) == written, "\(path)")
      let given = try #require(calibrated.sources[path], "\(path) has no source")
      #expect(given.hasPrefix(source), "\(path): \(given)")
      #expect(
        given
          == CalibratedScenario.source(
            targets: Self.targets, date: Self.date, before: scenario.sources[path]))
      let range = try #require(calibrated.ranges[path])
      #expect(range.lowerBound == CalibratedScenario.written(min(value.lower, written)))
      #expect(range.upperBound == CalibratedScenario.written(max(value.upper, written)))
      // The marginal keeps the posterior's mean and standard deviation, to its parameters'
      // four significant digits (a relative 5e-4 each, through moments of a few of them).
      let distribution = try #require(calibrated.distributions[path])
      #expect(abs(distribution.mean - value.mean) <= 2e-3 * value.mean, "\(path): \(distribution)")
      #expect(
        abs(distribution.variance.squareRoot() - value.standardDeviation)
          <= 2e-3 * value.standardDeviation, "\(path): \(distribution)")
      let note = calibrated.json.value(at: path + ".note")?.stringValue ?? ""
      #expect(note.contains("posterior of the calibration on \(Self.date), by \(Self.method);"))
    }
    if case .beta = calibrated.distributions["transitions.independent.dead"] {
    } else {
      Issue.record("a probability's marginal is a beta")
    }
    if case .lognormal = calibrated.distributions["covariates.loneliness.death"] {
    } else {
      Issue.record("a ratio's marginal is a lognormal")
    }
    if case .triangular = calibrated.distributions["needLevels.2.informalCareHoursPerWeek"] {
    } else {
      Issue.record("hours a week take a triangular")
    }
    // The parameters are those of the original with the written values set, and no others.
    let expected = try scenario.setting(zip(Self.values, Self.written).map { ($0.path, $1) })
    #expect(calibrated.parameters == expected.parameters)
    // Line by line up to the calibration's block (added at the end, or replaced where an earlier
    // calibration put it): the same lines, and only the fitted values' lines differ.
    #expect(text.contains("  calibration: " + CalibratedScenario.text(of: Self.record) + ",\n"))
    func linesBeforeTheBlock(_ text: String) -> [Substring] {
      let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
      let end =
        lines.firstIndex { $0 == "  // \(CalibratedScenario.blockComment)" }
        ?? lines.lastIndex { $0 == "}" } ?? lines.count
      return Array(lines[..<end])
    }
    let before = linesBeforeTheBlock(original)
    let after = linesBeforeTheBlock(text)
    try #require(before.count == after.count + (scenario.calibration == nil ? -1 : 0))
    let changed = zip(before, after).filter { $0 != $1 }
    #expect(changed.count == Self.values.count, "\(changed.map(\.1))")
    // Every comment stays, including the trailing ones of the changed lines' neighbours.
    let comments = before.filter { $0.trimmingCharacters(in: .whitespaces).hasPrefix("//") }
    #expect(!comments.isEmpty)
    #expect(comments.allSatisfy { comment in after.contains(comment) })
    // The other sources are the file's.
    for (path, given) in scenario.sources where !Self.values.contains(where: { $0.path == path }) {
      #expect(calibrated.sources[path] == given, "\(path)")
    }
  }

  /// Calibrating the calibrated file again to the same posterior writes the same text: a source
  /// keeps what it said before the first calibration, the range, distribution and note are
  /// replaced where they stand, and so is the calibration's block.
  @Test func aSecondCalibrationWritesTheSameText() throws {
    let (text, _, scenario) = try Self.calibrated()
    let calibrated = try Scenario.parse(Data(text.utf8), file: scenario.file)
    let again = try CalibratedScenario.text(
      text, scenario: calibrated, values: Self.values, record: Self.record, method: Self.method)
    #expect(again == text)
  }

  /// A fitted value's source is the calibration's, then what the file said before it.
  @Test func aSourceKeepsWhatItSaidBefore() {
    let first = CalibratedScenario.source(targets: "t.json", date: "2026-12-01", before: "a: b")
    #expect(first == "calibrated to t.json on 2026-12-01 by caresim calibrate; before: a: b")
    #expect(
      CalibratedScenario.source(targets: "t.json", date: "2027-01-02", before: first)
        == "calibrated to t.json on 2027-01-02 by caresim calibrate; before: a: b")
    #expect(
      CalibratedScenario.source(targets: "t.json", date: "2026-12-01", before: nil)
        == "calibrated to t.json on 2026-12-01 by caresim calibrate")
  }

  /// A posterior of the Laplace approximation with a given correlation (unit standard
  /// deviations) over boxes [0, 1].
  static func posterior(correlation: [[Double]]) -> CalibrationPosterior {
    let size = correlation.count
    let point = [Double](repeating: 0.5, count: size)
    return CalibrationPosterior(
      parameters: (0..<size).map { Calibration.Parameter(path: "p\($0)", bounds: 0...1) },
      laplace: LaplaceApproximation.Result(
        mode: point, centre: point, steps: point, hessian: correlation, curvature: .hessian,
        covariance: correlation, proposalCovariance: correlation, evaluations: 0),
      importance: nil, evaluations: 0)
  }

  /// The block's correlation is the posterior's to three decimals; a matrix that rounding
  /// leaves not positive definite (0.9996 rounds to 1) is shrunk towards the identity until it
  /// is, by 1% here.
  @Test func theRecordRoundsTheCorrelationAndKeepsItPositiveDefinite() throws {
    let plain = CalibratedScenario.record(
      posterior: Self.posterior(correlation: [[1, 0.123_46], [0.123_46, 1]]), targets: "t",
      date: "d")
    #expect(plain.correlation == [[1, 0.123], [0.123, 1]])
    let nearlySingular = Self.posterior(
      correlation: [[1, 0.999_6, 0.123_46], [0.999_6, 1, 0.123_44], [0.123_46, 0.123_44, 1]])
    #expect(Cholesky(nearlySingular.correlation) != nil)
    let record = CalibratedScenario.record(posterior: nearlySingular, targets: "t", date: "d")
    #expect(record.correlation[0][1] == 0.99 && record.correlation[0][2] == 0.122)
    #expect(Cholesky(record.correlation) != nil)
    #expect(record.parameters.map(\.searchBounds) == nearlySingular.parameters.map(\.bounds))
    #expect(record.method == .laplace && record.targets == "t" && record.date == "d")
  }

  /// A path without a number in the text is refused with the file and the path named.
  @Test func aPathWithoutANumberIsRefusedNamingIt() throws {
    let original = try String(contentsOf: Self.url, encoding: .utf8)
    let scenario = try Scenario.load(from: Self.url)
    var value = Self.values[0]
    value.path = "transitions.independent"
    var record = Self.record
    record.parameters = [.init(path: "transitions.independent", searchBounds: 0...1)]
    record.correlation = [[1]]
    #expect {
      _ = try CalibratedScenario.text(
        original, scenario: scenario, values: [value], record: record, method: Self.method)
    } throws: { error in
      guard let errors = error as? ScenarioErrors, errors.errors.count == 1 else { return false }
      return errors.errors[0].file == scenario.file
        && errors.errors[0].field == "transitions.independent"
        && errors.errors[0].description.contains("could not be rewritten")
    }
  }

  /// A file that extends another is refused before any work, each fitted value named at the
  /// file and line that set it: the base to calibrate, or the extending file itself.
  @Test func aFileThatExtendsAnotherIsRefusedNamingWhereEachValueIsSet() throws {
    let base = RepositoryFiles.fixture("extends/base.json")
    let variant = try Scenario.load(
      from: RepositoryFiles.fixture("extends/variants/prevention.json"))
    try CalibratedScenario.checkSelfContained(
      try Scenario.load(from: base), fitting: ["valuePerQALY"])
    #expect {
      try CalibratedScenario.checkSelfContained(
        variant, fitting: ["mechanisms.prevention.relativeRisk", "valuePerQALY"])
    } throws: { error in
      guard let errors = (error as? ScenarioErrors)?.errors, errors.count == 2 else {
        return false
      }
      return errors[0].file == variant.file && errors[0].line == 10
        && errors[0].field == "mechanisms.prevention.relativeRisk"
        && errors[0].description.contains("write the scenario as one file")
        && errors[1].file == base.path && errors[1].line == 11 && errors[1].field == "valuePerQALY"
        && errors[1].description.contains("calibrate \(base.path), whose fitted values")
    }
  }
}
