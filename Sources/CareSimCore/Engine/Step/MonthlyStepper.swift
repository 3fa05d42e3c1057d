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
  /// The first care class of each whole year of age's cost band, and the age at which the next
  /// band starts (see ``CostsByAgeTables``).
  let costBandOffsets: UnsafeBufferPointer<Int>
  let costBandBoundaries: UnsafeBufferPointer<Int>
  /// Each cost band's factors per funder.
  let costBandFactors: UnsafeBufferPointer<SIMD8<Double>>
  let constants: StepConstants

  /// Care classes of one cost band in a month: ``CareClass/perLevel`` for every level.
  var classesPerBand: Int { levels.count * CareClass.perLevel }

  /// Care classes of one month: those of every cost band.
  var classesPerMonth: Int { classesPerBand * constants.costsByAge.bandCount }
}
