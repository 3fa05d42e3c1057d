import CareSimCore
import Testing

// Error model for type-7 interpolation a + f·(b − a) at h = (n − 1)·p: h is rounded once
// (absolute error ≤ u·h, which f inherits exactly because h − ⌊h⌋ is exact), then one rounding
// each for b − a, the product and the sum. So |computed − exact| ≤ u·(|b − a|·(h + 2) + |result|),
// u = 2⁻⁵³. With dyadic p and small integers every step is exact and the bound is not needed.
private func interpolationTolerance(
  p: Double, count: Int, gap: Double, expected: Double
) -> Double {
  let unitRoundoff = Double.ulpOfOne / 2
  let h = Double(count - 1) * p
  return unitRoundoff * (abs(gap) * (h + 2) + abs(expected))
}

@Suite struct QuantilesTests {
  // Four points, h = 3p, all steps exact: p = 0.25 → h = 0.75 → 1 + 0.75·(3 − 1) = 2.5, and so on.
  @Test(arguments: [
    (0.0, 1.0), (0.25, 2.5), (0.5, 4.0), (0.75, 5.5), (1.0, 7.0),
  ])
  func handComputedDyadicProbabilities(p: Double, expected: Double) {
    #expect(Quantiles.value(p, sorted: [1, 3, 5, 7]) == expected)
  }

  // 1...10, h = 9p: p = 0.1 → h = 0.9 → 1.9 (R: quantile(1:10, 0.1) = 1.9; NumPy agrees);
  // p = 0.9 → h = 8.1 → 9.1; p = 0.33 → h = 2.97 → 3.97. Neighbouring order statistics differ by 1.
  @Test(arguments: [(0.1, 1.9), (0.9, 9.1), (0.33, 3.97)])
  func handComputedDecimalProbabilities(p: Double, expected: Double) {
    let data = (1...10).map(Double.init)
    let tolerance = interpolationTolerance(p: p, count: data.count, gap: 1, expected: expected)
    #expect(abs(Quantiles.value(p, sorted: data) - expected) <= tolerance)
  }

  @Test func extremesAreTheMinimumAndMaximum() {
    let data = [-2.5, 0.1, 0.3, 1e300]
    #expect(Quantiles.value(0, sorted: data) == -2.5)
    #expect(Quantiles.value(1, sorted: data) == 1e300)
  }

  @Test func singleElementIsEveryQuantile() {
    for p in [0.0, 0.05, 0.5, 1.0] {
      #expect(Quantiles.value(p, sorted: [42]) == 42)
    }
  }

  @Test func emptyDataGivesNaN() {
    #expect(Quantiles.value(0.5, sorted: []).isNaN)
    #expect(Quantiles.values([0, 0.5, 1], of: []).allSatisfy { $0.isNaN })
  }

  @Test func tiesInterpolateToTheTiedValue() {
    #expect(Quantiles.value(0.4, sorted: [1, 2, 2, 2, 3]) == 2)
  }

  // Same data as handComputedDyadicProbabilities, shuffled; results come back in the order asked.
  @Test func valuesSortsACopyAndKeepsTheRequestOrder() {
    let unsorted = [5.0, 1, 7, 3]
    #expect(Quantiles.values([0.75, 0, 0.5, 1, 0.25], of: unsorted) == [5.5, 1, 4, 7, 2.5])
    #expect(Quantiles.values([], of: unsorted) == [])
  }

  #if compiler(>=6.2)
  @Test func probabilityOutsideUnitIntervalTraps() async {
    await #expect(processExitsWith: .failure) { _ = Quantiles.value(1.5, sorted: [1, 2]) }
    await #expect(processExitsWith: .failure) { _ = Quantiles.value(.nan, sorted: [1, 2]) }
  }

  @Test func nanInUnsortedDataTraps() async {
    await #expect(processExitsWith: .failure) { _ = Quantiles.values([0.5], of: [1, .nan, 2]) }
  }
  #endif
}
