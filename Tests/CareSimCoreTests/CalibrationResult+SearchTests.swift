import Testing

@testable import CareSimCore

@Suite struct CalibrationResultSearchTests {
  /// The best distance so far ignores what no point could measure, and keeps the first minimum.
  @Test func theBestDistanceSoFarIsARunningMinimumOfFiniteDistances() {
    let best = CalibrationResult.bestSoFar([.nan, .infinity, 5, 7, 3, .infinity, 4, 1])
    #expect(best[0].isNaN && best[1].isNaN)
    #expect(Array(best.dropFirst(2)) == [5, 5, 3, 3, 3, 1])
    #expect(CalibrationResult.bestSoFar([]).isEmpty)
  }

  /// From 100 at the second point to 1 at the sixth; 99% of the fall (98.01) had come by the
  /// fifth (1.5).
  @Test func theProgressSaysWhereTheSearchReachedItsBest() throws {
    let result = CalibrationResultTests.result(searchDistances: [.nan, 100, 50, 60, 1.5, 1, 1])
    let progress = try #require(result.searchProgress)
    #expect(progress.firstMeasured == 1)
    #expect(progress.start == 100 && progress.final == 1)
    #expect(progress.fell)
    #expect(progress.reachedFinal == 5)
    #expect(progress.mostOfTheFall == 4)
  }

  @Test func aSearchWithoutADistanceHasNoProgress() throws {
    #expect(
      CalibrationResultTests.result(searchDistances: [.nan, .infinity]).searchProgress == nil)
    let flat = try #require(CalibrationResultTests.result(searchDistances: [3, 4]).searchProgress)
    #expect(!flat.fell)
    #expect(flat.reachedFinal == 0 && flat.mostOfTheFall == 0)
  }

  @Test func theDistancesAreMeasuredOnlyIfAllThreeAre() {
    #expect(CalibrationResultTests.result().distancesMeasured)
    #expect(!CalibrationResultTests.result(startDistance: .infinity).distancesMeasured)
  }
}
