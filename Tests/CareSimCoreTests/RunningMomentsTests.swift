import CareSimCore
import Testing

// Error model (Chan, Golub & LeVeque 1983, "Algorithms for computing the sample variance:
// analysis and recommendations", The American Statistician 37(3), 242–247):
// - Welford's updating algorithm computes S = Σ(x − x̄)² with relative error at most about n·κ·u,
//   where u = 2⁻⁵³ is the unit roundoff and κ = √(1 + n·x̄²/S) the condition number of the data.
// - The corrected two-pass reference, S = Σ(x − x̄)² − (Σ(x − x̄))²/n, is within about n·u, and
//   n·u ≤ n·κ·u because κ ≥ 1 (its second-order term n²κ²u² is negligible for the data here).
// So the two agree to 2·n·κ·u relative. The means (running update versus Σx/n) each carry at most
// about 3 and 1 roundings of size u·max|x| per observation, hence the 4·n·u·max|x| bound.
// These are worst-case bounds: typical errors are far smaller, but the bound is what is argued.
private let unitRoundoff = Double.ulpOfOne / 2

private struct Reference {
  var mean: Double
  var sumOfSquaredDeviations: Double
  var varianceTolerance: Double
  var meanTolerance: Double

  init(_ data: [Double]) {
    let n = Double(data.count)
    let mean = data.reduce(0, +) / n
    let deviations = data.map { $0 - mean }
    let sumOfDeviations = deviations.reduce(0, +)
    let sumOfSquaredDeviations =
      deviations.reduce(0) { $0 + $1 * $1 } - sumOfDeviations * sumOfDeviations / n
    self.mean = mean
    self.sumOfSquaredDeviations = sumOfSquaredDeviations
    let conditionNumber = (1 + n * mean * mean / sumOfSquaredDeviations).squareRoot()
    varianceTolerance = 2 * n * conditionNumber * unitRoundoff
    meanTolerance = 4 * n * unitRoundoff * data.reduce(0) { max($0, $1.magnitude) }
  }
}

private func relativeError(_ actual: Double, _ expected: Double) -> Double {
  abs(actual - expected) / abs(expected)
}

// Deterministic, irregular data without a random number generator: a multiplicative walk mod 1000
// scaled to [0, ~143) and shifted by `offset`, so the offset sets the condition number.
private func fixedData(count: Int, offset: Double) -> [Double] {
  (0..<count).map { offset + Double(($0 * 7919 + 13) % 1000) / 7 }
}

@Suite struct RunningMomentsTests {
  @Test func emptyAccumulatorReportsZeros() {
    let moments = RunningMoments()
    #expect(moments.count == 0)
    #expect(moments.mean == 0)
    #expect(moments.variance == 0)
    #expect(moments.standardDeviation == 0)
    #expect(moments.standardError == 0)
  }

  @Test func oneObservationHasItsValueAsMeanAndNoSpread() {
    var moments = RunningMoments()
    moments.add(-3.25)
    #expect(moments.count == 1)
    #expect(moments.mean == -3.25)
    #expect(moments.variance == 0)
    #expect(moments.standardDeviation == 0)
    #expect(moments.standardError == 0)
  }

  // {4, 7, 13, 16}: mean 10, Σ(x − x̄)² = 90, variance 30, standard error √(30/4). Every
  // intermediate of Welford's recurrence is a small dyadic number, so the results are exact even
  // with the 1e9 offset (κ ≈ 2·10⁸), which would wreck the naive Σx² − (Σx)²/n formula.
  @Test(arguments: [0, 1e9])
  func handComputedSmallSampleIsExact(offset: Double) {
    var moments = RunningMoments()
    for x in [4.0, 7, 13, 16] { moments.add(offset + x) }
    #expect(moments.count == 4)
    #expect(moments.mean == offset + 10)
    #expect(moments.variance == 30)
    #expect(moments.standardDeviation == (30.0).squareRoot())
    #expect(moments.standardError == (7.5).squareRoot())
  }

  @Test(arguments: [0, 1e6, 1e9])
  func matchesTwoPassFormulas(offset: Double) {
    let data = fixedData(count: 1000, offset: offset)
    let reference = Reference(data)
    var moments = RunningMoments()
    for x in data { moments.add(x) }

    #expect(moments.count == data.count)
    #expect(abs(moments.mean - reference.mean) <= reference.meanTolerance)
    let expectedVariance = reference.sumOfSquaredDeviations / Double(data.count - 1)
    #expect(relativeError(moments.variance, expectedVariance) <= reference.varianceTolerance)
  }

  // Merged halves and the sequential pass are each within the first-order bound of the exact
  // value (Chan et al.'s combination adds O(u) per merge), so they agree to twice that bound.
  @Test(arguments: [0, 1e6, 1e9], [1, 333, 500, 999])
  func mergeOfTwoPartsMatchesAddingAll(offset: Double, split: Int) {
    let data = fixedData(count: 1000, offset: offset)
    let reference = Reference(data)
    var all = RunningMoments()
    for x in data { all.add(x) }
    var left = RunningMoments()
    for x in data[..<split] { left.add(x) }
    var right = RunningMoments()
    for x in data[split...] { right.add(x) }

    left.merge(right)
    #expect(left.count == all.count)
    #expect(abs(left.mean - all.mean) <= 2 * reference.meanTolerance)
    #expect(relativeError(left.variance, all.variance) <= 2 * reference.varianceTolerance)
  }

  @Test func mergingWithEmptyIsTheIdentity() {
    var moments = RunningMoments()
    for x in [2.0, 3, 5, 8] { moments.add(x) }

    var intoEmpty = RunningMoments()
    intoEmpty.merge(moments)
    #expect(intoEmpty == moments)

    var withEmpty = moments
    withEmpty.merge(RunningMoments())
    #expect(withEmpty == moments)
  }

  // Two single observations a and b: mean (a + b)/2 and variance (a − b)²/2, exact for these values.
  @Test func mergingTwoSingletonsGivesPairMoments() {
    var left = RunningMoments()
    left.add(1)
    var right = RunningMoments()
    right.add(4)
    left.merge(right)
    #expect(left.count == 2)
    #expect(left.mean == 2.5)
    #expect(left.variance == 4.5)
  }
}
