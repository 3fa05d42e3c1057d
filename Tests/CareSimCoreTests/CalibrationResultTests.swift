import Testing

@testable import CareSimCore

@Suite struct CalibrationResultTests {
  static func target(_ label: String, _ use: CalibrationTarget.Use, distance: Double)
    -> CalibrationResult.Target
  {
    CalibrationResult.Target(
      label: label, use: use, value: 0.5, standardError: 0.1, model: 0.5 + distance / 10,
      modelStandardError: 0.05, distance: distance, distanceAtStart: 4, source: "CBS")
  }

  static func parameter(_ path: String, fitted: Double, interval: (Double, Double))
    -> CalibrationResult.Parameter
  {
    CalibrationResult.Parameter(
      path: path, low: 0, high: 2, fitted: fitted, written: fitted, mean: 1,
      standardDeviation: 0.1, lower95: interval.0, upper95: interval.1)
  }

  /// Targets at −1, 2.5 and unmeasured (fitted), and 3 (checked); parameters whose intervals
  /// span a quarter, half and a quarter of the box.
  static func result(
    searchDistances: [Double] = [9, 4, 4, 1], startDistance: Double = 9
  ) -> CalibrationResult {
    CalibrationResult(
      provenance: .handBuilt,
      targetsName: "Targets", targetsFile: "targets.json", calibratedScenario: "hand.json",
      evaluations: searchDistances.count, converged: true, checkReplications: 8,
      startDistance: startDistance, searchDistance: 1, calibratedDistance: 1.5,
      targets: [
        target("a", .fit, distance: -1), target("b", .fit, distance: 2.5),
        target("c", .fit, distance: .nan), target("d", .check, distance: 3),
      ],
      parameters: [
        parameter("p", fitted: 1, interval: (0.5, 1)),
        parameter("q", fitted: 0.001, interval: (0, 1)),
        parameter("r", fitted: 2, interval: (1.5, 2)),
      ],
      searchDistances: searchDistances,
      correlation: [[1, 0.25, -0.5], [0.25, 1, 0.5], [-0.5, 0.5, 1]],
      uncertainty: .init(
        method: .laplace, laplaceCurvature: .hessian, draws: .nan, effectiveSampleSize: .nan,
        minimumEffectiveSampleSize: 100))
  }

  @Test func aTargetIsWithinTwoOfItsStandardErrors() {
    let targets = Self.result().targets
    #expect(targets.map(\.isWithin) == [true, false, false, false])
    // 1.96 × 0.05 / 0.1 = 0.98 either side, up to the rounding of three operations.
    let interval = targets[0].interval
    #expect(abs(interval.lower + 1.98) <= 1e-15 && abs(interval.upper + 0.02) <= 1e-15)
    #expect(Self.result().fitted.map(\.label) == ["a", "b", "c"])
    #expect(Self.result().checks.map(\.label) == ["d"])
  }

  /// The farthest of the measured targets, and how far any target's interval reaches.
  @Test func theFarthestTargetAndTheReachOfAll() {
    let result = Self.result()
    #expect(CalibrationResult.farthest(result.fitted)?.label == "b")
    #expect(CalibrationResult.farthest([result.targets[2]]) == nil)
    // The check's 3 and its 0.98.
    #expect(abs(result.reach - 3.98) <= 1e-15)
  }

  @Test func aParameterIsPlacedInItsBox() {
    let parameters = Self.result().parameters
    #expect(parameters[0].positionInBox(1.5) == 0.75)
    #expect(parameters.map(\.intervalShare) == [0.25, 0.5, 0.25])
    // Within a thousandth of the box (0.002) of an end.
    #expect(parameters.map(\.isAtEdge) == [false, true, true])
    let result = Self.result()
    #expect(result.parametersAtEdge.map(\.path) == ["q", "r"])
    #expect(result.meanIntervalShare == 1.0 / 3)
    // Of equal shares the first is the narrowest.
    #expect(result.narrowestInterval?.path == "p")
    #expect(result.widestInterval?.path == "q")
  }

  /// The strongest of the correlations below the diagonal; the first of equal magnitudes.
  @Test func theStrongestCorrelationIsTheLargestInMagnitude() {
    let strongest = Self.result().strongestCorrelation
    #expect(strongest == .init(first: "p", second: "r", value: -0.5))
    var single = Self.result()
    single.correlation = [[1]]
    #expect(single.strongestCorrelation == nil)
  }
}
