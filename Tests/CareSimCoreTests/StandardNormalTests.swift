import CareSimCore
import Testing

/// Φ and Φ⁻¹ against reference values (SciPy 1.x's `norm.cdf` and `norm.ppf`, printed to 17
/// significant digits) and against each other.
@Suite struct StandardNormalTests {
  /// AS 241 promises a relative error of about 1e-16; a few ulps of the reference's own rounding
  /// are added, so 1e-14 relative is generous but still catches a wrong coefficient (which errs by
  /// 1e-6 or more).
  @Test(
    arguments: [
      (1e-300, -37.047_096_299_361_2), (1e-20, -9.262_340_089_798_409),
      (1e-10, -6.361_340_902_404_056), (0.001, -3.090_232_306_167_813),
      (0.025, -1.959_963_984_540_054_5), (0.3, -0.524_400_512_708_040_9), (0.5, 0),
      (0.975, 1.959_963_984_540_054),
    ] as [(Double, Double)])
  func quantileMatchesReferenceValues(p: Double, expected: Double) {
    let value = StandardNormal.quantile(p)
    #expect(abs(value - expected) <= 1e-14 * max(abs(expected), 1), "Φ⁻¹(\(p)) = \(value)")
  }

  @Test func quantileEndsAreInfinite() {
    #expect(StandardNormal.quantile(0) == -.infinity)
    #expect(StandardNormal.quantile(1) == .infinity)
  }

  /// A relative error δ in x moves Φ(x) by about (x² + 1)·δ relative in the lower tail (the
  /// logarithm's slope there is about |x|), and erfc's argument −x/√2 carries one rounding and
  /// erfc a few ulps of its own: 4(x² + 2)ε bounds the error, 1.5e-14 at x = −8.
  static func tolerance(_ x: Double) -> Double { 4 * (x * x + 2) * Double.ulpOfOne }

  /// Φ(−8) is 6.2e-16: the lower tail keeps its relative precision (erfc, not 1 + erf).
  @Test(
    arguments: [
      (-8, 6.220_960_574_271_74e-16), (-1.96, 0.024_997_895_148_220_435), (0, 0.5),
      (1, 0.841_344_746_068_542_9), (5, 0.999_999_713_348_428_1),
    ] as [(Double, Double)])
  func cumulativeProbabilityMatchesReferenceValues(x: Double, expected: Double) {
    let value = StandardNormal.cumulativeProbability(x)
    #expect(abs(value - expected) <= Self.tolerance(x) * expected, "Φ(\(x)) = \(value)")
  }

  /// Φ(Φ⁻¹(p)) = p across the three regions of AS 241 (the centre, and the tails below and
  /// above r = 5), within the tolerance above at x = Φ⁻¹(p) (Φ⁻¹'s own error, 1e-16 relative,
  /// enters the same way as the argument's rounding).
  @Test(arguments: [1e-200, 1e-12, 0.01, 0.2, 0.5, 0.7, 0.99, 0.999_999])
  func cumulativeProbabilityInvertsTheQuantile(p: Double) {
    let x = StandardNormal.quantile(p)
    let roundTrip = StandardNormal.cumulativeProbability(x)
    #expect(abs(roundTrip - p) <= 2 * Self.tolerance(x) * p, "Φ(Φ⁻¹(\(p))) = \(roundTrip)")
  }
}
