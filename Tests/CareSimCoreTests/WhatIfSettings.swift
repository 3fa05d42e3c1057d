@testable import CareSimCore

/// What-if settings of the test scenarios, one for each kind of sharing, and a watched control run.
enum WhatIfSettings {
  /// A base in which residents move often enough that every threshold matters within the horizon,
  /// and whose residents' starts are lived, so that histories branch off too.
  static func base() -> ScenarioParameters {
    var base = TestScenarios.everyMechanism(residents: 120, months: 48)
    base.intervention.capacity = Capacity(coordinatorSlots: 10, participantsPerVolunteer: 2)
    base.intervention.monthlyUptakeProbability = 0.05
    base.covariates.unmetNeed = HazardRatios(progression: 1.4, admission: 1.5, death: 1)
    // Carers break down within the horizon.
    base.informalCare.breakdownThreshold = 0.5
    // The independent have no crises, so that a setting can give them some; a crisis is
    // deadlier, so that its death threshold matters within the horizon.
    base.mechanisms.escalation.crisisMonthlyProbability[0] = 0
    base.mechanisms.escalation.crisisDeathProbability = 0.2
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

  /// Settings that change one threshold of the control arm's draws each, both ways, then those of
  /// the population's shares and of a level's effects.
  static func thresholdsChanged(from base: ScenarioParameters) -> [ScenarioParameters] {
    changed(
      base,
      { $0.covariates.loneliness = HazardRatios(progression: 2.5, admission: 2, death: 1.5) },
      { $0.covariates.loneliness = .none },
      { $0.covariates.carerBreakdown.admission = 4 },
      { $0.covariates.carerBreakdown.admission = 1.2 },
      { $0.covariates.unmetNeed.progression = 3 },
      { $0.covariates.unmetNeed = .none },
      { $0.mechanisms.signalling.monthlyProbability = 0.05 },
      { $0.mechanisms.signalling.monthlyProbability = 1 },
      { $0.mechanisms.escalation.crisisAdmissionProbability = 0 },
      { $0.mechanisms.escalation.crisisAdmissionProbability = 0.7 },
      { $0.covariates.male = HazardRatios(progression: 1.3, admission: 1.5, death: 2) },
      { $0.covariates.male = .none },
      // A transition up and down, from 0 to positive (a recovery the row did not have) and to 0
      // (the admission of the independent).
      { $0.transitions[1][2] = 0.04 },
      { $0.transitions[2][4] = 0.004 },
      { $0.transitions[2][0] = 0.01 },
      { $0.transitions[0][3] = 0 },
      // Ratios per year of age up and down, a level's own among them, and their reference age.
      { $0.covariates.agePerYear.death = 1.1 },
      { $0.covariates.agePerYear.progression = 1 },
      { $0.covariates.agePerYearByLevel[3]?.death = 1.05 },
      { $0.covariates.referenceAge = 66 },
      // A level's crisis probability from 0 to positive and down; death after a crisis up and
      // down.
      { $0.mechanisms.escalation.crisisMonthlyProbability[0] = 0.01 },
      { $0.mechanisms.escalation.crisisMonthlyProbability[2] /= 4 },
      { $0.mechanisms.escalation.crisisDeathProbability = 0.6 },
      { $0.mechanisms.escalation.crisisDeathProbability = 0.02 },
    ) + populationSharesChanged(from: base) + levelEffectsChanged(from: base)
  }

  /// Settings that change a level's utility or carer strain, up, down and to 0.
  static func levelEffectsChanged(from base: ScenarioParameters) -> [ScenarioParameters] {
    changed(
      base,
      { $0.needLevels[2].utility += 0.1 },
      { $0.needLevels[3].utility -= 0.1 },
      { $0.needLevels[1].carerStrainPerMonth *= 2 },
      { $0.needLevels[2].carerStrainPerMonth = 0 },
    )
  }

  /// Settings that change the shares residents are drawn from, of the initial residents and the
  /// entrants: who the residents are (age, sex, living alone) and the states they start from
  /// (need, loneliness, a carer), on arrival or at the start of each try at a history.
  static func populationSharesChanged(from base: ScenarioParameters) -> [ScenarioParameters] {
    changed(
      base,
      { $0.population.livingAloneShare = 0.7 },
      { $0.population.femaleShare = 0.3 },
      {
        $0.population.ageBands[0].share -= 0.05
        $0.population.ageBands[2].share += 0.05
      },
      { $0.population.initialNeedShares = [0.4, 0.3, 0.3, 0, 0] },
      { $0.population.lonelinessLivingAlone = 0.9 },
      { $0.population.carerLivingWithOthers = 0.3 },
      { $0.entrants?.profile.lonelinessLivingWithOthers = 0.6 },
      { $0.entrants?.profile.initialNeedShares = [1, 0, 0, 0, 0] },
    )
  }

  /// `base` changed by each of `changes`: one setting each.
  static func changed(
    _ base: ScenarioParameters, _ changes: (inout ScenarioParameters) -> Void...
  ) -> [ScenarioParameters] {
    changes.map { change in
      var setting = base
      change(&setting)
      return setting
    }
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

  /// Lives the base's residents' histories and runs its control arm under a watch of
  /// `settings`, as ``Simulation/runControlArmNotingUptake(seed:replication:branches:)`` does.
  static func watch(
    _ base: ScenarioParameters, settings: [ScenarioParameters], seed: UInt64
  ) -> (watch: ThresholdWatch, interventionStates: [ResidentState], record: UptakeRecord) {
    let simulation = Simulation(parameters: base)
    let variants = settings.map { Simulation(parameters: $0) }
    return simulation.withStepper { stepper in
      Simulation.withSteppers(of: variants[...]) { variantSteppers in
        var watch = ThresholdWatch(
          base: simulation.controlArmThresholds, stepper: stepper,
          variants: variants.map(\.controlArmThresholds), variantSteppers: variantSteppers,
          residents: base.residentsWithEntrants, months: base.months)
        let profiles = simulation.makeResidents(seed: seed, replication: 0, stepWatch: &watch)
        var states = profiles.map { simulation.initialState(of: $0, arm: .control) }
        let interventionStates = profiles.map {
          simulation.initialState(of: $0, arm: .intervention)
        }
        watch.startTracking(
          from: UptakeRecord.start(interventionStates: interventionStates, months: base.months))
        let record = stepper.recordUptake(
          profiles: profiles, controlStates: &states, interventionStates: interventionStates,
          months: base.months, stepWatch: &watch)
        return (watch, interventionStates, record)
      }
    }
  }

  /// The control run of `parameters` on its own, as a branch of another must give it.
  static func ownRecord(_ parameters: ScenarioParameters, seed: UInt64) -> UptakeRecord {
    let simulation = Simulation(parameters: parameters)
    let profiles = simulation.makeResidents(seed: seed, replication: 0)
    var states = profiles.map { simulation.initialState(of: $0, arm: .control) }
    var noWatch = NoStepWatch()
    return simulation.withStepper { stepper in
      stepper.recordUptake(
        profiles: profiles, controlStates: &states,
        interventionStates: profiles.map { simulation.initialState(of: $0, arm: .intervention) },
        months: parameters.months, stepWatch: &noWatch)
    }
  }

  /// Every field the projection clears, changed at once.
  static func interventionChanged() -> ScenarioParameters {
    var changed = TestScenarios.everyMechanism()
    changed.intervention.maximumEligibleLevel = 2
    changed.intervention.initialParticipationShare = 0.6
    changed.intervention.monthlyUptakeProbability = 0.1
    changed.intervention.uptakeRelativeRiskIfLonely = 3
    changed.intervention.monthlyDropoutProbability = 0.05
    changed.intervention.capacity = Capacity(coordinatorSlots: 5, participantsPerVolunteer: 2)
    changed.intervention.volunteering = Volunteering(
      initialShareOfParticipants: 0.5, monthlyProbability: 0.1, monthlyDropoutProbability: 0.1)
    changed.intervention.participantLonelinessResolution = 0.5
    changed.intervention.carerStrainMultiplier = 0.2
    changed.intervention.fixedCostPerYear = 1e6
    changed.intervention.costPerParticipantPerYear = 900
    changed.mechanisms.signalling.participantMonthlyProbability = 0.99
    changed.mechanisms.prevention.relativeRisk = 0.3
    changed.mechanisms.escalation.participantRelativeRisk = 0.2
    changed.mechanisms.substitution = Substitution(
      share: 0.9, remainingCostShare: 0.5, funders: [.wmo, .zvw], informalHoursPerWeek: 4,
      requiresVolunteer: false, atEnrolment: true)
    changed.mechanisms.efficiency = Efficiency(costMultiplier: 0.5, funders: [.wmo, .zvw])
    changed.mechanisms.extraCare = ExtraCare(
      trajectoriesPerParticipantYear: 2, costPerTrajectory: FunderAmounts(wmo: 5000))
    changed.qualityOfLife.participationGain = 0.2
    changed.qualityOfLife.volunteerGain = 0.1
    changed.fundingSplit = FunderAmounts(zvw: 1)
    changed.valuePerQALY = 1
    return changed
  }

  /// Every field the uptake projection clears, changed at once: all but eligibility, initial
  /// participation and uptake.
  static func afterUptakeChanged(from base: ScenarioParameters) -> ScenarioParameters {
    var changed = interventionChanged()
    changed.residents = base.residents
    changed.months = base.months
    changed.population.start = base.population.start
    changed.entrants?.profile.start = base.entrants?.profile.start ?? .drawn
    changed.intervention.maximumEligibleLevel = base.intervention.maximumEligibleLevel
    changed.intervention.initialParticipationShare = base.intervention.initialParticipationShare
    changed.intervention.monthlyUptakeProbability = base.intervention.monthlyUptakeProbability
    changed.intervention.uptakeRelativeRiskIfLonely = base.intervention.uptakeRelativeRiskIfLonely
    return changed
  }

}
