// MARK: - Where the residents are, and how they fare

extension RunResult {
  /// Where an arm's residents are month by month (means over the replications): at home with
  /// their need met or not, in an institution, or dead, of everyone who has lived here.
  public struct ResidentStates: Sendable, Equatable {
    public var homeMet: [Double]
    public var homeUnmet: [Double]
    public var institution: [Double]
    public var dead: [Double]
    /// At home, met or not.
    public var atHome: [Double]
    /// Everyone who has lived here by the month: the residents and the entrants so far.
    public var present: [Double]

    /// Everyone who has lived here by the last month.
    public var presentAtEnd: Double { present[present.count - 1] }

    /// A state's share of everyone in the last month.
    public func shareAtEnd(_ state: KeyPath<ResidentStates, [Double]>) -> Double {
      let values = self[keyPath: state]
      return values[values.count - 1] / presentAtEnd
    }
  }

  /// Where an arm's residents are; nil when the result lacks a count it needs.
  public func residentStates(_ arm: SummaryArm) -> ResidentStates? {
    guard let outcomes = monthlyOutcomes[arm], let alive = outcomes[.alive]?.mean,
      let atHome = outcomes[.atHome]?.mean, let institution = outcomes[.institutional]?.mean,
      let unmet = outcomes[.unmetNeed]?.mean
    else { return nil }
    let present = (0..<months).map(residentsPresent(byMonth:))
    return ResidentStates(
      homeMet: zip(atHome, unmet).map { max(0, $0 - $1) }, homeUnmet: unmet,
      institution: institution, dead: zip(present, alive).map { $0 - $1 }, atHome: atHome,
      present: present)
  }

  /// An arm's mean quality of life of the residents alive, month by month (NaN in a month
  /// without residents); nil when the result lacks the counts.
  public func qualityOfLife(_ arm: SummaryArm) -> [Double]? {
    guard let qalys = monthlyOutcomes[arm]?[.qalys]?.mean,
      let alive = monthlyOutcomes[arm]?[.alive]?.mean
    else { return nil }
    // QALYs in a month are a twelfth of the quality of life of each resident alive.
    return zip(qalys, alive).map { $1 > 0 ? 12 * $0 / $1 : .nan }
  }
}
