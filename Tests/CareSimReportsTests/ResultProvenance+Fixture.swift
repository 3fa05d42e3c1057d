import CareSimCore

extension ResultProvenance {
  /// The provenance of a result built in memory for a page.
  static let inMemory = ResultProvenance(
    scenarioTitle: "In memory", scenarioFile: "memory.json", scenarioHash: "abc", seed: "3",
    replications: 4, caresimVersion: "test")
}
