// MARK: - The search's course

extension CalibrationResult {
  /// How the search's best distance fell over its trial points.
  public struct SearchProgress: Sendable, Equatable {
    /// The best distance so far at each trial point (see ``CalibrationResult/bestSoFar(_:)``).
    public var best: [Double]
    /// The index of the first trial point that gave a distance.
    public var firstMeasured: Int
    /// The best distance there, and at the end.
    public var start: Double
    public var final: Double

    /// Whether the best distance fell after the first trial point that gave one.
    public var fell: Bool { final < start }

    /// The index of the trial point that reached the final distance.
    public var reachedFinal: Int { best.firstIndex { $0 == final } ?? firstMeasured }

    /// The index of the trial point by which 99% of the fall had come: how soon further points
    /// stopped paying.
    public var mostOfTheFall: Int {
      let fall = start - final
      return best.firstIndex { $0.isFinite && start - $0 >= 0.99 * fall } ?? firstMeasured
    }
  }

  /// The best distance so far at each trial point of a search; NaN until a point gives a finite
  /// distance.
  public static func bestSoFar(_ distances: [Double]) -> [Double] {
    var best = Double.nan
    return distances.map { distance in
      if distance.isFinite, !(best <= distance) { best = distance }
      return best
    }
  }

  /// The search's course; nil when no trial point gave a distance.
  public var searchProgress: SearchProgress? {
    let best = Self.bestSoFar(searchDistances)
    // Once a point is finite every later best is, so the last is the search's best.
    guard let first = best.firstIndex(where: \.isFinite), let final = best.last else { return nil }
    return SearchProgress(best: best, firstMeasured: first, start: best[first], final: final)
  }

  /// Whether the distances at the start, at the fit and of the file as written could all be
  /// measured (none is once one fitted target cannot be).
  public var distancesMeasured: Bool {
    [startDistance, searchDistance, calibratedDistance].allSatisfy(\.isFinite)
  }
}
