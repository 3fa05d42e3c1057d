/// What a replication records for each arm and month.
///
/// The first five cases share their raw values with ``Funder`` so that a funder indexes its cost
/// metric directly.
public enum OutcomeMetric: Int, CaseIterable, Sendable, Hashable, CustomStringConvertible {
  case wmo, zvw, wlz, intervention, informal
  /// Quality-adjusted life years lived in the month (quality of life / 12 per resident alive).
  case qalys
  case alive
  case atHome
  case institutional
  case participants
  case volunteers
  /// Residents at home whose need exceeds the care they receive.
  case unmetNeed
  case crises
  case admissions
  /// Extra professional trajectories started through outreach (intervention arm only).
  case extraTrajectories
  /// Residents whose care episode is delivered by network or volunteers.
  case substituted

  public init(_ funder: Funder) {
    guard let metric = OutcomeMetric(rawValue: funder.rawValue) else {
      preconditionFailure("metric raw values are aligned with Funder by construction")
    }
    self = metric
  }

  public var funder: Funder? { Funder(rawValue: rawValue) }

  public var description: String {
    switch self {
    case .wmo: "wmo"
    case .zvw: "zvw"
    case .wlz: "wlz"
    case .intervention: "intervention"
    case .informal: "informal"
    case .qalys: "qalys"
    case .alive: "alive"
    case .atHome: "atHome"
    case .institutional: "institutional"
    case .participants: "participants"
    case .volunteers: "volunteers"
    case .unmetNeed: "unmetNeed"
    case .crises: "crises"
    case .admissions: "admissions"
    case .extraTrajectories: "extraTrajectories"
    case .substituted: "substituted"
    }
  }
}

/// One replication's monthly totals over all residents, for both arms.
public struct ReplicationOutcome: Sendable, Equatable {
  public let months: Int
  /// Flattened `[arm][month][metric]`.
  public private(set) var values: [Double]

  static var metricCount: Int { OutcomeMetric.allCases.count }

  public init(months: Int) {
    self.months = months
    values = Array(
      repeating: 0, count: InterventionArm.allCases.count * months * Self.metricCount)
  }

  @inlinable
  func index(_ arm: InterventionArm, _ month: Int, _ metric: OutcomeMetric) -> Int {
    (arm.rawValue * months + month) * OutcomeMetric.allCases.count + metric.rawValue
  }

  public subscript(arm: InterventionArm, month: Int, metric: OutcomeMetric) -> Double {
    get { values[index(arm, month, metric)] }
    set { values[index(arm, month, metric)] = newValue }
  }

  /// The sum of a metric over some months.
  public func total(_ arm: InterventionArm, _ metric: OutcomeMetric, months: Range<Int>) -> Double {
    var sum = 0.0
    for month in months { sum += self[arm, month, metric] }
    return sum
  }

  /// The sum over months of a metric, each month weighted by `weights[month]` (discount factors).
  public func total(_ arm: InterventionArm, _ metric: OutcomeMetric, weights: [Double]? = nil)
    -> Double
  {
    var sum = 0.0
    for month in 0..<months {
      sum += self[arm, month, metric] * (weights?[month] ?? 1)
    }
    return sum
  }
}
