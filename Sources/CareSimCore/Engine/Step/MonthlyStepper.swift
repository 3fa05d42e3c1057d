/// The model's month: accrue each living resident's month, then move them to the next.
///
/// The month is written once, as an ordered list of phases in `MonthlyStepper+Month.swift`; each
/// mechanism acts in its own `MonthlyStepper+<Mechanism>.swift`. The drivers in `Engine/Drivers/`
/// choose only the order in which residents and months are visited, and the what-if sharing in
/// `Engine/WhatIf/` calls the month's own decisions with other thresholds.
///
/// A stepper holds buffer pointers into a ``Simulation``'s tables and is valid only inside
/// ``Simulation/withStepper(_:)``; it reads nothing that is reference-counted, so the hot loop is
/// loads and arithmetic.
struct MonthlyStepper {
  let levels: UnsafeBufferPointer<LevelRule>
  let moves: UnsafeBufferPointer<MonthlyTransition.Move>
  let ageRatios: UnsafeBufferPointer<HazardRatios>
  let qualityRatios: UnsafeBufferPointer<HazardRatios>
  let covariates: CovariateTables.Scalars
  let constants: StepConstants

  /// Care classes of one month: ``CareClass/perLevel`` for every level of the ladder.
  var classesPerMonth: Int { levels.count * CareClass.perLevel }
}
