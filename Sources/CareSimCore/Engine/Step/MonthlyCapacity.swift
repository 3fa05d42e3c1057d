/// How many participants the intervention can serve this month, and how well it serves them.
///
/// Residents act on each other only through this: the month-by-month driver computes it at the
/// start of every month from the residents' states (``CapacityCounts``), and each enrolment and
/// volunteer-substituted episode uses it up.
struct MonthlyCapacity {
  /// Free places for new participants (negative when volunteers have left).
  var freeSlots: Int
  /// Share of the full intervention effect a participant receives: below 1 when there are more
  /// participants than places ("served less").
  var serviceIntensity: Double
  /// Volunteers free to carry a substituted care episode.
  var freeVolunteers: Int

  /// The control arm has no intervention to take part in.
  static let controlArm = MonthlyCapacity(freeSlots: 0, serviceIntensity: 0, freeVolunteers: 0)
}

/// The residents of an arm who decide its capacity: participants, and those of them who volunteer
/// or whose care is substituted.
struct CapacityCounts {
  var participants = 0
  var volunteers = 0
  var substituted = 0

  @inline(__always)
  mutating func add(_ state: ResidentState) {
    guard state.isParticipating else { return }
    participants &+= 1
    volunteers &+= state.isVolunteer ? 1 : 0
    substituted &+= state.isSubstituted ? 1 : 0
  }

  /// The month's capacity under `rule`.
  func capacity(rule: StepConstants.Capacity) -> MonthlyCapacity {
    guard let coordinatorSlots = rule.coordinatorSlots else {
      return MonthlyCapacity(
        freeSlots: .max, serviceIntensity: 1, freeVolunteers: volunteers - substituted)
    }
    let slots = coordinatorSlots + Int(Double(volunteers) * rule.participantsPerVolunteer)
    let intensity = participants > slots ? Double(slots) / Double(participants) : 1
    return MonthlyCapacity(
      freeSlots: slots - participants, serviceIntensity: intensity,
      freeVolunteers: volunteers - substituted)
  }
}

extension StepConstants {
  /// The capacity mechanism's constants: coordinators' places plus places per active volunteer.
  struct Capacity: StepMechanism {
    /// Participants the paid coordinators serve without volunteers; `nil` means unlimited.
    var coordinatorSlots: Int?
    var participantsPerVolunteer: Double

    init(_ parameters: ScenarioParameters) {
      coordinatorSlots = parameters.intervention.capacity.coordinatorSlots
      participantsPerVolunteer = parameters.intervention.capacity.participantsPerVolunteer
    }

    var acts: Bool { coordinatorSlots != nil }

    static func clear(_ fields: MechanismFields, in parameters: inout ScenarioParameters) {
      switch fields {
      case .afterUptake: parameters.intervention.capacity = .unlimited
      case .uptake, .prices: break
      }
    }
  }
}
