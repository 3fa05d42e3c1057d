import CareSimCore
import CareSimTestSupport
import Foundation
import Testing

@testable import CareSimIO

/// The calibrated copy of the shipped default scenario: it reads again, differs from the file
/// only in the fitted values and their sources, and says where each value came from.
@Suite struct CalibratedScenarioTests {
  static let url = RepositoryFiles.scenario("neighbourhood.json")
  static let targets = "Scenarios/calibration/netherlands.json"
  static let date = "2026-12-01"

  /// A sourced number with a range, a sourced number without one, and a bare number.
  static let values: [(path: String, value: Double)] = [
    ("transitions.independent.dead", 0.000_912_345),
    ("transitions.independent.notSelfReliant", 0.000_312_345),
    ("discounting.costs", 0.031_234_5),
  ]
  /// The same, as the file writes them: four significant digits.
  static let written = [0.000_912_3, 0.000_312_3, 0.031_23]

  static func calibrated() throws -> (text: String, original: String, scenario: Scenario) {
    let original = try String(contentsOf: url, encoding: .utf8)
    let scenario = try Scenario.load(from: url)
    let text = try CalibratedScenario.text(
      original, scenario: scenario, values: values, targets: targets, date: date)
    return (text, original, scenario)
  }

  @Test func writesFourSignificantDigits() {
    #expect(Self.values.map { CalibratedScenario.written($0.value) } == Self.written)
    #expect(CalibratedScenario.written(1_234_567) == 1_235_000)
    #expect(CalibratedScenario.written(0.5) == 0.5)
  }

  /// The text parses again; each fitted value is written in place, its source names the targets
  /// and the date, and a range the file gave stays; everything else is the file's, to the line.
  @Test func theCalibratedTextReadsAgainAndChangesOnlyTheFittedValues() throws {
    let (text, original, scenario) = try Self.calibrated()
    let calibrated = try Scenario.parse(Data(text.utf8), file: scenario.file)
    let source = "calibrated to \(Self.targets) on \(Self.date)"
    for ((path, _), written) in zip(Self.values, Self.written) {
      #expect(calibrated.number(at: path) == written, "\(path)")
      let given = try #require(calibrated.sources[path], "\(path) has no source")
      #expect(given.hasPrefix(source), "\(path): \(given)")
      #expect(
        given
          == CalibratedScenario.source(
            targets: Self.targets, date: Self.date, before: scenario.sources[path]))
    }
    #expect(
      calibrated.ranges["transitions.independent.dead"]
        == scenario.ranges["transitions.independent.dead"])
    // The parameters are those of the original with the written values set, and no others.
    let expected = try scenario.setting(zip(Self.values, Self.written).map { ($0.path, $1) })
    #expect(calibrated.parameters == expected.parameters)
    // Line by line: the same lines, and only the three fitted values' lines differ.
    let before = original.split(separator: "\n", omittingEmptySubsequences: false)
    let after = text.split(separator: "\n", omittingEmptySubsequences: false)
    try #require(before.count == after.count)
    let changed = zip(before, after).filter { $0 != $1 }
    #expect(changed.count == 3, "\(changed.map(\.1))")
    // Every comment stays, including the trailing ones of the changed lines' neighbours.
    let comments = before.filter { $0.trimmingCharacters(in: .whitespaces).hasPrefix("//") }
    #expect(!comments.isEmpty)
    #expect(comments.allSatisfy { comment in after.contains(comment) })
    // The other sources are the file's.
    for (path, given) in scenario.sources where !Self.values.contains(where: { $0.path == path }) {
      #expect(calibrated.sources[path] == given, "\(path)")
    }
  }

  /// Calibrating the calibrated file again to the same values writes the same text: a source
  /// keeps what it said before the first calibration, not a chain of calibrations.
  @Test func aSecondCalibrationWritesTheSameText() throws {
    let (text, _, scenario) = try Self.calibrated()
    let calibrated = try Scenario.parse(Data(text.utf8), file: scenario.file)
    let again = try CalibratedScenario.text(
      text, scenario: calibrated, values: Self.values, targets: Self.targets, date: Self.date)
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

  /// A path without a number in the text is refused with the file and the path named.
  @Test func aPathWithoutANumberIsRefusedNamingIt() throws {
    let original = try String(contentsOf: Self.url, encoding: .utf8)
    let scenario = try Scenario.load(from: Self.url)
    #expect {
      _ = try CalibratedScenario.text(
        original, scenario: scenario, values: [("transitions.independent", 0.1)],
        targets: Self.targets, date: Self.date)
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
