/// How a resident's quality of life moves: `qualityOfLife: { adjustmentRate, … }`.
///
/// Every term is off unless the file says, so that quality of life is the need level's utility,
/// as in a Markov cohort model.
extension ScenarioSchema {
  static let qualityOfLife: [Entry] = [
    .object("qualityOfLife"),
    .part(.admissionLevel),
    .field(
      "qualityOfLife.minimumForLivingAtHome",
      .optionalNumber(\.parameters.qualityOfLife.minimumForLivingAtHome, allowed: .unit),
      unit: .utility,
      label: (
        "the minimum quality of life for living at home",
        "de minimale kwaliteit van leven om thuis te wonen"
      ),
      description: (
        "Quality of life: the minimum for living at home; below it a resident is admitted",
        "Kwaliteit van leven: het minimum om thuis te wonen; daaronder volgt opname"
      )),
    .probability(
      "qualityOfLife.adjustmentRate", \.parameters.qualityOfLife.adjustmentRate, default: 1,
      unit: .shareAMonth,
      label: ("the adjustment of quality of life", "de aanpassing van de kwaliteit van leven"),
      description: (
        "Quality of life: the share of the way to its target it moves a month",
        "Kwaliteit van leven: het deel van de weg naar het doel dat ze per maand aflegt"
      )),
    .probability(
      "qualityOfLife.ageDeclinePerYear", \.parameters.qualityOfLife.ageDeclinePerYear,
      default: 0, unit: .utilityAYear,
      label: (
        "the decline of quality of life with age",
        "de daling van de kwaliteit van leven met de leeftijd"
      ),
      description: (
        "Quality of life: its decline a year of age above the reference age",
        "Kwaliteit van leven: de daling per levensjaar boven de referentieleeftijd"
      )),
    .number(
      "qualityOfLife.referenceAge", \.parameters.qualityOfLife.referenceAge,
      allowed: NumberRange(0, 120), default: 65, unit: .years,
      label: (
        "the reference age of quality of life", "de referentieleeftijd van de kwaliteit van leven"
      ),
      description: (
        "Quality of life: the age from which it declines",
        "Kwaliteit van leven: de leeftijd vanaf welke ze daalt"
      )),
    .probability(
      "qualityOfLife.lonelinessDecrement", \.parameters.qualityOfLife.lonelinessDecrement,
      default: 0, unit: .utility,
      label: (
        "the loss of quality of life to loneliness",
        "het verlies aan kwaliteit van leven door eenzaamheid"
      ),
      description: (
        "Quality of life: what loneliness takes off",
        "Kwaliteit van leven: wat eenzaamheid eraf haalt"
      )),
    .probability(
      "qualityOfLife.participationGain", \.parameters.qualityOfLife.participationGain,
      default: 0, unit: .utility, whatIf: [.afterUptake],
      label: (
        "the gain in quality of life from taking part",
        "de winst aan kwaliteit van leven door deelname"
      ),
      description: (
        "Quality of life: what taking part adds",
        "Kwaliteit van leven: wat deelnemen toevoegt"
      )),
    .probability(
      "qualityOfLife.volunteerGain", \.parameters.qualityOfLife.volunteerGain,
      default: 0, unit: .utility, whatIf: [.afterUptake],
      label: (
        "the gain in quality of life from volunteering",
        "de winst aan kwaliteit van leven door vrijwilligerswerk"
      ),
      description: (
        "Quality of life: what volunteering adds",
        "Kwaliteit van leven: wat vrijwilligerswerk toevoegt"
      )),
    .number(
      "qualityOfLife.monthlyShockSD", \.parameters.qualityOfLife.monthlyShockSD,
      allowed: NumberRange(0, 0.5), default: 0, unit: .utilityAMonth,
      label: (
        "the monthly shock to quality of life", "de maandelijkse schok in kwaliteit van leven"
      ),
      description: (
        "Quality of life: the standard deviation of its monthly shock",
        "Kwaliteit van leven: de standaardafwijking van de maandelijkse schok"
      )),
  ]
}
