/// Pricing: a month's care classes and events become costs per funder, once a month per arm.
///
/// Prices act only here, so scenarios that differ only in prices count the same and can share
/// their tallies (see ``ScenarioParameters/countingProjection``).
extension StepConstants {
  /// What the intervention itself costs, and what the services it replaces cost in the control
  /// arm.
  struct InterventionCosts: Sendable {
    var fixedMonthlyCost: Double
    var monthlyCostPerParticipant: Double
    /// Booked in the control arm (the MKBA's "new for old": the old way of working is saved).
    var replacedServicesMonthlyCost: SIMD8<Double>

    init(_ parameters: ScenarioParameters) {
      let intervention = parameters.intervention
      fixedMonthlyCost = intervention.fixedCostPerYear / 12
      monthlyCostPerParticipant = intervention.costPerParticipantPerYear / 12
      replacedServicesMonthlyCost = (intervention.replacedServicesAnnualCost * (1.0 / 12.0)).storage
    }
  }
}

extension MonthlyStepper {
  /// Prices every month of an arm's tally, adds the months' fixed costs and writes the outcome.
  func finish(_ arm: InterventionArm, tally: ArmTally, outcome: inout ReplicationOutcome) {
    let costs = constants.interventionCosts
    for month in 0..<tally.months {
      var counts = tally.counts[month]
      var monthCosts = costOfClasses(
        UnsafeMutableBufferPointer(start: tally.classes(in: month), count: tally.classesPerMonth),
        counts: &counts, serviceIntensity: tally.serviceIntensity[month])
      if arm == .intervention {
        monthCosts[Funder.intervention.rawValue] += costs.fixedMonthlyCost
      } else {
        monthCosts += costs.replacedServicesMonthlyCost
      }
      for funder in Funder.allCases {
        outcome[arm, month, OutcomeMetric(funder)] = monthCosts[funder.rawValue]
      }
      counts.record(into: &outcome, arm: arm, month: month)
      checkInvariants(arm: arm, month: month, outcome: outcome)
    }
  }

  /// Prices a month's care classes: care per funder, informal care and the per-participant cost.
  func costOfClasses(
    _ residentsByClass: UnsafeMutableBufferPointer<Int>, counts: inout MonthlyCounts,
    serviceIntensity: Double
  ) -> SIMD8<Double> {
    var costs = SIMD8<Double>.zero
    let efficiency = constants.efficiency.multiplier(serviceIntensity: serviceIntensity)
    for (index, residents) in residentsByClass.enumerated() where residents > 0 {
      let careClass = CareClass(index: index, levels: levels.count)
      let rule = levels[careClass.servedLevel]
      var care = monthlyCareCost(of: rule, band: careClass.costBand)
      var informal = careClass.hasActiveCarer ? rule.monthlyInformalCost : 0
      if careClass.isParticipatingWithEfficiency { care *= efficiency }
      if careClass.isSubstituted {
        (care, informal) = constants.substitution.cost(care: care, informal: informal)
      }
      care[Funder.informal.rawValue] = informal
      costs += care * Double(residents)
      counts.alive += residents
      // The served level has the resident's kind: care at home, or in an institution at once.
      if rule.isAtHome { counts.atHome += residents } else { counts.institutional += residents }
    }
    costs += constants.escalation.crisisCost * Double(counts.events.crises)
    costs += constants.extraCare.cost * Double(counts.events.extraTrajectories)
    costs[Funder.intervention.rawValue] =
      Double(counts.participants) * constants.interventionCosts.monthlyCostPerParticipant
    return costs
  }
}

extension Simulation {
  /// Prices both arms' tallies at this scenario's prices: the same bits as a plain run whose
  /// tallies count the same.
  func outcome(control: ArmTally, intervention: ArmTally) -> ReplicationOutcome {
    var outcome = ReplicationOutcome(months: parameters.months)
    withStepper { stepper in
      stepper.finish(.control, tally: control, outcome: &outcome)
      stepper.finish(.intervention, tally: intervention, outcome: &outcome)
    }
    return outcome
  }
}
