import Testing

@testable import CareSimCore

@Suite struct WhatIfEvaluatorTests {
  /// Settings evaluated together share the base's control run and uptake where they can, and every
  /// setting's totals keep the bits of its plain run, on any thread count.
  @Test func settingsEvaluatedTogetherGiveTheirPlainTotals() {
    var base = TestScenarios.everyMechanism(residents: 80, months: 24)
    base.intervention.capacity = Capacity(coordinatorSlots: 10, participantsPerVolunteer: 2)
    base.intervention.monthlyUptakeProbability = 0.05
    let afterUptake = WhatIfSettings.afterUptakeChanged(from: base)
    var moreUptake = base
    moreUptake.intervention.monthlyUptakeProbability = 0.1
    var controlChanged = base
    controlChanged.mechanisms.signalling.monthlyProbability = 0.3
    var lessPrevention = base
    lessPrevention.mechanisms.prevention.relativeRisk = 0.95
    #expect(afterUptake.uptakeProjection == base.uptakeProjection)
    #expect(lessPrevention.uptakeProjection == base.uptakeProjection)
    #expect(moreUptake.uptakeProjection != base.uptakeProjection)
    #expect(moreUptake.controlArmProjection == base.controlArmProjection)
    // Two that run on their own, their replications together on the threads: one that moves
    // residents otherwise, one that takes the base's control arm.
    var transitionsChanged = base
    transitionsChanged.transitions[0][1] *= 1.1
    var reachChanged = base
    reachChanged.intervention.initialParticipationShare = 0.3
    #expect(reachChanged.controlArmProjection == base.controlArmProjection)
    let settings = [
      afterUptake, base, moreUptake, controlChanged, lessPrevention, transitionsChanged,
      reachChanged,
    ]
    let plain = settings.map {
      ScenarioEvaluation.totals($0, replications: 5, seed: 8, threads: 1)
    }
    for threads in [1, 3] {
      let evaluator = WhatIfEvaluator(base: base, replications: 5, seed: 8, threads: threads)
      #expect(evaluator.totals(of: settings) == plain, "\(threads) threads")
      #expect(evaluator.totals(of: [lessPrevention, afterUptake]) == [plain[4], plain[0]])
    }
    #expect(
      plain[0] != plain[1] && plain[4] != plain[1] && plain[5] != plain[1] && plain[6] != plain[1],
      "the settings must change the totals")
  }

  @Test func reusingTheControlArmGivesTheSameTotals() {
    let base = TestScenarios.everyMechanism(residents: 80, months: 24)
    var changed = base
    changed.mechanisms.prevention.relativeRisk = 0.5
    let control = ScenarioEvaluation.totals(base, replications: 6, seed: 4, threads: 2)
    let reused = ScenarioEvaluation.totals(
      changed, replications: 6, seed: 4, threads: 2, control: control)
    let full = ScenarioEvaluation.totals(changed, replications: 6, seed: 4, threads: 2)
    #expect(reused == full)
  }
}
