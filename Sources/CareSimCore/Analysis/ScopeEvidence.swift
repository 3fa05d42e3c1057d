/// What the scope warnings read of a run (``ScopeWarning``), gathered replication by replication
/// as an analysis runs its base, so that no command runs the base a second time for its warnings.
///
/// Each mean is a running mean over the replications in replication order, as an
/// ``OutcomeSummary``'s are, so the warnings have the bits of inspecting the run's summary.
/// Memory is a few running means a month, whatever the number of replications.
package struct ScopeEvidence: Sendable {
  /// What one replication gives the warnings: the intervention arm's participants, volunteers
  /// and residents waiting for a place each month, the control arm's residents alive in the last
  /// month, and the programme's undiscounted cost over the horizon.
  struct Replication: Sendable {
    var participants: [Double]
    var volunteers: [Double]
    var waiting: [Double]
    var aliveAtEnd: Double?
    var interventionCost: Double

    init(_ outcome: ReplicationOutcome) {
      let months = 0..<outcome.months
      participants = months.map { outcome[.intervention, $0, .participants] }
      volunteers = months.map { outcome[.intervention, $0, .volunteers] }
      waiting = months.map { outcome[.intervention, $0, .waiting] }
      aliveAtEnd = outcome.months > 0 ? outcome[.control, outcome.months - 1, .alive] : nil
      // The same sum as the summary's total (``ReplicationTotals``' undiscounted cost).
      interventionCost = outcome.total(.intervention, OutcomeMetric(.intervention))
    }
  }

  /// The means over replications that the warnings compare: what a shard that runs an
  /// analysis's base keeps, so that merging the shards runs nothing.
  package struct Means: Sendable, Equatable {
    package var months: Int
    package var participants: [Double]
    package var volunteers: [Double]
    package var waiting: [Double]
    /// Nil for a run without months.
    package var aliveAtEnd: Double?
    package var interventionCost: Double

    /// Means from their figures (read back from a shard).
    package init(
      months: Int, participants: [Double], volunteers: [Double], waiting: [Double],
      aliveAtEnd: Double?, interventionCost: Double
    ) {
      precondition(
        [participants, volunteers, waiting].allSatisfy { $0.count == months },
        "a mean a month")
      self.months = months
      self.participants = participants
      self.volunteers = volunteers
      self.waiting = waiting
      self.aliveAtEnd = aliveAtEnd
      self.interventionCost = interventionCost
    }

    /// The means a run's summary reports.
    init(_ outcome: OutcomeSummary) {
      let months = outcome.months
      func monthlyMean(_ arm: SummaryArm, _ metric: OutcomeMetric) -> [Double] {
        (0..<months).map { outcome.trajectory(arm, month: $0, metric).mean }
      }
      self.months = months
      participants = monthlyMean(.intervention, .participants)
      volunteers = monthlyMean(.intervention, .volunteers)
      waiting = monthlyMean(.intervention, .waiting)
      aliveAtEnd = monthlyMean(.control, .alive).last
      interventionCost =
        outcome.total(.intervention, OutcomeMetric(.intervention), discounted: false).mean
    }

    init(_ evidence: ScopeEvidence) {
      months = evidence.months
      participants = evidence.participants.map(\.mean)
      volunteers = evidence.volunteers.map(\.mean)
      waiting = evidence.waiting.map(\.mean)
      aliveAtEnd = months > 0 ? evidence.aliveAtEnd.mean : nil
      interventionCost = evidence.interventionCost.mean
    }
  }

  let months: Int
  private var participants: [RunningMoments]
  private var volunteers: [RunningMoments]
  private var waiting: [RunningMoments]
  private var aliveAtEnd = RunningMoments()
  private var interventionCost = RunningMoments()

  init(months: Int) {
    self.months = months
    participants = Array(repeating: RunningMoments(), count: months)
    volunteers = participants
    waiting = participants
  }

  /// Adds the next replication; call in replication order.
  mutating func add(_ replication: Replication) {
    precondition(replication.participants.count == months, "a replication of another horizon")
    for month in 0..<months {
      participants[month].add(replication.participants[month])
      volunteers[month].add(replication.volunteers[month])
      waiting[month].add(replication.waiting[month])
    }
    if let alive = replication.aliveAtEnd { aliveAtEnd.add(alive) }
    interventionCost.add(replication.interventionCost)
  }

  /// The warnings of the run whose replications were added (see
  /// ``ScopeWarning/inspect(_:outcome:)``).
  func warnings(_ parameters: ScenarioParameters) -> [ScopeWarning] {
    ScopeWarning.inspect(parameters, evidence: Means(self))
  }
}
