import Testing

@testable import CareSimCore

/// What each projection leaves out, and that changing it leaves out what it should.
@Suite struct ScenarioParametersProjectionsTests {
  @Test func interventionOnlyFieldsLeaveTheControlArmUnchanged() {
    let base = TestScenarios.everyMechanism()
    let changed = WhatIfSettings.interventionChanged()
    #expect(base.controlArmProjection == changed.controlArmProjection)
    let before = Simulation(parameters: base).run(seed: 11, replication: 2)
    let after = Simulation(parameters: changed).run(seed: 11, replication: 2)
    var interventionDiffers = false
    for month in 0..<before.months {
      for metric in OutcomeMetric.allCases {
        #expect(
          before[.control, month, metric] == after[.control, month, metric], "\(month) \(metric)")
        if before[.intervention, month, metric] != after[.intervention, month, metric] {
          interventionDiffers = true
        }
      }
    }
    #expect(interventionDiffers, "the changes must reach the intervention arm")
  }

  @Test func controlArmFieldsChangeTheProjection() {
    var changed = TestScenarios.everyMechanism()
    changed.mechanisms.signalling.monthlyProbability = 0.3
    #expect(changed.controlArmProjection != TestScenarios.everyMechanism().controlArmProjection)
  }

  @Test func pricesChangeOnlyWhatTheCountsCost() {
    let base = WhatIfSettings.base()
    let changed = WhatIfSettings.pricesChanged(from: base)
    #expect(changed.countingProjection == base.countingProjection)
    let before = Simulation(parameters: base).run(seed: 3, replication: 1)
    let after = Simulation(parameters: changed).run(seed: 3, replication: 1)
    let costs = Set(Funder.allCases.map { OutcomeMetric($0) })
    var costsDiffer = false
    for arm in InterventionArm.allCases {
      for month in 0..<base.months {
        for metric in OutcomeMetric.allCases {
          if costs.contains(metric) {
            costsDiffer = costsDiffer || before[arm, month, metric] != after[arm, month, metric]
          } else {
            #expect(before[arm, month, metric] == after[arm, month, metric], "\(month) \(metric)")
          }
        }
      }
    }
    #expect(costsDiffer, "the prices must change some cost")
    var efficiencyOff = base
    efficiencyOff.mechanisms.efficiency.costMultiplier = 1
    #expect(
      efficiencyOff.countingProjection != base.countingProjection,
      "whether efficiency acts decides how participants are counted")
  }

  /// The projections nest: scenarios with equal uptake projections have equal control-arm
  /// projections; a threshold of the control arm's draws changes the control arm but not the
  /// branching projection, which leaves out the most.
  @Test func projectionsNest() {
    let base = TestScenarios.everyMechanism()
    let afterUptake = WhatIfSettings.afterUptakeChanged(from: base)
    let afterUptakeShares = [
      afterUptake.uptakeProjection == base.uptakeProjection,
      afterUptake.controlArmProjection == base.controlArmProjection,
      afterUptake.branchingProjection == base.branchingProjection,
    ]
    #expect(afterUptakeShares == [true, true, true])
    for (index, setting) in WhatIfSettings.thresholdsChanged(from: base).enumerated() {
      let branches = setting.branchingProjection == base.branchingProjection
      let changesControlArm = setting.controlArmProjection != base.controlArmProjection
      #expect(branches && changesControlArm, "threshold setting \(index)")
    }
    for (index, setting) in WhatIfSettings.uptakeChanged(from: base).enumerated() {
      let keepsControlArm = setting.controlArmProjection == base.controlArmProjection
      let changesUptake = setting.uptakeProjection != base.uptakeProjection
      let branches = setting.branchingProjection == base.branchingProjection
      #expect(keepsControlArm && changesUptake && branches, "uptake setting \(index)")
    }
  }
}
