import Testing

@testable import CareSimCore

@Suite struct NelderMeadTests {
  static let stopping = NelderMead.Stopping(
    maximumEvaluations: 2000, objectiveTolerance: 1e-12, pointTolerance: 1e-8)

  @Test func findsTheMinimumOfAQuadraticBowl() {
    let search = NelderMead(bounds: [-5...5, -5...5, -5...5], stopping: Self.stopping)
    let result = search.minimise(from: [4, -4, 1]) { x in
      (x[0] - 1) * (x[0] - 1) + 2 * (x[1] + 2) * (x[1] + 2) + 3 * (x[2] - 0.5) * (x[2] - 0.5)
    }
    #expect(result.converged)
    for (found, expected) in zip(result.point, [1, -2, 0.5]) {
      #expect(abs(found - expected) < 1e-4, "\(result.point)")
    }
  }

  /// Rosenbrock's valley: curved and badly scaled, the classic test of a simplex search.
  @Test func followsRosenbrocksValley() {
    let search = NelderMead(bounds: [-2...2, -1...3], stopping: Self.stopping)
    let result = search.minimise(from: [-1.2, 1]) { x in
      100 * (x[1] - x[0] * x[0]) * (x[1] - x[0] * x[0]) + (1 - x[0]) * (1 - x[0])
    }
    #expect(abs(result.point[0] - 1) < 1e-3 && abs(result.point[1] - 1) < 2e-3, "\(result.point)")
  }

  /// A minimum outside the box ends at the nearest bound, and no point outside is ever tried.
  @Test func staysInsideItsBounds() {
    let search = NelderMead(bounds: [0...1, 0...1], stopping: Self.stopping)
    let result = search.minimise(from: [0.5, 0.5]) { x in
      (x[0] - 3) * (x[0] - 3) + (x[1] + 1) * (x[1] + 1)
    }
    #expect(abs(result.point[0] - 1) < 1e-6 && abs(result.point[1]) < 1e-6, "\(result.point)")
    #expect(result.history.allSatisfy { $0.point.allSatisfy { (0...1).contains($0) } })
  }

  @Test func stopsAfterItsMaximumEvaluations() {
    let search = NelderMead(
      bounds: [-10...10, -10...10],
      stopping: .init(maximumEvaluations: 25, objectiveTolerance: 0, pointTolerance: 0))
    let result = search.minimise(from: [9, 9]) { x in x[0] * x[0] + x[1] * x[1] }
    #expect(!result.converged)
    #expect(result.evaluations >= 25 && result.evaluations <= 27)
  }
}
