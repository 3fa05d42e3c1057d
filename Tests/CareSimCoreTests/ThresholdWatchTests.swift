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

  /// Each threshold change sends some residents off the base's path, and the watch does not
  /// report every resident.
  ///
  /// The branching it sees is what the what-if tests rest on. Lived
  /// histories of decades read the thresholds far more often than the run's four years: with
  /// them, up to about half the residents branch off in these strong changes, without, fewer
  /// than half of the initial residents.
  @Test(arguments: [true, false])
  func everyThresholdChangeBranchesSomeResidents(lived: Bool) {
    let base = lived ? WhatIfSettings.base() : TestScenarios.drawnStart(WhatIfSettings.base())
    let thresholds = WhatIfSettings.thresholdsChanged(from: base)
    let (watch, _, _) = WhatIfSettings.watch(base, settings: thresholds, seed: 11)
    let most = lived ? base.residentsWithEntrants * 2 / 3 : base.residents / 2
    for index in thresholds.indices {
      let branched = watch.divergences.count { $0.variants & 1 << UInt64(index) != 0 }
      #expect(branched > 0 && branched < most, "branch \(index): \(branched)")
      #expect(watch.uptakeTracking(of: index) == nil)
    }
    #expect(lived == !watch.historyBranched.isEmpty)
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
}
