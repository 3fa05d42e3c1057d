import Testing

@testable import CareSimCore

/// What-if settings that share the base's control run: re-priced, and branched where their
/// thresholds move a resident differently.
@Suite struct SharedControlRunTests {
  @Test func branchesGiveTheBitsOfTheirPlainRuns() {
    let base = WhatIfSettings.base()
    var combined = WhatIfSettings.afterUptakeChanged(from: base)
    combined.covariates = base.covariates
    combined.informalCare = base.informalCare
    combined.covariates.loneliness.progression = 2
    combined.mechanisms.signalling.monthlyProbability = 0.5
    combined.mechanisms.escalation.crisisAdmissionProbability = 0.4
    combined.mechanisms.escalation.crisisCost = FunderAmounts(zvw: 1)
    combined.intervention.monthlyUptakeProbability = 0.08
    // Efficiency that does not act counts participants with the others: a setting without it
    // shares the tally of the one after it, which has it.
    var efficiencyOff = base
    efficiencyOff.mechanisms.efficiency.costMultiplier = 1
    let settings =
      WhatIfSettings.thresholdsChanged(from: base) + WhatIfSettings.uptakeChanged(from: base) + [
        efficiencyOff, WhatIfSettings.pricesChanged(from: base), combined, base,
        WhatIfSettings.pricesChanged(from: combined),
      ]
    #expect(settings.allSatisfy { $0.branchingProjection == base.branchingProjection })
    let plain = settings.map {
      ScenarioEvaluation.totals($0, replications: 4, seed: 11, threads: 1)
    }
    for threads in [1, 3] {
      let shared = SharedControlRun(base: base, replications: 4, seed: 11, threads: threads)
      #expect(settings.allSatisfy(shared.canShare))
      #expect(shared.totals(of: settings).totals == plain, "\(threads) threads")
    }
    let basePlain = plain[settings.firstIndex(of: base)!]
    for (index, (setting, totals)) in zip(settings, plain).enumerated() where setting != base {
      // Compared outside the expectation, which would print every total.
      let same = totals == basePlain
      #expect(!same, "setting \(index) must change the totals")
    }
  }

  /// A setting with other population shares starts anew the residents it draws otherwise or
  /// starts otherwise (on arrival, or at the start of a try at their history), and only those.
  @Test(arguments: [false, true])
  func populationSharesGiveTheBitsOfTheirPlainRuns(drawnStart: Bool) {
    let lived = WhatIfSettings.base()
    let base = drawnStart ? TestScenarios.drawnStart(lived) : lived
    let settings = WhatIfSettings.populationSharesChanged(from: base)
    let plain = settings.map { ScenarioEvaluation.totals($0, replications: 3, seed: 7, threads: 1) }
    let shared = SharedControlRun(base: base, replications: 3, seed: 7, threads: 2)
    #expect(settings.allSatisfy(shared.canShare))
    #expect(shared.totals(of: settings).totals == plain)
    let (watch, _, _) = WhatIfSettings.watch(base, settings: settings, seed: 7)
    for index in settings.indices {
      let restarted = watch.historyBranchedResidents(of: index).count
      #expect(
        restarted > 0 && restarted < base.residentsWithEntrants / 2,
        "setting \(index) starts \(restarted) residents anew")
    }
  }

  /// More branches than one watch follows take more runs of the base's control arm, with the
  /// same bits.
  @Test func moreBranchesThanAWatchFollowsGiveTheBitsOfTheirPlainRuns() {
    var base = WhatIfSettings.base()
    base.residents = 30
    base.months = 12
    let count = ThresholdWatch.maximumVariants + 2
    let settings = (0..<count).map { index in
      var setting = base
      setting.mechanisms.signalling.monthlyProbability = 0.01 + 0.2 * Double(index) / Double(count)
      return setting
    }
    let plain = settings.map { ScenarioEvaluation.totals($0, replications: 2, seed: 3, threads: 1) }
    let shared = SharedControlRun(base: base, replications: 2, seed: 3, threads: 2)
    #expect(settings.allSatisfy(shared.canShare))
    #expect(shared.totals(of: settings).totals == plain)
  }

  @Test func aSettingThatChangesTheControlArmCannotShare() {
    let base = WhatIfSettings.base()
    var changed = base
    changed.informalCare.lonelinessOnset *= 1.1
    var reachChanged = base
    reachChanged.intervention.initialParticipationShare = 0.3
    // Whether anyone has a carer decides whether carers can break down.
    var noCarers = base
    noCarers.population.carerLivingAlone = 0
    noCarers.population.carerLivingWithOthers = 0
    let shared = SharedControlRun(base: base, replications: 1, seed: 1, threads: 1)
    #expect(!shared.canShare(changed) && !shared.canShare(reachChanged) && shared.canShare(base))
    #expect(!shared.canShare(noCarers))
  }
}
