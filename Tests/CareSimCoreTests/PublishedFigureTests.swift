import Testing

@testable import CareSimCore

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
    #expect(comparison.shareOfRuns == 0.6)
    #expect(abs(comparison.difference - 0.7) < 1e-12)
  }

  /// A break-even below zero (a loss the programme may not exceed, written so that more is
  /// better) is met by a mean above it, whatever its sign.
  @Test func aNegativeBreakEvenIsMetFromAbove() throws {
    let comparison = try Self.comparison(published: -100, values: [-150, -40, -10])
    #expect(comparison.status == .exceeds)
    #expect(abs(comparison.shareOfRuns - 2.0 / 3) < 1e-12)
  }

  /// A mean at or below the break-even falls short: a gap the validation file must explain.
  @Test(arguments: [[1.0, 1.4, 2.1], [1.5, 1.5, 1.5]])
  func aMeanAtOrBelowTheBreakEvenFallsShort(values: [Double]) throws {
    let comparison = try Self.comparison(published: 1.5, values: values)
    #expect(comparison.status == .fallsShort)
    #expect(comparison.status.differsFromStudy && !comparison.status.agreesWithStudy)
  }
}
