import Testing

@testable import CareSimCore

@Suite struct ControlArmThresholdsTests {
  /// Each threshold, changed alone, differs in the value the watch compares, in the decision it
  /// feeds; and clearing it is what the branching projection does.
  @Test(arguments: ControlArmThreshold.allCases)
  func eachThresholdIsReadWhereItIsCleared(_ threshold: ControlArmThreshold) {
    let base = TestScenarios.everyMechanism()
    var cleared = base
    threshold.clear(in: &cleared)
    let baseThresholds = Simulation(parameters: base).controlArmThresholds
    let clearedThresholds = Simulation(parameters: cleared).controlArmThresholds
    #expect(cleared != base, "the test scenario must hold a value to clear")
    #expect(threshold.value(in: clearedThresholds) != threshold.value(in: baseThresholds))
    for other in ControlArmThreshold.allCases where other != threshold {
      #expect(other.value(in: clearedThresholds) == other.value(in: baseThresholds), "\(other)")
    }
    let masks = ControlArmThresholds.differing([clearedThresholds], from: baseThresholds)
    for decision in WatchedDecision.allCases {
      #expect(masks[decision] == (decision == threshold.decision ? 1 : 0), "\(decision)")
    }
    #expect(cleared.branchingProjection == base.branchingProjection)
  }

  /// Clearing every threshold in two scenarios that differ only in thresholds makes their
  /// thresholds equal: the list covers everything ``ControlArmThresholds`` holds of them.
  @Test func theListCoversEveryThresholdTheWatchCompares() {
    let base = TestScenarios.everyMechanism()
    for setting in WhatIfSettings.thresholdsChanged(from: base)
      + WhatIfSettings.uptakeChanged(
        from: base)
    {
      var clearedBase = base
      var clearedSetting = setting
      for threshold in ControlArmThreshold.allCases {
        threshold.clear(in: &clearedBase)
        threshold.clear(in: &clearedSetting)
      }
      #expect(
        Simulation(parameters: clearedBase).controlArmThresholds
          == Simulation(parameters: clearedSetting).controlArmThresholds)
    }
  }
}
