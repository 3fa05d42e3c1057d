import CareSimCore
import CareSimTestSupport
import Foundation
import Testing

@testable import CareSimScenario

/// The `calibration` block of a calibrated scenario: what the reader takes from it, and one
/// clear error per problem (file, line, field, what is allowed).
@Suite struct ScenarioCalibrationTests {
  static let file = "calibrated.json"

  /// The shipped default scenario calibrated in two values, a probability and a ratio.
  static let text: String = {
    let values = Array(CalibratedScenarioTests.values.prefix(2))
    var record = CalibratedScenarioTests.record
    record.parameters = Array(record.parameters.prefix(2))
    record.correlation = [[1, -0.4], [-0.4, 1]]
    let original =
      (try? String(contentsOf: CalibratedScenarioTests.url, encoding: .utf8)) ?? ""
    let scenario = try? Scenario.load(from: CalibratedScenarioTests.url)
    return scenario.flatMap {
      try? CalibratedScenario.text(
        original, scenario: $0, values: values, record: record,
        method: CalibratedScenarioTests.method)
    } ?? ""
  }()

  @Test func aCalibratedFileReadsItsCalibration() throws {
    let scenario = try Scenario.parse(Data(Self.text.utf8), file: Self.file)
    let calibration = try #require(scenario.calibration)
    #expect(calibration.method == .importanceResampling)
    #expect(calibration.targets == CalibratedScenarioTests.targets)
    #expect(
      calibration.parameters.map(\.path) == [
        "transitions.independent.dead", "covariates.loneliness.death",
      ])
    // The search box is the block's, not the value's range (its posterior interval).
    let path = "transitions.independent.dead"
    #expect(scenario.searchBounds(for: path) == 0.000_05...0.0012)
    #expect(scenario.ranges[path] != scenario.searchBounds(for: path))
    #expect(scenario.isCalibrated(path) && !scenario.isCalibrated("valuePerQALY"))
    #expect(scenario.searchBounds(for: "valuePerQALY") == scenario.ranges["valuePerQALY"])
    let joint = try #require(scenario.jointDistribution)
    #expect(joint.paths == calibration.parameters.map(\.path))
    #expect(joint.marginals == joint.paths.compactMap { scenario.distributions[$0] })
    #expect(joint.correlation == [[1, -0.4], [-0.4, 1]])
    // A file without a block has none.
    let ladder = try Scenario.load(from: RepositoryFiles.scenario("reference-ladder.json"))
    #expect(ladder.calibration == nil && ladder.jointDistribution == nil)
    #expect(!ladder.isCalibrated("transitions.independent.dead"))
  }

  /// Each broken block gives exactly one error, on the line of the field it names.
  @Test(
    arguments: [
      ("[-0.4, 1],", "[-0.4, 1, 0],", "calibration.correlation.1", "2 finite numbers"),
      ("[1, -0.4],\n      [-0.4, 1],", "[1, -0.4],", "calibration.correlation", "2 rows"),
      ("[-0.4, 1],", "[-0.41, 1],", "calibration.correlation.1.0", "is symmetric"),
      ("[-0.4, 1],", "[-0.4, 0.9],", "calibration.correlation.1.1", "1 on the diagonal"),
      (
        "[1, -0.4],\n      [-0.4, 1],", "[1, -1.4],\n      [-1.4, 1],",
        "calibration.correlation.1.0", "[-1, 1]"
      ),
      (
        #"{ path: "covariates.loneliness.death""#, #"{ path: "covariates.lonely.death""#,
        "calibration.parameters.1.path", "not a number this file holds"
      ),
      (
        #"{ path: "covariates.loneliness.death""#, #"{ path: "covariates.loneliness.admission""#,
        "calibration.parameters.1.path", "has no distribution"
      ),
      (
        #"{ path: "covariates.loneliness.death""#, #"{ path: "transitions.independent.dead""#,
        "calibration.parameters.1.path", "named twice"
      ),
      (
        "searchBounds: [1, 1.5]", "searchBounds: [1.5, 1]", "calibration.parameters.1.searchBounds",
        "low < high"
      ),
      (
        "searchBounds: [1, 1.5]", "searchBounds: [1, 1001]",
        "calibration.parameters.1.searchBounds", "allows, [0, 1000]"
      ),
      (
        "searchBounds: [1, 1.5]", "searchBounds: [1.2, 1.5]",
        "calibration.parameters.1.searchBounds", "must contain the value"
      ),
      (
        #"method: "sampling-importance-resampling""#, #"method: "mcmc""#, "calibration.method",
        "one of: sampling-importance-resampling, laplace"
      ),
      (#"date: "2026-12-01","#, "", "calibration.date", "missing"),
    ] as [(String, String, String, String)])
  func aBrokenBlockIsOneClearError(old: String, new: String, field: String, message: String)
    throws
  {
    try #require(Self.text.components(separatedBy: old).count == 2, "\(old)")
    let broken = Self.text.replacingOccurrences(of: old, with: new)
    #expect {
      _ = try Scenario.parse(Data(broken.utf8), file: Self.file)
    } throws: { error in
      guard let errors = error as? ScenarioErrors, errors.errors.count == 1,
        let line = errors.errors[0].line
      else { return false }
      // The line is the field's, or that of the object that should hold it: in the block.
      let lines = broken.split(separator: "\n", omittingEmptySubsequences: false)
      let block = (lines.firstIndex { $0.hasPrefix("  calibration: {") } ?? lines.count) + 1
      return errors.errors[0].field == field && line >= block
        && errors.errors[0].description.hasPrefix("\(Self.file):\(line): \(field): ")
        && errors.errors[0].description.contains(message)
    }
  }

  /// A correlation that is not positive definite is no correlation of any sample.
  @Test func aCorrelationThatIsNotPositiveDefiniteIsRefused() throws {
    var record = CalibratedScenarioTests.record
    record.parameters = Array(record.parameters.prefix(3))
    record.correlation = [[1, 0.9, -0.9], [0.9, 1, 0.9], [-0.9, 0.9, 1]]
    let original = try String(contentsOf: CalibratedScenarioTests.url, encoding: .utf8)
    let text = try ScenarioTextEdit.settingTopLevelMember(
      "calibration", to: CalibratedScenario.text(of: record), comment: "c", in: original)
    #expect {
      _ = try Scenario.parse(Data(text.utf8), file: Self.file)
    } throws: { error in
      guard let errors = error as? ScenarioErrors else { return false }
      return errors.errors.contains {
        $0.field == "calibration.correlation" && $0.description.contains("not positive definite")
      }
    }
  }

  /// An analysis cannot set the block's numbers as if they were parameters.
  @Test func theBlockIsNotAParameter() throws {
    let scenario = try Scenario.parse(Data(Self.text.utf8), file: Self.file)
    #expect {
      _ = try scenario.setting([("calibration.correlation.0.1", 0.5)])
    } throws: { error in
      (error as? ScenarioErrors)?.description.contains("record of its calibration") == true
    }
  }
}
