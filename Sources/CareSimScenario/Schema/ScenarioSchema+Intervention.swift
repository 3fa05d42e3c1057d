import CareSimCore

/// The programme: who takes part, its places and volunteers, and what it costs:
/// `intervention: { monthlyUptakeProbability, capacity: { … }, volunteering: { … }, … }`.
extension ScenarioSchema {
  /// The reader opens the capacity and volunteering objects before it reads the participation
  /// fields.
  static let intervention: [Entry] = Array(
    [
      [
        .object("intervention"), .part(.eligibleLevel), .object("intervention.capacity"),
        coordinatorSlots, .object("intervention.volunteering"),
      ],
      participation, volunteering, programme,
      Entry.funderAmounts(
        "intervention.replacedServicesAnnualCost",
        \.parameters.intervention.replacedServicesAnnualCost, allowed: .amount,
        unit: .eurosAYear, whatIf: [.prices], section: ("Intervention", "Interventie"),
        of: (
          "the yearly cost of the services the programme replaces",
          "de jaarlijkse kosten van de diensten die het programma vervangt"
        )),
    ].joined())

  private static let coordinatorSlots = Entry.field(
    "intervention.capacity.coordinatorSlots",
    .optionalInteger(
      \.parameters.intervention.capacity.coordinatorSlots, allowed: 0...ScenarioLimits.residents),
    unit: .count, whatIf: [.afterUptake],
    label: ("the coordinators' places", "de plaatsen van de coördinatoren"),
    description: (
      "Capacity: participants the coordinators serve without volunteers (none: no limit)",
      "Capaciteit: deelnemers die de coördinatoren zonder vrijwilligers bedienen (geen: onbeperkt)"
    ))

  private static let participation: [Entry] = [
    .probability(
      "intervention.initialParticipationShare",
      \.parameters.intervention.initialParticipationShare, default: 0, unit: .share,
      whatIf: [.uptake], label: ("participation at the start", "deelname bij de start"),
      description: (
        "Participation: the share of eligible residents taking part from the first month",
        "Deelname: het aandeel geschikte bewoners dat vanaf de eerste maand deelneemt"
      )),
    .probability(
      "intervention.monthlyUptakeProbability", \.parameters.intervention.monthlyUptakeProbability,
      default: 0, unit: .chanceAMonth, whatIf: [.uptake, .controlArmThreshold],
      label: ("uptake", "aanmelding"),
      description: (
        "Participation: the chance a month that an eligible resident joins",
        "Deelname: de kans per maand dat een geschikte bewoner gaat deelnemen"
      )),
    .number(
      "intervention.uptakeRelativeRiskIfLonely",
      \.parameters.intervention.uptakeRelativeRiskIfLonely, allowed: .ratio, default: 1,
      unit: .ratio, whatIf: [.uptake, .controlArmThreshold],
      label: (
        "the relative uptake of lonely residents", "de relatieve aanmelding van eenzame bewoners"
      ),
      description: (
        "Participation: the relative chance that a lonely resident joins",
        "Deelname: de relatieve kans dat een eenzame bewoner gaat deelnemen"
      )),
    .probability(
      "intervention.monthlyDropoutProbability",
      \.parameters.intervention.monthlyDropoutProbability, default: 0, unit: .chanceAMonth,
      whatIf: [.afterUptake], label: ("dropout", "uitval"),
      description: (
        "Participation: the chance a month that a participant stops",
        "Deelname: de kans per maand dat een deelnemer stopt"
      )),
    .number(
      "intervention.capacity.participantsPerVolunteer",
      \.parameters.intervention.capacity.participantsPerVolunteer,
      allowed: NumberRange(0, 1000), default: 0, unit: .count, whatIf: [.afterUptake],
      label: ("the caseload per volunteer", "de caseload per vrijwilliger"),
      description: (
        "Volunteers: participants each volunteer serves",
        "Vrijwilligers: deelnemers per vrijwilliger"
      ),
      knob: .init(id: "caseload", isDefault: false)),
  ]

  private static let volunteering: [Entry] = [
    .probability(
      "intervention.volunteering.initialShareOfParticipants",
      \.parameters.intervention.volunteering.initialShareOfParticipants, default: 0,
      unit: .share, whatIf: [.afterUptake],
      label: ("volunteers at the start", "vrijwilligers bij de start"),
      description: (
        "Volunteers: the share of participants volunteering from the first month",
        "Vrijwilligers: het aandeel deelnemers dat vanaf de eerste maand vrijwilliger is"
      )),
    .probability(
      "intervention.volunteering.monthlyProbability",
      \.parameters.intervention.volunteering.monthlyProbability, default: 0,
      unit: .chanceAMonth, whatIf: [.afterUptake], label: ("recruitment", "werving"),
      description: (
        "Volunteers: chance a month that a participant starts to volunteer",
        "Vrijwilligers: kans per maand dat een deelnemer vrijwilliger wordt"
      ),
      knob: .init(id: "recruitment", isDefault: false)),
    .probability(
      "intervention.volunteering.monthlyDropoutProbability",
      \.parameters.intervention.volunteering.monthlyDropoutProbability, default: 0,
      unit: .chanceAMonth, whatIf: [.afterUptake],
      label: ("volunteer dropout", "uitval van vrijwilligers"),
      description: (
        "Volunteers: chance a month that a volunteer stops",
        "Vrijwilligers: kans per maand dat een vrijwilliger stopt"
      ),
      knob: .init(id: "volunteerDropout", isDefault: true)),
  ]

  private static let programme: [Entry] = [
    .probability(
      "intervention.participantLonelinessResolution",
      \.parameters.intervention.participantLonelinessResolution, default: 0,
      unit: .chanceAMonth, whatIf: [.afterUptake],
      label: ("the end of participants' loneliness", "het einde van de eenzaamheid van deelnemers"),
      description: (
        "Loneliness: the chance a month that a participant's loneliness ends",
        "Eenzaamheid: de kans per maand dat de eenzaamheid van een deelnemer eindigt"
      )),
    .number(
      "intervention.carerStrainMultiplier", \.parameters.intervention.carerStrainMultiplier,
      allowed: NumberRange(0, 10), default: 1, unit: .ratio, whatIf: [.afterUptake],
      label: ("the carer strain factor", "de factor op de belasting van mantelzorgers"),
      description: (
        "Informal care: the strain of participants' carers (× base)",
        "Mantelzorg: de belasting van mantelzorgers van deelnemers (× basis)"
      )),
    .number(
      "intervention.fixedCostPerYear", \.parameters.intervention.fixedCostPerYear,
      allowed: NumberRange(0, ScenarioLimits.programmeCostPerYear), default: 0,
      unit: .eurosAYear, whatIf: [.afterUptake, .prices],
      label: ("the programme's cost", "de programmakosten"),
      description: ("The programme's cost a year", "De kosten van het programma per jaar"),
      knob: .init(id: "programmeCost", isDefault: true)),
    .number(
      "intervention.costPerParticipantPerYear",
      \.parameters.intervention.costPerParticipantPerYear, allowed: .amount, default: 0,
      unit: .eurosAYear, whatIf: [.afterUptake, .prices],
      label: ("the cost per participant", "de kosten per deelnemer"),
      description: (
        "The programme's cost per participant a year",
        "De kosten van het programma per deelnemer per jaar"
      )),
  ]
}
