// The standard library has no pow; take it from the platform C library rather than
// Foundation, which Core avoids (STYLE.md, convention 1).
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#elseif canImport(ucrt)
import ucrt
#endif

/// Covariates: hazard ratios on the need move, tabulated by whole year of age and by hundredth of
/// quality of life, and binary covariates (loneliness, carer breakdown, unmet need, sex) as
/// scalars (see `MonthlyStepper+NeedMove.swift`, which reads them).
///
/// Compounded ratios (ratio^(years above reference)) would cost a `pow` per resident-month; a table of
/// whole years, as life tables use, and of quality of life in steps of 0.01 costs a lookup.
struct CovariateTables: Sendable {
  /// The binary covariates and the switch, without references (see ``StepTables``).
  struct Scalars: Sendable, Equatable {
    var loneliness: HazardRatios
    var carerBreakdown: HazardRatios
    var unmetNeed: HazardRatios
    /// Men's ratios relative to women's.
    var male: HazardRatios
    var referenceQualityOfLife: Double
    /// Rows of ``CovariateTables/byAge`` between one level's block and the next: 0 when every
    /// level has the common ratios per year of age, so one block serves them all.
    var levelStride: Int
    /// False when every ratio is 1, so the step can skip the lookups.
    var isActive: Bool
  }

  static let maximumAge = 130
  /// The row of men aged 0 in a level's block of ``byAge``.
  static let menFirstRow = maximumAge + 1
  /// The rows of one level's block: women's, then men's.
  static let rowsPerLevel = 2 * (maximumAge + 1)
  /// Ratios for age 0...maximumAge in whole years, first for women, then for men.
  ///
  /// A man's row is the woman's times the ratios for men. One block of rows per level of the
  /// ladder when some level has ratios per year of age of its own (see
  /// ``Scalars/levelStride``), else one block.
  let byAge: [HazardRatios]
  /// A woman's row in a level's block of ``byAge`` at an age in months: whole years, at most
  /// ``maximumAge``.
  @inline(__always)
  static func row(ofAgeInMonths ageInMonths: Int) -> Int {
    // Unsigned division by a constant is a multiplication and a shift, three instructions
    // fewer than the signed one; a resident's age is never negative.
    min(Int(bitPattern: UInt(bitPattern: ageInMonths) / 12), maximumAge)
  }

  /// Ratios for quality of life from 0 to 1 below the reference, in hundredths.
  let byQualityOfLifeShortfall: [HazardRatios]
  let scalars: Scalars

  init(_ parameters: ScenarioParameters) {
    self.init(parameters.covariates, levels: parameters.needLevels.count)
  }

  init(_ effects: CovariateEffects, levels: Int) {
    func compounded(_ ratios: HazardRatios, _ exponent: Double) -> HazardRatios {
      HazardRatios(
        progression: pow(ratios.progression, exponent), admission: pow(ratios.admission, exponent),
        death: pow(ratios.death, exponent))
    }
    func block(_ agePerYear: HazardRatios) -> [HazardRatios] {
      let women = (0...Self.maximumAge).map { age in
        compounded(agePerYear, max(0, Double(age) - effects.referenceAge))
      }
      // Times 1 when there are no ratios for men, which changes no bit.
      return women + women.map { $0 * effects.male }
    }
    let levelsHaveTheirOwn = effects.agePerYearByLevel.contains { $0 != nil }
    byAge =
      levelsHaveTheirOwn
      ? (0..<levels).flatMap { block(effects.agePerYear(atLevel: $0)) } : block(effects.agePerYear)
    byQualityOfLifeShortfall = (0...100).map { hundredths in
      compounded(effects.qualityOfLifePerTenthBelow, Double(hundredths) / 10)
    }
    scalars = Scalars(
      loneliness: effects.loneliness, carerBreakdown: effects.carerBreakdown,
      unmetNeed: effects.unmetNeed, male: effects.male,
      referenceQualityOfLife: effects.referenceQualityOfLife,
      levelStride: levelsHaveTheirOwn ? Self.rowsPerLevel : 0,
      isActive: ([
        effects.agePerYear, effects.loneliness, effects.carerBreakdown,
        effects.qualityOfLifePerTenthBelow, effects.unmetNeed, effects.male,
      ] + effects.agePerYearByLevel.compactMap { $0 }).contains { $0 != .none })
  }
}

extension CovariateTables: StepMechanism {
  /// Covariates act when some hazard ratio is not 1.
  var acts: Bool { scalars.isActive }

  /// Every covariate acts in both arms and is no price; the ratios of age and the binary
  /// covariates' (sex among them) are thresholds of the control arm's draws (see
  /// ``ControlArmThreshold``).
  static func clear(_ fields: MechanismFields, in parameters: inout ScenarioParameters) {
    switch fields {
    case .afterUptake, .uptake, .prices: break
    }
  }
}
