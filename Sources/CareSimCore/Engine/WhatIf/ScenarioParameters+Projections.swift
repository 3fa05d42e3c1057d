/// What a run reads of a scenario, kind by kind, so that a what-if analysis can tell which
/// settings can share work.
///
/// Each projection sets some kinds of field to fixed values: two scenarios with equal projections
/// differ only in fields of those kinds. The mechanisms say which of their fields are of which
/// kind (``StepMechanism/clear(_:in:)``, beside each sub-model); the fields outside the mechanisms
/// (the ladder's care costs, the intervention's own costs, the accounting) are listed here, and
/// the control arm's thresholds in ``ControlArmThreshold``.
extension ScenarioParameters {
  /// These parameters with every field the control arm never reads set to a fixed value.
  ///
  /// Two scenarios with equal projections have identical control arms, replication by replication
  /// (the arms share random numbers), so a what-if analysis that changes only the intervention can
  /// reuse the control arm's totals instead of simulating it again.
  package var controlArmProjection: ScenarioParameters {
    clearing([.afterUptake, .uptake])
  }

  /// These parameters with every field cleared that neither the control arm nor the moment of
  /// uptake reads: eligibility, initial participation and uptake are kept.
  ///
  /// Two scenarios with equal projections have identical control arms, and in their intervention
  /// arms every resident takes up in the same month and state; only what the intervention does
  /// from then on differs (see ``Simulation/interventionTally(after:)``).
  package var uptakeProjection: ScenarioParameters {
    clearing([.afterUptake])
  }

  /// These parameters with every price cleared: what a run counts (residents per care class,
  /// quality of life, events) stays, what the counts cost goes.
  ///
  /// Two scenarios with equal projections count the same, replication by replication, and differ
  /// only in how the counts are priced, discounted and valued. Efficiency keeps only whether it
  /// acts, as that decides how participants are counted (see ``CareClass``).
  package var countingProjection: ScenarioParameters {
    clearing([.prices])
  }

  /// These parameters with the ``uptakeProjection`` and the ``countingProjection`` applied, and
  /// every ``ControlArmThreshold`` cleared.
  ///
  /// A scenario with the base's projection moves each control-arm resident exactly as the base
  /// does until a draw falls between the two scenarios' thresholds; from that month on, only that
  /// resident needs moving again (see ``ThresholdWatch``). Until then, uptake differs only in the
  /// month each resident takes up, which the base's control run can note too. Histories before
  /// the run are watched alike: a resident whose history moves otherwise starts anew.
  package var branchingProjection: ScenarioParameters {
    var projection = clearing([.afterUptake, .prices])
    for threshold in ControlArmThreshold.allCases { threshold.clear(in: &projection) }
    return projection
  }

  /// These parameters with the fields of `kinds` set to fixed values, kind by kind.
  func clearing(_ kinds: [MechanismFields]) -> ScenarioParameters {
    var projection = self
    for kind in kinds {
      for mechanism in Mechanism.allCases { mechanism.model.clear(kind, in: &projection) }
      projection.clearOutsideMechanisms(kind)
    }
    return projection
  }

  /// Clears the fields of `kind` that belong to no mechanism.
  private mutating func clearOutsideMechanisms(_ kind: MechanismFields) {
    switch kind {
    case .afterUptake:
      // The intervention's own costs and the accounting of its arm against the control arm.
      intervention.fixedCostPerYear = 0
      intervention.costPerParticipantPerYear = 0
      fundingSplit = .zero
      valuePerQALY = 0
    case .uptake:
      break
    case .prices:
      for index in needLevels.indices {
        needLevels[index].annualCareCost = .zero
        needLevels[index].informalCareHoursPerWeek = 0
      }
      intervention.fixedCostPerYear = 0
      intervention.costPerParticipantPerYear = 0
      intervention.replacedServicesAnnualCost = .zero
      fundingSplit = .zero
      discounting = DiscountRates(costs: 0, effects: 0)
      valuePerQALY = 0
    }
  }
}
