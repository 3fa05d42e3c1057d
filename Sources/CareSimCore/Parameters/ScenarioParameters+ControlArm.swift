/// What the control arm reads, so that analyses can tell when a change leaves it untouched.
extension ScenarioParameters {
  /// These parameters with every field the control arm never reads set to a fixed neutral value.
  ///
  /// Two scenarios with equal projections have identical control arms, replication by replication
  /// (the arms share random numbers), so a what-if analysis that changes only the intervention can
  /// reuse the control arm's totals instead of simulating it again. `SimulationTests` checks that
  /// changing any of the fields cleared here leaves the control arm unchanged.
  public var controlArmProjection: ScenarioParameters {
    var projection = self
    projection.intervention = Intervention(
      maximumEligibleLevel: 0, initialParticipationShare: 0, monthlyUptakeProbability: 0,
      uptakeRelativeRiskIfLonely: 1, monthlyDropoutProbability: 0, capacity: .unlimited,
      volunteering: .none, participantLonelinessResolution: 0, carerStrainMultiplier: 1,
      fixedCostPerYear: 0, costPerParticipantPerYear: 0,
      replacedServicesAnnualCost: intervention.replacedServicesAnnualCost)
    projection.mechanisms.signalling.participantMonthlyProbability = 0
    projection.mechanisms.prevention = Prevention(relativeRisk: 1)
    projection.mechanisms.escalation.participantRelativeRisk = 1
    projection.mechanisms.substitution = Substitution(
      share: 0, remainingCostShare: 0, funders: [], informalHoursPerWeek: 0,
      requiresVolunteer: false)
    projection.mechanisms.efficiency = Efficiency(costMultiplier: 1, funders: [])
    projection.mechanisms.extraCare = .none
    projection.qualityOfLife.participationGain = 0
    projection.qualityOfLife.volunteerGain = 0
    projection.fundingSplit = .zero
    projection.valuePerQALY = 0
    return projection
  }

  /// These parameters with every field cleared that neither the control arm nor the moment of
  /// uptake reads: eligibility, initial participation and uptake are kept.
  ///
  /// Two scenarios with equal projections have identical control arms, and in their intervention
  /// arms every resident takes up in the same month and state; only what the intervention does
  /// from then on differs (see `Simulation.interventionTally(after:)`).
  public var uptakeProjection: ScenarioParameters {
    var projection = controlArmProjection
    projection.intervention.maximumEligibleLevel = intervention.maximumEligibleLevel
    projection.intervention.initialParticipationShare = intervention.initialParticipationShare
    projection.intervention.monthlyUptakeProbability = intervention.monthlyUptakeProbability
    projection.intervention.uptakeRelativeRiskIfLonely = intervention.uptakeRelativeRiskIfLonely
    return projection
  }
}

extension ScenarioParameters {
  /// These parameters with every price cleared: what a run counts (residents per care class,
  /// quality of life, events) stays, what the counts cost goes.
  ///
  /// Two scenarios with equal projections count the same, replication by replication, and differ
  /// only in how the counts are priced, discounted and valued. Efficiency keeps only whether it
  /// changes a participant's cost, as that decides how participants are counted (see `CareClass`).
  public var countingProjection: ScenarioParameters {
    var projection = self
    for index in projection.needLevels.indices {
      projection.needLevels[index].annualCareCost = .zero
      projection.needLevels[index].informalCareHoursPerWeek = 0
    }
    projection.informalCare.shadowPricePerHour = 0
    projection.mechanisms.escalation.crisisCost = .zero
    projection.mechanisms.extraCare.costPerTrajectory = .zero
    projection.mechanisms.substitution.remainingCostShare = 0
    projection.mechanisms.substitution.informalHoursPerWeek = 0
    let efficiency = mechanisms.efficiency
    projection.mechanisms.efficiency.costMultiplier =
      efficiency.funders.isEmpty || efficiency.costMultiplier == 1 ? 1 : 0
    projection.intervention.fixedCostPerYear = 0
    projection.intervention.costPerParticipantPerYear = 0
    projection.intervention.replacedServicesAnnualCost = .zero
    projection.fundingSplit = .zero
    projection.discounting = DiscountRates(costs: 0, effects: 0)
    projection.valuePerQALY = 0
    return projection
  }

  /// These parameters with the ``uptakeProjection`` and the ``countingProjection`` applied, and the
  /// thresholds of the control arm's draws cleared: the binary covariates' hazard ratios
  /// (loneliness, carer breakdown, unmet need), the signalling and crisis admission probabilities
  /// and the uptake probability and its relative risk for lonely residents.
  ///
  /// A scenario with the base's projection moves each control-arm resident exactly as the base
  /// does until a draw falls between the two scenarios' thresholds; from that month on, only that
  /// resident needs moving again (see `ThresholdWatch`). Until then, uptake differs only in the
  /// month each resident takes up, which the base's control run can note too.
  public var branchingProjection: ScenarioParameters {
    var projection = uptakeProjection.countingProjection
    projection.intervention.monthlyUptakeProbability = 0
    projection.intervention.uptakeRelativeRiskIfLonely = 1
    projection.covariates.loneliness = .none
    projection.covariates.carerBreakdown = .none
    projection.covariates.unmetNeed = .none
    projection.mechanisms.signalling.monthlyProbability = 0
    projection.mechanisms.escalation.crisisAdmissionProbability = 0
    return projection
  }
}
