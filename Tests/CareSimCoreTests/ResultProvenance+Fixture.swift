@testable import CareSimCore

extension ResultProvenance {
  /// The provenance of a result built by hand in a test.
  static let handBuilt = ResultProvenance(
    scenarioTitle: "Hand-built", scenarioFile: "hand.json", scenarioHash: "0", seed: "1",
    replications: 4, caresimVersion: "test")
}
