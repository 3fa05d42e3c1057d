/// How residents' attributes change their hazards: `covariates: { agePerYear: { progression,
/// admission, death }, … }`, every ratio 1 unless the file says.
extension ScenarioSchema {
  static let covariates: [Entry] = Array(
    [
      [.object("covariates")],
      Entry.hazardRatios(
        "covariates.agePerYear", \.parameters.covariates.agePerYear,
        of: ("a year of age", "een levensjaar"), whatIf: [.controlArmThreshold]),
      [
        .number(
          "covariates.referenceAge", \.parameters.covariates.referenceAge,
          allowed: NumberRange(0, 120), default: 65, unit: .years, whatIf: [.controlArmThreshold],
          label: ("the reference age of the hazards", "de referentieleeftijd van de hazardratio's"),
          description: (
            "Covariates: the age from which the ratios per year of age compound",
            "Covariaten: de leeftijd vanaf welke de ratio's per levensjaar gelden"
          ))
      ],
      Entry.hazardRatios(
        "covariates.loneliness", \.parameters.covariates.loneliness,
        of: ("loneliness", "eenzaamheid"), whatIf: [.controlArmThreshold]),
      Entry.hazardRatios(
        "covariates.carerBreakdown", \.parameters.covariates.carerBreakdown,
        of: ("a carer's breakdown", "uitval van de mantelzorger"),
        whatIf: [.controlArmThreshold]),
      Entry.hazardRatios(
        "covariates.qualityOfLifePerTenthBelow",
        \.parameters.covariates.qualityOfLifePerTenthBelow,
        of: (
          "each tenth of quality of life below the reference",
          "elke 0,1 kwaliteit van leven onder de referentie"
        )),
      [
        .probability(
          "covariates.referenceQualityOfLife", \.parameters.covariates.referenceQualityOfLife,
          default: 1, unit: .utility,
          label: (
            "the reference quality of life of the hazards",
            "de referentiekwaliteit van leven van de hazardratio's"
          ),
          description: (
            "Covariates: the quality of life below which its ratios apply",
            "Covariaten: de kwaliteit van leven waaronder haar ratio's gelden"
          ))
      ],
      Entry.hazardRatios(
        "covariates.unmetNeed", \.parameters.covariates.unmetNeed,
        of: ("unmet need", "onvervulde zorgvraag"), whatIf: [.controlArmThreshold]),
      Entry.hazardRatios(
        "covariates.male", \.parameters.covariates.male, of: ("being a man", "mannen"),
        whatIf: [.controlArmThreshold]),
      [.part(.agePerYearByLevel)],
    ].joined())
}
