/// What happens to residents during a month's move, counted as it happens.
struct MonthlyEvents: Equatable {
  var crises = 0
  var admissions = 0
  var extraTrajectories = 0

  @inline(__always)
  static func - (lhs: MonthlyEvents, rhs: MonthlyEvents) -> MonthlyEvents {
    MonthlyEvents(
      crises: lhs.crises &- rhs.crises, admissions: lhs.admissions &- rhs.admissions,
      extraTrajectories: lhs.extraTrajectories &- rhs.extraTrajectories)
  }

  @inline(__always)
  static func += (lhs: inout MonthlyEvents, rhs: MonthlyEvents) {
    lhs.crises &+= rhs.crises
    lhs.admissions &+= rhs.admissions
    lhs.extraTrajectories &+= rhs.extraTrajectories
  }
}
