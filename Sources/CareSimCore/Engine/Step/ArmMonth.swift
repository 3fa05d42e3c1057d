/// An arm as a type, which the month takes as a generic parameter.
///
/// Each arm's month is then compiled on its own (a generic specialisation) wherever the compiler
/// inlines the call and wherever it leaves it outlined, and the control arm's month, in which
/// nobody takes part, carries none of the intervention's phases.
protocol ArmMonth {
  static var arm: InterventionArm { get }
}

/// The control arm's month.
enum ControlArmMonth: ArmMonth {
  static var arm: InterventionArm { .control }
}

/// The intervention arm's month.
enum InterventionArmMonth: ArmMonth {
  static var arm: InterventionArm { .intervention }
}

extension ResidentState {
  /// The state as `arm` reads it: nobody takes part in the control arm (see
  /// ``Simulation/initialState(of:arm:)``), so clearing the fields of taking part there changes
  /// no value, and lets the compiler drop their reads.
  @inline(__always)
  func seen(in arm: InterventionArm) -> ResidentState {
    guard arm == .control else { return self }
    var state = self
    state.participation = .none
    state.isVolunteer = false
    state.isSubstituted = false
    return state
  }
}
