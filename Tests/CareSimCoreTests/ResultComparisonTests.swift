import CareSimCore
import Testing

/// The test a comparison applies to each figure: Student's t with the smaller result's
/// replications less one, the normal's point without replications.
@Suite struct ResultComparisonTests {
  /// One figure that moved by 2.5 standard errors of the difference (SE 3 and 4: 5 together).
  static func compare(replications: (a: Int?, b: Int?)) -> ResultComparison {
    ResultComparison.compare(
      inputs: ([:], [:]),
      figures: (
        ["netBenefit.society": .init(value: 100, standardError: 3)],
        ["netBenefit.society": .init(value: 112.5, standardError: 4)]
      ),
      replications: replications)
  }

  @Test func fewReplicationsRaiseTheThreshold() throws {
    let few = Self.compare(replications: (5, 20))
    #expect(few.degreesOfFreedom == 4)
    let figure = try #require(few.figures.first)
    #expect(figure.standardError == 5)
    #expect(figure.standardisedDifference == 2.5)
    // 2.5 is beyond the normal's 1.96 but within t's 2.78 at 4 degrees of freedom.
    #expect(abs(figure.criticalValue - 2.776_445_105_197_793_4) < 1e-12)
    #expect(figure.beyondMonteCarloError == false)
    #expect(few.figuresBeyondMonteCarloError.isEmpty)
    let many = Self.compare(replications: (1_000, 2_000))
    #expect(many.degreesOfFreedom == 999)
    #expect(many.figures.first?.beyondMonteCarloError == true)
  }

  @Test func withoutReplicationsTheNormalPointIsTheThreshold() {
    for replications in [(nil, 20), (20, nil), (1, 20)] as [(Int?, Int?)] {
      let comparison = Self.compare(replications: replications)
      #expect(comparison.degreesOfFreedom == nil)
      #expect(comparison.criticalValue == StandardNormal.quantile(0.975))
      #expect(comparison.figures.first?.beyondMonteCarloError == true)
    }
  }

  /// Figures are listed with the numbers in their names in order: a grid's cells by their values,
  /// a PSA's sets and ages by number; a point between words is no fraction.
  @Test func figuresListNumbersInTheirOrder() {
    let names = [
      "grid[x=0.3;y=1].qalyGain", "grid[x=0;y=1].qalyGain", "grid[x=0.15;y=1].qalyGain",
      "samples[12].netBenefit", "samples[3].netBenefit", "byAge[100+].share", "byAge[95-99].share",
      "needLevels.10.cost", "needLevels.9.cost", "netBenefit.wmo",
    ]
    let figure = ResultComparison.Figure(value: 1, standardError: nil, unit: .number)
    let figures = Dictionary(uniqueKeysWithValues: names.map { ($0, figure) })
    let comparison = ResultComparison.compare(
      inputs: ([:], [:]), figures: (figures, figures), replications: (nil, nil))
    #expect(
      comparison.figures.map(\.name) == [
        "byAge[95-99].share", "byAge[100+].share", "grid[x=0;y=1].qalyGain",
        "grid[x=0.15;y=1].qalyGain", "grid[x=0.3;y=1].qalyGain", "needLevels.9.cost",
        "needLevels.10.cost", "netBenefit.wmo", "samples[3].netBenefit", "samples[12].netBenefit",
      ])
    // The same value written twice over is ordered by its text, both ways round.
    #expect(
      ResultComparison.precedes("a0.10", "a0.1") != ResultComparison.precedes("a0.1", "a0.10"))
  }
}
