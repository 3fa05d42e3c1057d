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
  /// from then on differs (see ``Simulation/runIntervention(after:)``).
  public var uptakeProjection: ScenarioParameters {
    var projection = controlArmProjection
    projection.intervention.maximumEligibleLevel = intervention.maximumEligibleLevel
    projection.intervention.initialParticipationShare = intervention.initialParticipationShare
    projection.intervention.monthlyUptakeProbability = intervention.monthlyUptakeProbability
    projection.intervention.uptakeRelativeRiskIfLonely = intervention.uptakeRelativeRiskIfLonely
    return projection
  }
}
