/// What does not change about a resident during a run, shared by both arms.
public struct ResidentProfile: Sendable, Equatable {
  public var stream: RandomStreamKey
  /// Age in months at the start of the run, so that the age in month `m` is this plus `m`.
  ///
  /// For an entrant, the age at arrival less the months before it (never read before arrival).
  public var ageInMonthsAtStart: Int
  public var isFemale: Bool
  public var livesAlone: Bool
  /// The first month the resident is present: 0 for the initial residents.
  public var arrivalMonth: Int
  /// Whether the resident joins during the run (see ``Entrants``), with the entrants' mix.
  public var isEntrant: Bool
  /// The age band of its population (initial or entrants') the resident was drawn from, whose
  /// need mix a drawn start takes.
  public var ageBand: Int
  /// The resident's state when they arrive, the same in both arms: taking no part in the
  /// intervention yet (see ``StartingState``).
  public var start: ResidentState
  /// How long the resident has lived in an institution when they arrive, in months: 0 at home,
  /// and for a drawn start, which knows no past.
  public var institutionalMonthsAtStart: Int

  public init(
    stream: RandomStreamKey, ageInMonthsAtStart: Int, isFemale: Bool, livesAlone: Bool,
    arrivalMonth: Int = 0, isEntrant: Bool = false, ageBand: Int = 0,
    start: ResidentState = ResidentState(needLevel: 0, servedLevel: 0, qualityOfLife: 0),
    institutionalMonthsAtStart: Int = 0
  ) {
    self.stream = stream
    self.ageInMonthsAtStart = ageInMonthsAtStart
    self.isFemale = isFemale
    self.livesAlone = livesAlone
    self.arrivalMonth = arrivalMonth
    self.isEntrant = isEntrant
    self.ageBand = ageBand
    self.start = start
    self.institutionalMonthsAtStart = institutionalMonthsAtStart
  }

  /// The resident's age in months when they arrive: at the start for the initial residents.
  public var ageInMonthsAtArrival: Int { ageInMonthsAtStart + arrivalMonth }
}

/// A resident's relation to the intervention.
public enum Participation: UInt8, Sendable, Equatable {
  case none
  /// Wants to join but the intervention has no free capacity.
  case waiting
  case participating
}

/// A resident's informal carer.
///
/// One byte rather than two flags: the month asks whether the carer is active, and a covariate
/// whether they have broken down, with one comparison each.
public enum Carer: UInt8, Sendable, Equatable {
  /// No informal carer.
  case none
  /// Caring.
  case active
  /// Broke down under the strain and stopped caring.
  case brokenDown
}

/// What changes about a resident month by month, in one arm.
///
/// Need and care are kept apart: `needLevel` is where the resident is on the ladder, `servedLevel` is
/// the level whose care is delivered and paid for. Need above care is unmet need, which costs nothing
/// until it is signalled or escalates.
public struct ResidentState: Sendable, Equatable {
  public var needLevel: UInt8
  public var servedLevel: UInt8
  public var participation: Participation
  public var isVolunteer: Bool
  public var isLonely: Bool
  public var carer: Carer
  /// Whether the current care episode is delivered by network or volunteers instead of professionals.
  public var isSubstituted: Bool
  public var qualityOfLife: Double
  public var carerStrain: Double

  public init(
    needLevel: UInt8, servedLevel: UInt8, participation: Participation = .none,
    isVolunteer: Bool = false, isLonely: Bool = false, carer: Carer = .none,
    isSubstituted: Bool = false,
    qualityOfLife: Double, carerStrain: Double = 0
  ) {
    self.needLevel = needLevel
    self.servedLevel = servedLevel
    self.participation = participation
    self.isVolunteer = isVolunteer
    self.isLonely = isLonely
    self.carer = carer
    self.isSubstituted = isSubstituted
    self.qualityOfLife = qualityOfLife
    self.carerStrain = carerStrain
  }

  public var isParticipating: Bool { participation == .participating }
  public var hasUnmetNeed: Bool { needLevel > servedLevel }
  /// Whether the informal carer is still caring.
  public var hasActiveCarer: Bool { carer == .active }
}
