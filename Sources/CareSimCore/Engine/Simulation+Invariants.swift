/// Traps with `message` when `condition` is false, in builds compiled with
/// `CARESIM_INTERNAL_CHECKS` (every debug build, so every `swift test`); compiles to nothing
/// otherwise, so call sites carry no `#if` and release builds pay nothing (swift-collections'
/// `_internalInvariant`).
@inline(__always)
func internalInvariant(
  _ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String,
  file: StaticString = #fileID, line: UInt = #line
) {
  #if CARESIM_INTERNAL_CHECKS
  precondition(condition(), message(), file: file, line: line)
  #endif
}

#if CARESIM_INTERNAL_CHECKS
/// Expensive consistency checks of every month, compiled into debug builds (`CARESIM_INTERNAL_CHECKS`).
///
/// They trap with a message naming the arm and month: nobody born (but the month's entrants),
/// the living at home or in an institution, costs never negative, scores within [0, 1], care never
/// above need at home.
extension MonthlyStepper {
  func checkInvariants(arm: InterventionArm, month: Int, outcome: ReplicationOutcome) {
    precondition(
      outcome[arm, month, .alive]
        == outcome[arm, month, .atHome] + outcome[arm, month, .institutional],
      "\(arm) month \(month): the living must be at home or in an institution")
    if month > 0 {
      // Nobody is born; the month's entrants arrive.
      precondition(
        outcome[arm, month, .alive]
          <= outcome[arm, month - 1, .alive] + Double(constants.entrants.arrivals(inMonth: month)),
        "\(arm) month \(month): the dead must stay dead")
    }
    precondition(
      outcome[arm, month, .substituted] <= outcome[arm, month, .participants],
      "\(arm) month \(month): care substituted for someone who does not take part")
    for funder in Funder.allCases {
      precondition(
        outcome[arm, month, OutcomeMetric(funder)] >= 0,
        "\(arm) month \(month): negative \(funder) cost \(outcome[arm, month, OutcomeMetric(funder)])"
      )
    }
  }

  /// Checks one resident's state after a month's move.
  func checkInvariants(of state: ResidentState, arm: InterventionArm, month: Int) {
    guard Int(state.needLevel) != constants.deadLevel else {
      precondition(
        !state.isParticipating && !state.isVolunteer && !state.isSubstituted,
        "\(arm) month \(month): the dead take no part")
      return
    }
    precondition(
      (0...1).contains(state.qualityOfLife) && (0...1).contains(state.carerStrain),
      "\(arm) month \(month): quality of life or strain outside [0, 1]")
    precondition(
      !levels[Int(state.needLevel)].isAtHome || state.servedLevel <= state.needLevel,
      "\(arm) month \(month): care above need at home")
  }
}
#else
/// Without `CARESIM_INTERNAL_CHECKS` (release builds) the checks compile to nothing.
extension MonthlyStepper {
  @inline(__always)
  func checkInvariants(arm: InterventionArm, month: Int, outcome: ReplicationOutcome) {}

  @inline(__always)
  func checkInvariants(of state: ResidentState, arm: InterventionArm, month: Int) {}
}
#endif
