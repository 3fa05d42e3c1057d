import Testing

@testable import CareSimCore

@Suite struct ValidationResultTests {
  static func figure(
    _ kind: PublishedFigure.Kind, _ status: FigureComparison.Status, published: Double
  ) -> ValidationResult.Figure {
    ValidationResult.Figure(
      name: "\(kind)", kind: kind, status: status, published: published, mean: 50, lower95: 40,
      upper95: 60)
  }

  static let result = ValidationResult(
    provenance: .handBuilt,
    study: "A study",
    figures: [
      figure(.derived, .reproduced, published: 40), figure(.result, .gap, published: 0),
      figure(.sign, .holds, published: 1), figure(.result, .agrees, published: .nan),
      figure(.derived, .reproduced, published: -100),
    ])

  /// Estimates as shares of the published figure, the interval's ends in order also for a
  /// negative one; none for a sign or a figure without a value.
  @Test func theEstimateIsAShareOfThePublishedFigure() throws {
    let figures = Self.result.figures
    let first = try #require(figures[0].relativeToPublished)
    #expect(first.mean == 1.25 && first.lower95 == 1 && first.upper95 == 1.5)
    // 40 / -100 and 60 / -100: the interval's ends stay in order, lower below upper.
    let negative = try #require(figures[4].relativeToPublished)
    #expect(negative.mean == -0.5 && negative.lower95 == -0.6 && negative.upper95 == -0.4)
    #expect(figures[1].relativeToPublished == nil)
    #expect(figures[2].relativeToPublished == nil)
    #expect(figures[3].relativeToPublished == nil)
  }

  @Test func theFiguresAreCountedByStatus() {
    #expect(Self.result.count(.reproduced) == 2)
    #expect(Self.result.count(.gap) == 1)
    #expect(Self.result.count(.failed) == 0)
  }
}
