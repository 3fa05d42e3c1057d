/// The two arms every replication runs on the same residents and the same random numbers.
public enum InterventionArm: Int, CaseIterable, Sendable, Hashable, CustomStringConvertible {
  /// The situation without the intervention (the "0-situation" of an MKBA).
  case control
  /// The situation with the intervention.
  case intervention

  public var description: String {
    switch self {
    case .control: "control"
    case .intervention: "intervention"
    }
  }
}
