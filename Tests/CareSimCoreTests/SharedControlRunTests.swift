import Testing

@testable import CareSimCore

/// What-if settings that share the base's control run: re-priced, and branched where their
/// thresholds move a resident differently.
@Suite struct SharedControlRunTests {
  /// A base in which residents move often enough that every threshold matters within the horizon.
  static func base() -> ScenarioParameters {
    var base = TestScenarios.everyMechanism(residents: 120, months: 48)
    base.intervention.capacity = Capacity(coordinatorSlots: 10, participantsPerVolunteer: 2)
    base.intervention.monthlyUptakeProbability = 0.05
    base.covariates.unmetNeed = HazardRatios(progression: 1.4, admission: 1.5, death: 1)
    // Carers break down within the horizon.
    base.informalCare.breakdownThreshold = 0.5
    return base
  }

  /// Every price of the scenario changed at once.
  static func pricesChanged(from base: ScenarioParameters) -> ScenarioParameters {
    var changed = base
    for index in changed.needLevels.indices {
      changed.needLevels[index].annualCareCost = changed.needLevels[index].annualCareCost * 1.5
      changed.needLevels[index].informalCareHoursPerWeek += 2
    }
    changed.informalCare.shadowPricePerHour += 5
    changed.mechanisms.escalation.crisisCost = FunderAmounts(wmo: 100, zvw: 9000, wlz: 50)
    changed.mechanisms.extraCare.costPerTrajectory = FunderAmounts(wmo: 700)
    changed.mechanisms.substitution.remainingCostShare = 0.3
    changed.mechanisms.substitution.informalHoursPerWeek += 1
    changed.mechanisms.efficiency.costMultiplier = 0.7
    changed.intervention.fixedCostPerYear += 10_000
    changed.intervention.costPerParticipantPerYear += 300
    changed.intervention.replacedServicesAnnualCost = FunderAmounts(wmo: 1000)
    changed.fundingSplit = FunderAmounts(wmo: 0.5, zvw: 0.5)
    changed.discounting = DiscountRates(costs: 0.03, effects: 0.02)
    changed.valuePerQALY = 80_000
    return changed
  }

  /// Settings that change one threshold of the control arm's draws each, both ways.
  static func thresholdsChanged(from base: ScenarioParameters) -> [ScenarioParameters] {
    var settings: [ScenarioParameters] = []
    func adding(_ change: (inout ScenarioParameters) -> Void) {
      var setting = base
      change(&setting)
      settings.append(setting)
    }
    adding { $0.covariates.loneliness = HazardRatios(progression: 2.5, admission: 2, death: 1.5) }
    adding { $0.covariates.loneliness = .none }
    adding { $0.covariates.carerBreakdown.admission = 4 }
    adding { $0.covariates.carerBreakdown.admission = 1.2 }
    adding { $0.covariates.unmetNeed.progression = 3 }
    adding { $0.covariates.unmetNeed = .none }
    adding { $0.mechanisms.signalling.monthlyProbability = 0.05 }
    adding { $0.mechanisms.signalling.monthlyProbability = 1 }
    adding { $0.mechanisms.escalation.crisisAdmissionProbability = 0 }
    adding { $0.mechanisms.escalation.crisisAdmissionProbability = 0.7 }
    return settings
  }

  /// Settings that change only uptake: nobody moves differently in the control arm.
  static func uptakeChanged(from base: ScenarioParameters) -> [ScenarioParameters] {
    var more = base
    more.intervention.monthlyUptakeProbability *= 2
    var less = base
    less.intervention.monthlyUptakeProbability /= 3
    var lonelyLess = base
    lonelyLess.intervention.uptakeRelativeRiskIfLonely = 1
    return [more, less, lonelyLess]
  }

  /// Runs the base's control arm under a watch of `settings`.
  static func watch(
    _ base: ScenarioParameters, settings: [ScenarioParameters], seed: UInt64
  ) -> (watch: ThresholdWatch, interventionStates: [ResidentState], record: UptakeRecord) {
    let simulation = Simulation(parameters: base)
    let profiles = simulation.makeResidents(seed: seed, replication: 0)
    var states = profiles.map { simulation.initialState(of: $0, arm: .control) }
    let interventionStates = profiles.map { simulation.initialState(of: $0, arm: .intervention) }
    var watch = ThresholdWatch(
      base: simulation.controlArmThresholds,
      variants: settings.map { Simulation(parameters: $0).controlArmThresholds },
      startingFrom: UptakeRecord.start(interventionStates: interventionStates, months: base.months),
      months: base.months, classesPerMonth: base.needLevels.count * CareClass.perLevel)
    let record = simulation.withStepper { stepper in
      stepper.recordUptake(
        profiles: profiles, controlStates: &states, interventionStates: interventionStates,
        months: base.months, stepWatch: &watch)
    }
    return (watch, interventionStates, record)
  }

  @Test func pricesChangeOnlyWhatTheCountsCost() {
    let base = Self.base()
    let changed = Self.pricesChanged(from: base)
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

  @Test func branchesGiveTheBitsOfTheirPlainRuns() {
    let base = Self.base()
    var combined = ControlArmProjectionTests.afterUptakeChanged(from: base)
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
      Self.thresholdsChanged(from: base) + Self.uptakeChanged(from: base) + [
        efficiencyOff, Self.pricesChanged(from: base), combined, base,
        Self.pricesChanged(from: combined),
      ]
    #expect(settings.allSatisfy { $0.branchingProjection == base.branchingProjection })
    let plain = settings.map {
      ScenarioEvaluation.totals($0, replications: 4, seed: 11, threads: 1)
    }
    for threads in [1, 3] {
      let evaluator = WhatIfEvaluator(base: base, replications: 4, seed: 11, threads: threads)
      #expect(evaluator.totals(of: settings) == plain, "\(threads) threads")
    }
    let basePlain = plain[settings.firstIndex(of: base)!]
    for (setting, totals) in zip(settings, plain) where setting != base {
      #expect(totals != basePlain, "every setting must change the totals")
    }
  }

  /// The test above is only as strong as the branching it sees: each threshold change must send
  /// some residents off the base's path, and the watch must not report every resident; each uptake
  /// change must move some join months and branch nobody.
  @Test func everyThresholdChangeBranchesSomeResidents() {
    let base = Self.base()
    let thresholds = Self.thresholdsChanged(from: base)
    let uptakes = Self.uptakeChanged(from: base)
    let (watch, _, record) = Self.watch(base, settings: thresholds + uptakes, seed: 11)
    for index in thresholds.indices {
      let branched = watch.divergences.count { $0.variants & 1 << UInt64(index) != 0 }
      #expect(branched > 0 && branched < base.residents / 2, "branch \(index): \(branched)")
      #expect(watch.uptakeTracking(of: index) == nil)
    }
    for index in uptakes.indices.map({ $0 + thresholds.count }) {
      #expect(!watch.divergences.contains { $0.variants & 1 << UInt64(index) != 0 })
      let joinMonths = watch.uptakeTracking(of: index)?.joinMonths ?? []
      #expect(joinMonths.count == base.residents && joinMonths != record.joinMonths)
    }
  }

  /// An initial participant has taken part from the start; one who branches off in the first
  /// month must keep taking part in the branch.
  @Test func initialParticipantsWhoBranchAtOnceKeepTakingPart() {
    var base = Self.base()
    base.residents = 2000
    base.months = 2
    base.intervention.initialParticipationShare = 0.5
    let settings = Self.thresholdsChanged(from: base)
    let plain = settings.map { ScenarioEvaluation.totals($0, replications: 1, seed: 5, threads: 1) }
    let evaluator = WhatIfEvaluator(base: base, replications: 1, seed: 5, threads: 1)
    #expect(evaluator.totals(of: settings) == plain)

    let (watch, interventionStates, _) = Self.watch(base, settings: settings, seed: 5)
    #expect(
      watch.divergences.contains {
        $0.month == 0 && interventionStates[$0.resident].participation == .participating
      }, "the test needs an initial participant who branches off in the first month")
  }

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
}
