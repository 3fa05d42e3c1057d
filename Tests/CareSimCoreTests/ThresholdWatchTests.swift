import Foundation
import Testing

@testable import CareSimCore

@Suite struct ThresholdWatchTests {
  @Test func hazardBoundCoversTheLargestRise() {
    var base = Simulation(parameters: TestScenarios.everyMechanism()).controlArmThresholds
    var variant = base
    variant.covariates.loneliness.admission *= 1.5
    variant.covariates.carerBreakdown.progression /= 2
    let bound = ThresholdWatch.hazardBound(of: variant, over: base)
    #expect(bound >= 1.5 && bound < 1.5 * (1 + 1e-8))
    #expect(ThresholdWatch.hazardBound(of: base, over: base) < 1 + 1e-8)
    base.covariates.unmetNeed.death = 0
    variant = base
    variant.covariates.unmetNeed.death = 0.5
    #expect(ThresholdWatch.hazardBound(of: variant, over: base) == .infinity)
  }

  /// A level's bound is the largest rise of a variant's probability of a move or a crisis over
  /// the base's, with the rounding margin: infinite where only the variant has a move, 0 where
  /// nobody has crises.
  @Test func levelBoundsCoverTheLargestRise() {
    let base = WhatIfSettings.base()
    var moves = base
    moves.transitions[1][2] *= 2
    moves.transitions[2][0] = 0.01
    moves.transitions[3][2] = 0.01
    moves.mechanisms.escalation.crisisMonthlyProbability[1] *= 3
    var ages = base
    ages.covariates.agePerYear.death = 1.1
    let simulations = [base, moves, ages].map { Simulation(parameters: $0) }
    let bounds = Simulation.withSteppers(of: simulations[...]) { steppers in
      [1, 2].map { variant in
        ThresholdWatch.levelBounds(
          of: [(simulations[variant].controlArmThresholds, steppers[variant])],
          over: (simulations[0].controlArmThresholds, steppers[0]))
      }
    }
    func expectClose(_ bound: Double, _ expected: Double, _ comment: Comment) {
      #expect(bound >= expected && bound <= expected * (1 + 1e-8), comment)
    }
    // Level 1's progression doubles and its crises triple; level 2 gains a recovery, which
    // triples its recoveries; the institution gains the first.
    expectClose(bounds[0][0].move, 1, "level 0 moves alike")
    #expect(bounds[0][0].crisis == 0, "nobody has crises at level 0")
    expectClose(bounds[0][1].move, 2, "level 1's progression")
    expectClose(bounds[0][1].crisis, 3, "level 1's crises")
    expectClose(bounds[0][2].move, 3, "level 2's recoveries")
    #expect(bounds[0][3].move == .infinity, "a kind of move the base's row does not have")
    // Death's ratio per year of age rises most at the oldest age, 65 years above the
    // reference; the institution has ratios of its own.
    expectClose(bounds[1][0].move, Foundation.pow(1.1, 65) / Foundation.pow(1.08, 65), "age")
    expectClose(bounds[1][3].move, 1, "the institution's own ratios")
    expectClose(bounds[1][1].crisis, 1, "crises rise with admission's ratio, unchanged")
  }

  /// Each threshold change sends some residents off the base's path, and the watch does not
  /// report every resident.
  ///
  /// The branching it sees is what the what-if tests rest on. Lived
  /// histories of decades read the thresholds far more often than the run's four years: with
  /// them, up to about half the residents branch off in these strong changes, without, fewer
  /// than half of the initial residents. Without them, only other population shares and other
  /// utilities start residents anew.
  @Test(arguments: [true, false])
  func everyThresholdChangeBranchesSomeResidents(lived: Bool) {
    let base = lived ? WhatIfSettings.base() : TestScenarios.drawnStart(WhatIfSettings.base())
    let thresholds = WhatIfSettings.thresholdsChanged(from: base)
    let (watch, _, _) = WhatIfSettings.watch(base, settings: thresholds, seed: 11)
    let most = lived ? base.residentsWithEntrants * 2 / 3 : base.residents / 2
    // A level's effects move everyone who spends a month at the level otherwise.
    let effectsChanged = WhatIfSettings.levelEffectsChanged(from: base).count
    for index in thresholds.indices {
      let branched = watch.divergences.count { $0.variants & 1 << UInt64(index) != 0 }
      let isLevelEffect = index >= thresholds.count - effectsChanged
      #expect(
        branched > 0 && (isLevelEffect || branched < most), "branch \(index): \(branched)")
      #expect(watch.uptakeTracking(of: index) == nil)
    }
    // Without lived histories, only the settings of population shares and of a level's effects
    // (the last ones) start residents anew: every one of the population shares.
    let restarting = Set(
      thresholds.indices.filter { !watch.historyBranchedResidents(of: $0).isEmpty })
    let sharesChanged = WhatIfSettings.populationSharesChanged(from: base).count
    let startsChanged = thresholds.indices.suffix(sharesChanged + effectsChanged)
    if lived {
      #expect(restarting.count > sharesChanged + effectsChanged)
    } else {
      #expect(restarting.isSubset(of: startsChanged))
      #expect(restarting.isSuperset(of: startsChanged.prefix(sharesChanged)))
    }
  }

  /// A resident branches off at most once in each variant.
  @Test func aResidentBranchesOffOncePerVariant() {
    let base = WhatIfSettings.base()
    let (watch, _, _) = WhatIfSettings.watch(
      base, settings: WhatIfSettings.thresholdsChanged(from: base), seed: 11)
    var seen = Set<[Int]>()
    for divergence in watch.divergences {
      ThresholdWatch.forEach(in: divergence.variants) { variant in
        #expect(seen.insert([divergence.resident, variant]).inserted)
      }
    }
  }

  @Test func theMasksFollowTheDecisionEachThresholdFeeds() {
    let base = WhatIfSettings.base()
    let settings = WhatIfSettings.thresholdsChanged(from: base)
    let (watch, _, _) = WhatIfSettings.watch(base, settings: settings, seed: 11)
    // loneliness ×2, carer breakdown ×2, unmet need ×2, signalling ×2, crisis admission ×2,
    // men's ratios ×2, transitions ×4, ratios of age ×4, crisis probabilities ×2, death after a
    // crisis ×2.
    #expect(watch.moveAndCrisisVariants == 0b11_1111_1111_1100_0011_1111)
    #expect(watch.signallingVariants == 0b1100_0000)
    #expect(watch.afterCrisisVariants == 0b1100_0000_0000_0011_0000_0000)
    #expect(watch.uptakeVariants == 0)
  }

  /// A month of a history that ends at a level whose carer strain a variant changes is where the
  /// variant takes the history up: the strain moved in that month, so the next month's start is
  /// too late.
  @Test func aHistoryMonthEndingAtAChangedLevelIsTakenUpFromItsStart() {
    let base = WhatIfSettings.base()
    var setting = base
    setting.needLevels[2].carerStrainPerMonth = 0
    let simulation = Simulation(parameters: base)
    let variant = Simulation(parameters: setting)
    let profile = simulation.makeResidents(seed: 1, replication: 0)[0]
    let monthBefore = HistoryMonth(
      month: 5, state: ResidentState(needLevel: 1, servedLevel: 1, qualityOfLife: 0.7),
      institutionalMonths: 0)
    let resume = simulation.withStepper { stepper in
      Simulation.withSteppers(of: [variant][...]) { variantSteppers in
        var watch = ThresholdWatch(
          base: simulation.controlArmThresholds, stepper: stepper,
          variants: [variant.controlArmThresholds], variantSteppers: variantSteppers,
          residents: base.residentsWithEntrants, months: base.months)
        watch.startHistory(of: 0, drawn: profile)
        watch.startHistoryTry(3)
        watch.startHistoryMonth(monthBefore)
        // The month before ended at level 2, where this month starts.
        watch.startHistoryMonth(
          HistoryMonth(
            month: 6, state: ResidentState(needLevel: 2, servedLevel: 1, qualityOfLife: 0.6),
            institutionalMonths: 0))
        return watch.historyResume(of: 0, variant: 0)
      }
    }
    #expect(resume == HistoryResume(attempt: 3, month: monthBefore))
  }
}
