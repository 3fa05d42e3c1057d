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

/// A break-even is what a study says the programme needs, not what it achieves: CareSim's value
/// lies above it or below it, run by run and on average.
@Suite struct BreakEvenFigureTests {
  static func comparison(published: Double, values: [Double]) throws -> FigureComparison {
    let figure = PublishedFigure(
      name: "nursing-home years avoided", published: published, unit: "years/year",
      source: "a study", estimate: try StudyEstimate(parsing: "qalyGain"), kind: .breakEven)
    return FigureComparison(figure: figure, values: values)
  }

  /// A mean above the break-even exceeds it and agrees with the study; the share counts the runs
  /// above it, not those of the published figure's sign; the difference is the mean's distance.
  @Test func aMeanAboveTheBreakEvenExceedsIt() throws {
    let comparison = try Self.comparison(published: 1.5, values: [0.5, 1.5, 2, 3, 4])
    #expect(comparison.status == .exceeds)
    #expect(comparison.status.agreesWithStudy && !comparison.status.differsFromStudy)
    // 2, 3 and 4 lie above 1.5; 1.5 itself does not.
    #expect(comparison.shareWithSign == 0.6)
    #expect(comparison.difference == 2.2 - 1.5)
  }

  /// A mean at or below the break-even falls short: a gap the validation file must explain.
  @Test(arguments: [[1.0, 1.4, 2.1], [1.5, 1.5, 1.5]])
  func aMeanAtOrBelowTheBreakEvenFallsShort(values: [Double]) throws {
    let comparison = try Self.comparison(published: 1.5, values: values)
    #expect(comparison.status == .fallsShort)
    #expect(comparison.status.differsFromStudy && !comparison.status.agreesWithStudy)
  }
}
