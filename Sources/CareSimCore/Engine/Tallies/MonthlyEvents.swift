/// What happens to residents during a month's move, counted as it happens.
struct MonthlyEvents: Equatable {
  var crises = 0
  var admissions = 0
  var extraTrajectories = 0
  /// Residents who died in the month; no outcome metric reads it (the living of the next month
  /// say it), the control arm's profile does.
  var deaths = 0
  /// The part of ``deaths`` of residents who lived in an institution.
  var deathsInInstitution = 0

  @inline(__always)
  static func += (lhs: inout MonthlyEvents, rhs: MonthlyEvents) {
    lhs.crises &+= rhs.crises
    lhs.admissions &+= rhs.admissions
    lhs.extraTrajectories &+= rhs.extraTrajectories
    lhs.deaths &+= rhs.deaths
    lhs.deathsInInstitution &+= rhs.deathsInInstitution
  }
}
