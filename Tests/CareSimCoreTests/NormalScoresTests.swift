import CareSimCore
import Testing

/// Normal scores: ranks mapped through Φ⁻¹, ties sharing their mean rank, and a correlation that
/// depends only on the ranks.
@Suite struct NormalScoresTests {
  @Test func scoresAreTheQuantilesOfTheRanks() {
    let scores = NormalScores.scores([3, 1, 2, 2])
    // Ranks 4, 1 and the shared 2.5 of five places.
    #expect(scores[0] == StandardNormal.quantile(4.0 / 5))
    #expect(scores[1] == StandardNormal.quantile(1.0 / 5))
    #expect(scores[2] == StandardNormal.quantile(2.5 / 5) && scores[2] == scores[3])
  }

  /// An increasing transformation changes nothing; a decreasing one flips the sign; a constant
  /// correlates 0.
  @Test func theCorrelationDependsOnlyOnTheRanks() {
    let x = [0.3, 1.2, -0.4, 2.2, 0.9, 1.7]
    let y = [1.0, 0.5, -1.0, 3.0, 0.7, 2.0]
    let correlation = NormalScores.correlation([
      x, y, x.map { $0 * $0 * $0 }, x.map { -$0 },
      [
        2, 2, 2, 2, 2, 2,
      ],
    ])
    #expect(correlation[0][0] == 1 && correlation[0][1] == correlation[1][0])
    #expect(abs(correlation[0][2] - 1) <= 1e-15)
    #expect(abs(correlation[0][3] + 1) <= 1e-15)
    #expect(correlation[0][4] == 0 && correlation[4][4] == 1)
    #expect(correlation[0][1] > 0.5 && correlation[0][1] < 1)
  }
}
