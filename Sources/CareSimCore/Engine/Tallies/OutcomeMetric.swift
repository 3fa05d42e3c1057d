/// What a replication records for each arm and month.
///
/// The first five cases share their raw values with ``Funder`` so that a funder indexes its cost
/// metric directly.
public enum OutcomeMetric: Int, CaseIterable, Sendable, Hashable, CustomStringConvertible {
  case wmo, zvw, wlz, intervention, informal
  /// Quality-adjusted life years lived in the month (quality of life / 12 per resident alive).
  case qalys
  /// Residents present and alive at the start of the month: with entrants, those who have
  /// arrived (the denominator of every per-resident figure).
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
  /// Residents who have taken the intervention up and wait for a place (intervention arm only):
  /// with the participants, what its uptake asks of its capacity.
  case waiting

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
    case .waiting: "waiting"
    }
  }
}
