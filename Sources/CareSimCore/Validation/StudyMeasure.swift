/// A quantity of one replication that a study's published figure is compared with.
///
/// Measures are named in validation files (see `Scenarios/validation/`), so the comparison is data:
/// `cost.intervention.wlz`, `saving.wmo`, `netBenefit.society`, `qalyGain`,
/// `count.intervention.participants`, `perResidentYear.control.zvw.y2`, `qualityOfLife.control.y1`.
public enum StudyMeasure: Sendable, Equatable {
  /// A cost line of an arm over the horizon; `.extraCare` is the cost of extra trajectories.
  case cost(InterventionArm, CostLine)
  /// Control minus intervention for a cost line.
  case saving(CostLine)
  case netBenefit(Perspective)
  case qalyGain
  /// Sum over months of a monthly metric.
  case count(InterventionArm, OutcomeMetric)
  /// Cost of a line in year `year` (1-based) per person-year alive in that year: the
  /// resident-months alive (``OutcomeMetric/alive``, entrants from their arrival) over 12.
  case perResidentYear(InterventionArm, CostLine, year: Int)
  /// Mean quality of life of the living in year `year` (1-based), per person-year alive as
  /// ``perResidentYear(_:_:year:)``.
  case qualityOfLife(InterventionArm, year: Int)

  /// A cost line: a funder, or the extra trajectories that outreach brings.
  public enum CostLine: Sendable, Equatable {
    case funder(Funder)
    case extraCare
  }

  /// Parses a measure name; returns nil when the name is not a measure.
  public init?(_ name: some StringProtocol) {
    let parts = String(name).split(separator: Character(".")).map(String.init)
    func arm(_ text: String) -> InterventionArm? {
      InterventionArm.allCases.first { $0.description == text }
    }
    func line(_ text: String) -> CostLine? {
      text == "extraCare"
        ? .extraCare : Funder.allCases.first { $0.description == text }.map(CostLine.funder)
    }
    func year(_ text: String) -> Int? {
      guard text.hasPrefix("y"), let year = Int(text.dropFirst()), year >= 1 else { return nil }
      return year
    }
    switch (parts.first, parts.count) {
    case ("cost", 3):
      guard let arm = arm(parts[1]), let line = line(parts[2]) else { return nil }
      self = .cost(arm, line)
    case ("saving", 2):
      guard let line = line(parts[1]) else { return nil }
      self = .saving(line)
    case ("netBenefit", 2):
      guard let perspective = Perspective.allCases.first(where: { $0.description == parts[1] })
      else { return nil }
      self = .netBenefit(perspective)
    case ("qalyGain", 1):
      self = .qalyGain
    case ("count", 3):
      guard let arm = arm(parts[1]),
        let metric = OutcomeMetric.allCases.first(where: { $0.description == parts[2] })
      else { return nil }
      self = .count(arm, metric)
    case ("perResidentYear", 4):
      guard let arm = arm(parts[1]), let line = line(parts[2]), let year = year(parts[3]) else {
        return nil
      }
      self = .perResidentYear(arm, line, year: year)
    case ("qualityOfLife", 3):
      guard let arm = arm(parts[1]), let year = year(parts[2]) else { return nil }
      self = .qualityOfLife(arm, year: year)
    default:
      return nil
    }
  }

  /// The latest year a measure reads, so a validation can check it fits the horizon.
  public var year: Int? {
    switch self {
    case .perResidentYear(_, _, let year), .qualityOfLife(_, let year): year
    default: nil
    }
  }

  /// The measure's value in one replication.
  public func value(in replication: ReplicationMeasures) -> Double {
    switch self {
    case .cost(let arm, let line): replication.cost(arm, line, months: replication.allMonths)
    case .saving(let line):
      replication.cost(.control, line, months: replication.allMonths)
        - replication.cost(.intervention, line, months: replication.allMonths)
    case .netBenefit(let perspective): replication.balance[perspective]
    case .qalyGain:
      replication.outcome.total(.intervention, .qalys) - replication.outcome.total(.control, .qalys)
    case .count(let arm, let metric): replication.outcome.total(arm, metric)
    case .perResidentYear(let arm, let line, let year):
      replication.cost(arm, line, months: replication.months(ofYear: year))
        / replication.personYears(arm, year: year)
    case .qualityOfLife(let arm, let year):
      replication.outcome.total(arm, .qalys, months: replication.months(ofYear: year))
        / replication.personYears(arm, year: year)
    }
  }
}

/// One replication's outcome with what measures need besides it.
public struct ReplicationMeasures: Sendable {
  public let outcome: ReplicationOutcome
  public let balance: FunderBalance
  /// Cost of one extra trajectory, over all payers.
  public let extraTrajectoryCost: Double

  public init(outcome: ReplicationOutcome, parameters: ScenarioParameters) {
    self.outcome = outcome
    balance = ReplicationTotals(outcome, parameters: parameters)
      .balance(split: parameters.fundingSplit)
    extraTrajectoryCost = parameters.mechanisms.extraCare.costPerTrajectory.total
  }

  var allMonths: Range<Int> { 0..<outcome.months }

  func months(ofYear year: Int) -> Range<Int> {
    min(outcome.months, 12 * (year - 1))..<min(outcome.months, 12 * year)
  }

  func personYears(_ arm: InterventionArm, year: Int) -> Double {
    outcome.total(arm, .alive, months: months(ofYear: year)) / 12
  }

  func cost(_ arm: InterventionArm, _ line: StudyMeasure.CostLine, months: Range<Int>) -> Double {
    switch line {
    case .funder(let funder): outcome.total(arm, OutcomeMetric(funder), months: months)
    case .extraCare: outcome.total(arm, .extraTrajectories, months: months) * extraTrajectoryCost
    }
  }
}
