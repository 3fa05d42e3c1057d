import CareSimCore
import Testing

@Suite struct BootstrapStandardErrorTests {
  @Test(arguments: [1, 2, 3] as [UInt64])
  func errorOfAMeanIsItsStandardError(seed: UInt64) {
    // The bootstrap error of a mean estimates s/√n (times √((n−1)/n)); with B = 200 resamples its
    // own relative error is about 1/√(2B) = 5%, so z = 4 allows 20%.
    let values = (0..<400).map { Double(($0 * 7919 + 13) % 1000) }
    var moments = RunningMoments()
    for value in values { moments.add(value) }
    let error = BootstrapStandardError.of(count: values.count, seed: seed) { indices in
      indices.reduce(0) { $0 + values[$1] } / Double(indices.count)
    }
    #expect(abs(error / moments.standardError - 1) <= 4 / (2.0 * 200).squareRoot())
  }

  @Test func sameSeedSameError() {
    let statistic: ([Int]) -> Double = { Double($0.reduce(0, +)) }
    #expect(
      BootstrapStandardError.of(count: 50, seed: 9, statistic: statistic)
        == BootstrapStandardError.of(count: 50, seed: 9, statistic: statistic))
  }
}
