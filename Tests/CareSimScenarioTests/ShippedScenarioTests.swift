import CareSimCore
import CareSimScenario
import CareSimTestSupport
import Foundation
import Testing

/// Properties every shipped scenario keeps, whatever its study.
@Suite struct ShippedScenarioTests {
  static let names = RepositoryFiles.shippedScenarios

  /// Every shipped scenario has a Dutch title, so that a Dutch report reads wholly in Dutch.
  @Test(arguments: names)
  func everyScenarioHasADutchTitle(name: String) throws {
    let scenario = try Scenario.load(from: RepositoryFiles.scenario(name))
    let dutch = try #require(scenario.metadata.titleNL, "\(name)")
    #expect(!dutch.isEmpty && dutch != scenario.metadata.title, "\(name)")
  }

  /// A PSA's mean sits at the base run unless a distribution says why not.
  ///
  /// A deliberately skewed one says so in its note, so that a reader of the PSA is told why its
  /// mean differs. A calibrated value's distribution is its posterior, whose mean lies where the
  /// targets put it rather than at the search's best point; its note says it is the posterior.
  @Test(arguments: names)
  func everyDistributionIsCentredOnItsValueOrSaysWhyNot(name: String) throws {
    let scenario = try Scenario.load(from: RepositoryFiles.scenario(name))
    for (path, distribution) in scenario.distributions {
      let value = try #require(scenario.number(at: path), "\(path)")
      let note = scenario.json.value(at: path)?.objectValue?["note"]?.stringValue ?? ""
      if note.contains("deliberately skewed") { continue }
      if scenario.isCalibrated(path) {
        #expect(note.contains("of the posterior of the calibration"), "\(name): \(path)")
        continue
      }
      // The analytic mean against the value, to a few ulps of the fitted moments.
      #expect(
        abs(distribution.mean - value) <= 1e-12 * max(1, abs(value)),
        """
        \(name): \(path) has mean \(distribution.mean), value \(value); centre it or say \
        'deliberately skewed' in its note
        """)
    }
  }

  @Test(arguments: names)
  func everyScenarioValidates(name: String) throws {
    _ = try Scenario.load(from: RepositoryFiles.scenario(name))
  }
}
