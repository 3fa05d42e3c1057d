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
