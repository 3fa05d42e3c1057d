import CareSimCore

/// The mechanisms through which the programme changes care use: `mechanisms: { signalling,
/// prevention, escalation, substitution, efficiency, extraCare }`.
///
/// Every mechanism is off unless the file says (ratios 1, probabilities 0, signalling
/// immediate), so a file states only what its study supports.
extension ScenarioSchema {
  /// The reader opens every mechanism's object before it reads their fields, and reads the
  /// services' signalling first: the participants' signalling may not be below it.
  static let mechanisms: [Entry] = Array(
    [
      [
        .object("mechanisms"), .object("mechanisms.signalling"), servicesSignalling,
        .object("mechanisms.prevention"), .object("mechanisms.escalation"),
        .part(.crisisByLevel), .object("mechanisms.substitution"),
        .object("mechanisms.extraCare"), .object("mechanisms.efficiency"),
        participantSignalling, prevention,
      ],
      escalation, substitution, efficiency, extraCare,
    ].joined())

  private static let servicesSignalling = Entry.probability(
    "mechanisms.signalling.monthlyProbability",
    \.parameters.mechanisms.signalling.monthlyProbability, default: 1, unit: .chanceAMonth,
    whatIf: [.controlArmThreshold],
    label: ("signalling without the programme", "signalering zonder het programma"),
    description: (
      "Signalling: the chance a month that a need is seen without the programme",
      "Signalering: kans per maand dat een zorgvraag zonder het programma wordt gezien"
    ))

  private static let participantSignalling = Entry.field(
    "mechanisms.signalling.participantMonthlyProbability",
    .number(
      \.parameters.mechanisms.signalling.participantMonthlyProbability,
      allowed: .atLeast(\.parameters.mechanisms.signalling.monthlyProbability, upTo: 1),
      default: .sameAs(\.parameters.mechanisms.signalling.monthlyProbability)),
    unit: .chanceAMonth, whatIf: [.afterUptake], label: ("signalling", "signalering"),
    description: (
      "Signalling: participants' chance a month that a need is seen",
      "Signalering: kans per maand dat een zorgvraag van een deelnemer wordt gezien"
    ),
    knob: .init(id: "signalling", isDefault: true))

  private static let prevention = Entry.number(
    "mechanisms.prevention.relativeRisk", \.parameters.mechanisms.prevention.relativeRisk,
    allowed: .ratio, default: 1, unit: .ratio, whatIf: [.afterUptake],
    label: ("the relative risk of decline", "het relatieve risico op achteruitgang"),
    description: (
      "Prevention: relative risk of decline for participants",
      "Preventie: relatief risico op achteruitgang voor deelnemers"
    ),
    knob: .init(id: "prevention", isDefault: true), meaningful: .programmeEffect)

  private static let escalation: [Entry] =
    Entry.funderAmounts(
      "mechanisms.escalation.crisisCost", \.parameters.mechanisms.escalation.crisisCost,
      allowed: .amount, unit: .euros, whatIf: [.prices], section: ("Escalation", "Escalatie"),
      of: ("the cost of a crisis", "de kosten van een crisis"))
    + [
      .probability(
        "mechanisms.escalation.crisisQualityOfLifeLoss",
        \.parameters.mechanisms.escalation.crisisQualityOfLifeLoss, default: 0, unit: .utility,
        label: (
          "the loss of quality of life in a crisis",
          "het verlies aan kwaliteit van leven bij een crisis"
        ),
        description: (
          "Escalation: the quality of life a crisis takes off",
          "Escalatie: de kwaliteit van leven die een crisis kost"
        )),
      .probability(
        "mechanisms.escalation.crisisAdmissionProbability",
        \.parameters.mechanisms.escalation.crisisAdmissionProbability, default: 0,
        unit: .probability, whatIf: [.controlArmThreshold],
        label: ("admission after a crisis", "opname na een crisis"),
        description: (
          "Escalation: the chance that a crisis ends in admission",
          "Escalatie: de kans dat een crisis eindigt in opname"
        )),
      .number(
        "mechanisms.escalation.participantRelativeRisk",
        \.parameters.mechanisms.escalation.participantRelativeRisk, allowed: .ratio, default: 1,
        unit: .ratio, whatIf: [.afterUptake],
        label: ("the relative risk of a crisis", "het relatieve risico op een crisis"),
        description: (
          "Escalation: relative risk of a crisis for participants",
          "Escalatie: relatief risico op een crisis voor deelnemers"
        ),
        knob: .init(id: "escalation", isDefault: true), meaningful: .programmeEffect),
      .probability(
        "mechanisms.escalation.crisisDeathProbability",
        \.parameters.mechanisms.escalation.crisisDeathProbability, default: 0,
        unit: .probability, whatIf: [.controlArmThreshold],
        label: ("death after a crisis", "overlijden na een crisis"),
        description: (
          "Escalation: the chance that a crisis ends in death",
          "Escalatie: de kans dat een crisis eindigt in overlijden"
        )),
    ]

  private static let substitution: [Entry] = [
    .probability(
      "mechanisms.substitution.share", \.parameters.mechanisms.substitution.share, default: 0,
      unit: .share, whatIf: [.afterUptake], label: ("substitution", "substitutie"),
      description: (
        "Substitution: share of new care by network and volunteers",
        "Substitutie: aandeel nieuwe zorg door netwerk en vrijwilligers"
      ),
      knob: .init(id: "substitution", isDefault: true)),
    .probability(
      "mechanisms.substitution.remainingCostShare",
      \.parameters.mechanisms.substitution.remainingCostShare, default: 0, unit: .share,
      whatIf: [.afterUptake, .prices],
      label: ("the remaining cost share", "het resterende kostenaandeel"),
      description: (
        "Substitution: the share of the professional cost that remains",
        "Substitutie: het deel van de professionele kosten dat overblijft"
      )),
    .field(
      "mechanisms.substitution.funders",
      .funders(\.parameters.mechanisms.substitution.funders, default: [.wmo]), unit: .payers,
      whatIf: [.afterUptake],
      label: ("the payers of substituted care", "de financiers van vervangen zorg"),
      description: (
        "Substitution: the payers whose professional care is replaced",
        "Substitutie: de financiers van wie de professionele zorg wordt vervangen"
      )),
    .number(
      "mechanisms.substitution.informalHoursPerWeek",
      \.parameters.mechanisms.substitution.informalHoursPerWeek, allowed: NumberRange(0, 168),
      default: 0, unit: .hoursAWeek, whatIf: [.afterUptake, .prices],
      label: ("the informal hours of substituted care", "de mantelzorguren van vervangen zorg"),
      description: (
        "Substitution: the informal hours a week that replace the care",
        "Substitutie: de uren mantelzorg per week die de zorg vervangen"
      )),
    .field(
      "mechanisms.substitution.requiresVolunteer",
      .flag(\.parameters.mechanisms.substitution.requiresVolunteer, default: false),
      unit: .flag, whatIf: [.afterUptake],
      label: ("the need for a volunteer", "de behoefte aan een vrijwilliger"),
      description: (
        "Substitution: whether replaced care needs a free volunteer",
        "Substitutie: of vervangen zorg een vrije vrijwilliger nodig heeft"
      )),
    .field(
      "mechanisms.substitution.atEnrolment",
      .flag(\.parameters.mechanisms.substitution.atEnrolment, default: false),
      unit: .flag, whatIf: [.afterUptake],
      label: ("substitution on joining", "substitutie bij deelname"),
      description: (
        "Substitution: whether the care a resident receives may be replaced on joining",
        "Substitutie: of de zorg die een bewoner al krijgt bij deelname mag worden vervangen"
      )),
  ]

  private static let efficiency: [Entry] = [
    .number(
      "mechanisms.efficiency.costMultiplier", \.parameters.mechanisms.efficiency.costMultiplier,
      allowed: NumberRange(0, 10), default: 1, unit: .ratio, whatIf: [.afterUptake, .prices],
      label: ("the care cost factor", "de zorgkostenfactor"),
      description: (
        "Efficiency: participants' professional care cost (× base)",
        "Efficiëntie: professionele zorgkosten van deelnemers (× basis)"
      ),
      knob: .init(id: "efficiency", isDefault: true)),
    .field(
      "mechanisms.efficiency.funders",
      .funders(\.parameters.mechanisms.efficiency.funders, default: [.wmo]), unit: .payers,
      whatIf: [.afterUptake],
      label: ("the payers of efficient care", "de financiers van efficiëntere zorg"),
      description: (
        "Efficiency: the payers whose professional care costs less",
        "Efficiëntie: de financiers van wie de professionele zorg minder kost"
      )),
  ]

  private static let extraCare: [Entry] =
    [
      .number(
        "mechanisms.extraCare.trajectoriesPerParticipantYear",
        \.parameters.mechanisms.extraCare.trajectoriesPerParticipantYear,
        allowed: NumberRange(0, 12), default: 0, unit: .countAYear, whatIf: [.afterUptake],
        label: ("extra care found", "gevonden extra zorg"),
        description: (
          "Extra care found: trajectories per participant a year",
          "Gevonden extra zorg: trajecten per deelnemer per jaar"
        ),
        knob: .init(id: "extraCare", isDefault: false))
    ]
    + Entry.funderAmounts(
      "mechanisms.extraCare.costPerTrajectory",
      \.parameters.mechanisms.extraCare.costPerTrajectory, allowed: .amount, unit: .euros,
      whatIf: [.afterUptake, .prices], section: ("Extra care found", "Gevonden extra zorg"),
      of: ("the cost of a trajectory", "de kosten van een traject"))
}
