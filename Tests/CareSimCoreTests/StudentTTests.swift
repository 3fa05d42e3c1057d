import CareSimCore
import Testing

/// Student's t critical values against SciPy's `t.ppf(0.975, ν)` (SciPy 1.x, printed to 17
/// significant digits), on both sides of the switch from the exact series to the expansion.
@Suite struct StudentTTests {
  /// The bisection ends at the last bit of the series, whose sum of ν/2 terms carries a few ulps
  /// of rounding, and SciPy's own value a few more: 1e-12 relative allows both and still catches
  /// a wrong term of either formula (which errs by 1e-4 or more at these ν).
  @Test(
    arguments: [
      (1, 12.706_204_736_174_694), (2, 4.302_652_729_749_462), (3, 3.182_446_305_283_707_8),
      (4, 2.776_445_105_197_793_4), (5, 2.570_581_835_636_314_6), (9, 2.262_157_162_798_205),
      (10, 2.228_138_851_986_274), (19, 2.093_024_054_408_308_7), (30, 2.042_272_456_301_237_8),
      (99, 1.984_216_951_586_417_4), (100, 1.983_971_518_523_551_8),
      (1_000, 1.962_339_080_826_408_3), (9_999, 1.960_201_263_621_357),
      (10_000, 1.960_201_239_890_626),
    ] as [(Int, Double)])
  func criticalValueMatchesReferenceValues(nu: Int, expected: Double) {
    let value = StudentT.twoSidedCriticalValue(level: 0.95, degreesOfFreedom: nu)
    #expect(abs(value - expected) <= 1e-12 * expected, "t(0.975, \(nu)) = \(value)")
  }

  /// The series and the expansion meet at the switch: 1,000 and 1,001 degrees of freedom give
  /// values in t's order (it falls towards the normal's 1.95996 as ν grows).
  @Test func criticalValuesFallTowardsTheNormal() {
    let values = [1, 2, 5, 30, 1_000, 1_001, 100_000].map {
      StudentT.twoSidedCriticalValue(degreesOfFreedom: $0)
    }
    #expect(zip(values, values.dropFirst()).allSatisfy { $0 > $1 }, "\(values)")
    #expect(values.last! > StandardNormal.quantile(0.975))
    #expect(values.last! - StandardNormal.quantile(0.975) < 1e-4)
  }
}
