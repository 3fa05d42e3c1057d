import CareSimCore

/// Informal care and loneliness without the programme, and who pays the programme.
extension ScenarioSchema {
  /// `informalCare: { shadowPricePerHour, strainRecoveryPerMonth, … }`: no price, no strain
  /// and no loneliness unless the file says.
  static let informalCare: [Entry] = [
    .object("informalCare"),
    .number(
      "informalCare.shadowPricePerHour", \.parameters.informalCare.shadowPricePerHour,
      allowed: NumberRange(0, ScenarioLimits.shadowPricePerHour), default: 0,
      unit: .eurosAnHour, whatIf: [.prices],
      label: ("the shadow price of informal care", "de schaduwprijs van mantelzorg"),
      description: (
        "Informal care: the shadow price of an hour",
        "Mantelzorg: de schaduwprijs van een uur"
      )),
    .probability(
      "informalCare.strainRecoveryPerMonth", \.parameters.informalCare.strainRecoveryPerMonth,
      default: 0, unit: .shareAMonth,
      label: ("the carer's recovery", "het herstel van de mantelzorger"),
      description: (
        "Informal care: the strain a carer recovers a month",
        "Mantelzorg: de belasting waarvan een mantelzorger per maand herstelt"
      )),
    .number(
      "informalCare.breakdownThreshold", \.parameters.informalCare.breakdownThreshold,
      allowed: NumberRange(0.000_001, 1), default: 1, unit: .share,
      label: ("the carer's breaking point", "de overbelastingsgrens van de mantelzorger"),
      description: (
        "Informal care: the strain at which a carer breaks down",
        "Mantelzorg: de belasting waarbij een mantelzorger uitvalt"
      )),
    .probability(
      "informalCare.lonelinessOnset", \.parameters.informalCare.lonelinessOnset, default: 0,
      unit: .chanceAMonth, label: ("the onset of loneliness", "het begin van eenzaamheid"),
      description: (
        "Loneliness: the chance a month that it starts",
        "Eenzaamheid: de kans per maand dat ze begint"
      )),
    .probability(
      "informalCare.lonelinessResolution", \.parameters.informalCare.lonelinessResolution,
      default: 0, unit: .chanceAMonth,
      label: ("the end of loneliness", "het einde van eenzaamheid"),
      description: (
        "Loneliness: the chance a month that it ends without the programme",
        "Eenzaamheid: de kans per maand dat ze zonder het programma eindigt"
      )),
  ]

  /// `fundingSplit: { wmo, zvw, wlz }`: the shares of the programme's cost each payer pays.
  static let fundingSplit: [Entry] =
    Entry.funderAmounts(
      "fundingSplit", \.parameters.fundingSplit, allowed: .unit, unit: .share,
      whatIf: [.afterUptake, .prices], section: ("Funding split", "Financieringsverdeling"),
      of: ("the share of the programme's cost", "het aandeel in de programmakosten"))
    + [.part(.fundingSplitSum)]
}
