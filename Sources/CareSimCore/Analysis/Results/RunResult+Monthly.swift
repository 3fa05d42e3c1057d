// MARK: - Monthly cost per funder

extension RunResult {
  /// A funder's monthly cost without and with the programme; nil when the result has no such
  /// line or it is zero in every month of both arms.
  public func monthlyCost(_ funder: Funder) -> (
    control: MonthlySeries, intervention: MonthlySeries
  )? {
    guard let control = monthlyCosts[.control]?[funder],
      let intervention = monthlyCosts[.intervention]?[funder],
      control.mean.contains(where: { $0 != 0 }) || intervention.mean.contains(where: { $0 != 0 })
    else { return nil }
    return (control, intervention)
  }

  /// The programme's undiscounted cost a year: its monthly means summed, over the years.
  public var programmeCostPerYear: Double {
    (monthlyCosts[.intervention]?[.intervention]?.mean.reduce(0, +) ?? .nan) / years
  }

  /// From which month on (from 1) the arm with the programme costs a funder less every month;
  /// nil if it never does.
  public func cheaperFrom(_ funder: Funder) -> Int? {
    guard let control = monthlyCosts[.control]?[funder]?.mean,
      let intervention = monthlyCosts[.intervention]?[funder]?.mean
    else { return nil }
    guard let lastHigher = control.indices.last(where: { intervention[$0] >= control[$0] }) else {
      return 1
    }
    return lastHigher + 1 < control.count ? lastHigher + 2 : nil
  }

  /// The months in which the arm with the programme costs a funder more.
  public func monthsCostingMore(_ funder: Funder) -> Int {
    guard let control = monthlyCosts[.control]?[funder]?.mean,
      let intervention = monthlyCosts[.intervention]?[funder]?.mean
    else { return 0 }
    return zip(control, intervention).filter { $1 > $0 }.count
  }
}
