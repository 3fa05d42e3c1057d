/// Care costs by age: within a need level, each payer's cost rises with age by the scenario's
/// factors. It acts where months are counted and priced: a resident's month is counted in the
/// care class of its band of age (see ``CareClass``), and each band's classes are priced at its
/// factors (see `MonthlyStepper+Pricing.swift`), so costs stay exact sums of integer counts on
/// every path. Without bands a month has a single band, and no class more than before.
extension StepConstants {
  /// The constants of care costs by age.
  struct CostsByAge: StepMechanism {
    /// The bands of age a month's care classes are split into: one more than the ages at which a
    /// band starts, or 1 without bands.
    var bandCount: Int

    init(_ parameters: ScenarioParameters) {
      let boundaries = parameters.costsByAge.boundaries
      bandCount = boundaries.isEmpty ? 1 : boundaries.count + 1
    }

    /// Costs change with age when some band starts (even at a factor of 1, the months are
    /// counted by band: see ``clear(_:in:)``).
    var acts: Bool { bandCount > 1 }

    /// The factors are prices; the ages at which bands start decide how months are counted, so a
    /// counting projection keeps them.
    static func clear(_ fields: MechanismFields, in parameters: inout ScenarioParameters) {
      switch fields {
      case .prices:
        parameters.costsByAge.bands = parameters.costsByAge.bands.mapValues { bands in
          bands.map { CareCostsByAge.Band(fromAge: $0.fromAge, factor: 1) }
        }
      case .afterUptake, .uptake: break
      }
    }
  }
}

/// The tables of care costs by age: the first care class of each whole year of age's band, the
/// age at which the next band starts, and each band's factors per funder.
struct CostsByAgeTables: Sendable {
  /// The index of the band's first care class in a month (band × classes per band), for each
  /// age from 0 to ``CovariateTables/maximumAge`` in whole years; all 0 without bands.
  let classOffsetByAge: [Int]
  /// For the same ages, the age in whole years at which the next band starts; beyond the last
  /// boundary, an age no resident reaches.
  let nextBoundaryByAge: [Int]
  /// Per band, the factors on Wmo, Zvw and Wlz care (1 on the other lines).
  let factorsByBand: [SIMD8<Double>]

  /// An age beyond every boundary and every resident (ages are clamped at 130 and horizons are
  /// at most 50 years).
  static let never = 1 << 40

  /// - Parameters:
  ///   - parameters: The scenario.
  ///   - classesPerBand: The care classes of one band in a month (see ``CareClass/perLevel``).
  init(_ parameters: ScenarioParameters, classesPerBand: Int) {
    let costs = parameters.costsByAge
    let boundaries = costs.boundaries
    precondition(
      boundaries.count <= CareCostsByAge.maximumBoundaries
        && boundaries.allSatisfy { (0...CovariateTables.maximumAge).contains($0) },
      "at most \(CareCostsByAge.maximumBoundaries) bands of age, each from 0 to "
        + "\(CovariateTables.maximumAge), got \(boundaries)")
    let ages = 0...CovariateTables.maximumAge
    classOffsetByAge = ages.map { age in boundaries.count { $0 <= age } * classesPerBand }
    nextBoundaryByAge = ages.map { age in boundaries.first { $0 > age } ?? Self.never }
    // Band 0 lies below every boundary (factor 1); band k from the k-th boundary on.
    factorsByBand =
      [SIMD8(repeating: 1)]
      + boundaries.map { age in
        var factors = SIMD8<Double>(repeating: 1)
        for funder in Funder.payers {
          factors[funder.rawValue] = costs.factor(funder, atAge: age)
        }
        return factors
      }
  }
}

extension CostsByAgeTables {
  /// Calls `body` with buffer pointers to the tables, valid for the call only.
  func withBuffers<Result>(
    _ body: (
      _ classOffsets: UnsafeBufferPointer<Int>, _ nextBoundaries: UnsafeBufferPointer<Int>,
      _ factors: UnsafeBufferPointer<SIMD8<Double>>
    ) -> Result
  ) -> Result {
    classOffsetByAge.withUnsafeBufferPointer { classOffsets in
      nextBoundaryByAge.withUnsafeBufferPointer { nextBoundaries in
        factorsByBand.withUnsafeBufferPointer { factors in
          body(classOffsets, nextBoundaries, factors)
        }
      }
    }
  }
}

/// A resident's band of care costs by age over a stretch of months.
struct CostBand {
  /// The index of the band's first care class in a month.
  var classOffset: Int
  /// The months from the given age until the next band starts: far beyond any horizon without
  /// bands, or past the last.
  var months: Int
}

extension MonthlyStepper {
  /// The band of care costs of a resident aged `ageInMonths`, and how long they stay in it.
  ///
  /// The resident-by-resident driver asks once a band (once a run without bands) and counts the
  /// months in between at the band's classes, so that bands cost nothing in the common month.
  @inline(__always)
  func costBand(ageInMonths: Int) -> CostBand {
    guard constants.costsByAge.acts else {
      return CostBand(classOffset: 0, months: CostsByAgeTables.never)
    }
    let row = CovariateTables.row(ofAgeInMonths: ageInMonths)
    return CostBand(
      classOffset: costBandOffsets[row], months: costBandBoundaries[row] &* 12 &- ageInMonths)
  }

  /// A band's care cost of `level` per month: the level's cost times the band's factors.
  @inline(__always)
  func monthlyCareCost(of rule: LevelRule, band: Int) -> SIMD8<Double> {
    guard constants.costsByAge.acts else { return rule.monthlyCareCost }
    return rule.monthlyCareCost * costBandFactors[band]
  }
}

/// How the month-by-month driver finds each resident's band of care costs: specialised once a
/// month, so that a scenario without bands does no lookup.
protocol CostBandLookup {
  func classOffset(ageInMonths: Int) -> Int
}

/// A scenario without bands: every month in the one band.
struct SingleCostBand: CostBandLookup {
  @inline(__always) func classOffset(ageInMonths: Int) -> Int { 0 }
}

/// A scenario with bands: a lookup by whole year of age.
struct CostBandTable: CostBandLookup {
  let classOffsets: UnsafeBufferPointer<Int>

  @inline(__always) func classOffset(ageInMonths: Int) -> Int {
    classOffsets[CovariateTables.row(ofAgeInMonths: ageInMonths)]
  }
}
