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
    /// False when every ratio is 1, so the step can skip the lookups.
    var isActive: Bool
  }

  static let maximumAge = 130
  /// The row of men aged 0 in ``byAge``.
  static let menFirstRow = maximumAge + 1
  /// Ratios for age 0...maximumAge in whole years, first for women, then for men: a man's row is
  /// the woman's times the ratios for men.
  let byAge: [HazardRatios]
  /// A woman's row in ``byAge`` at an age in months: whole years, at most ``maximumAge``.
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
    self.init(parameters.covariates)
  }

  init(_ effects: CovariateEffects) {
    func compounded(_ ratios: HazardRatios, _ exponent: Double) -> HazardRatios {
      HazardRatios(
        progression: pow(ratios.progression, exponent), admission: pow(ratios.admission, exponent),
        death: pow(ratios.death, exponent))
    }
    let women = (0...Self.maximumAge).map { age in
      compounded(effects.agePerYear, max(0, Double(age) - effects.referenceAge))
    }
    // The product the watch forms for a what-if setting's ratios for men (see
    // `MonthlyStepper+NeedMove.swift`); times 1 when there are none, which changes no bit.
    byAge = women + women.map { $0 * effects.male }
    byQualityOfLifeShortfall = (0...100).map { hundredths in
      compounded(effects.qualityOfLifePerTenthBelow, Double(hundredths) / 10)
    }
    scalars = Scalars(
      loneliness: effects.loneliness, carerBreakdown: effects.carerBreakdown,
      unmetNeed: effects.unmetNeed, male: effects.male,
      referenceQualityOfLife: effects.referenceQualityOfLife,
      isActive: [
        effects.agePerYear, effects.loneliness, effects.carerBreakdown,
        effects.qualityOfLifePerTenthBelow, effects.unmetNeed, effects.male,
      ].contains { $0 != .none })
  }
}

extension CovariateTables: StepMechanism {
  /// Covariates act when some hazard ratio is not 1.
  var acts: Bool { scalars.isActive }

  /// Every covariate acts in both arms and is no price; the binary covariates' ratios (sex
  /// among them) are thresholds of the control arm's draws (see ``ControlArmThreshold``).
  static func clear(_ fields: MechanismFields, in parameters: inout ScenarioParameters) {
    switch fields {
    case .afterUptake, .uptake, .prices: break
    }
  }
}
