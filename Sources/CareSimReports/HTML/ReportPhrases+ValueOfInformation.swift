extension ReportPhrases {
  /// The value-of-information report's words in English.
  static let englishValueOfInformation: [String: String] = [
    "voi.title": "Value of information",
    "voi.subtitle": "{1} parameter sets from {2}",
    "voi.summary.evpi":
      "At {1} per QALY the EVPI for {3} is {2}: what removing all uncertainty would be "
      + "worth, the most that any study could be worth to this decision.",
    "voi.summary.evpi.error":
      "At {1} per QALY the EVPI for {3} is {2} (standard error {4}): what removing all "
      + "uncertainty would be worth, the most that any study could be worth to this decision.",
    "voi.summary.evpi.nearZero":
      "That is less than two standard errors above zero: with these sets it cannot be told apart "
      + "from no value at all; more sets would tell.",
    "voi.summary.noise":
      "Each set's Monte-Carlo noise is removed first; taken as they are, the sets would put the "
      + "EVPI at {1}.",
    "voi.summary.first":
      "The uncertainty worth resolving first is {1}: knowing it would be worth {2} to {3}, "
      + "{4} of the EVPI.",
    "voi.summary.firstOther":
      "The uncertainty worth resolving first is {1}: knowing it would be worth {2} to {3}, "
      + "{4} of the EVPI, and most to {5}: {6}.",
    "voi.summary.none":
      "At {1} per QALY no uncertainty is worth resolving for {2}: no parameter set changes the "
      + "decision.",
    "voi.summary.noneAlone":
      "At {1} per QALY no single parameter's or group's uncertainty is worth resolving for {2} "
      + "on its own: every EVPPI is zero, so the EVPI of {3} comes from the parameters jointly "
      + "(--group estimates what several are worth together).",
    "voi.summary.noneAloneNoisy":
      "At {1} per QALY no single parameter's or group's uncertainty is worth resolving for {2} "
      + "on its own: every EVPPI is zero, so the EVPI of {3} comes from the parameters jointly, "
      + "or from the sets' Monte-Carlo noise, which a table without standard errors keeps "
      + "(--group estimates what several are worth together).",
    "voi.summary.population":
      "Over every decision it informs (the decisions a year and years given, discounted), the "
      + "EVPI comes to {1}.",
    "voi.curve": "Value of removing all uncertainty",
    "voi.curve.title": "Expected value of perfect information per payer",
    "voi.curve.x": "Value of a QALY",
    "voi.curve.y": "EVPI",
    "voi.curve.reading": "At {1} per QALY the EVPI is largest for {2}: {3}.",
    "voi.partial": "What each parameter's uncertainty is worth",
    "voi.partial.title": "EVPPI as a share of EVPI ({1})",
    "voi.partial.axis": "Share of EVPI",
    "voi.partial.status": "EVPPI with its 95% interval",
    "voi.partial.reading":
      "Learning {1} alone would be worth {2} of what removing all uncertainty is worth.",
    "voi.partial.none":
      "At {1} per QALY the EVPI for {2} is zero, so no parameter's uncertainty is worth "
      + "resolving for it.",
    "voi.partial.allZero":
      "At {1} per QALY every parameter's and group's EVPPI for {2} is zero, so no chart of their "
      + "shares is drawn.",
    "voi.partial.table": "The table gives what each is worth to every perspective.",
    "voi.partial.zeroEverywhere":
      "The EVPPIs of the other perspectives are zero too, so no table is drawn; voi.csv lists "
      + "them.",
    "voi.table.caption": "EVPPI per perspective at {1} per QALY",
    "voi.table.subject": "Parameter or group",
  ]

  /// The value-of-information report's words in Dutch.
  static let dutchValueOfInformation: [String: String] = [
    "voi.title": "Waarde van informatie",
    "voi.subtitle": "{1} parametersets uit {2}",
    "voi.summary.evpi":
      "Bij {1} per QALY is de EVPI voor {3} {2}: zoveel is het wegnemen van alle "
      + "onzekerheid waard, en meer kan geen onderzoek voor deze beslissing waard zijn.",
    "voi.summary.evpi.error":
      "Bij {1} per QALY is de EVPI voor {3} {2} (standaardfout {4}): zoveel is het wegnemen van "
      + "alle onzekerheid waard, en meer kan geen onderzoek voor deze beslissing waard zijn.",
    "voi.summary.evpi.nearZero":
      "Dat is minder dan twee standaardfouten boven nul: met deze sets is het niet te "
      + "onderscheiden van nul; meer sets zouden het uitwijzen.",
    "voi.summary.noise":
      "De Monte Carlo-ruis van elke set is eerst verwijderd; zoals ze zijn, zouden de sets de EVPI "
      + "op {1} zetten.",
    "voi.summary.first":
      "De onzekerheid die het eerst de moeite waard is om weg te nemen, is {1}: die kennen is "
      + "voor {3} {2} waard, {4} van de EVPI.",
    "voi.summary.firstOther":
      "De onzekerheid die het eerst de moeite waard is om weg te nemen, is {1}: die kennen is "
      + "voor {3} {2} waard, {4} van de EVPI, en het meest voor {5}: {6}.",
    "voi.summary.none":
      "Bij {1} per QALY is geen onzekerheid het wegnemen waard voor {2}: geen parameterset "
      + "verandert de beslissing.",
    "voi.summary.noneAlone":
      "Bij {1} per QALY is voor {2} de onzekerheid van geen enkele parameter of groep op zichzelf "
      + "het wegnemen waard: elke EVPPI is nul, dus de EVPI van {3} ontstaat uit de parameters "
      + "samen (--group schat wat meerdere parameters samen waard zijn).",
    "voi.summary.noneAloneNoisy":
      "Bij {1} per QALY is voor {2} de onzekerheid van geen enkele parameter of groep op zichzelf "
      + "het wegnemen waard: elke EVPPI is nul, dus de EVPI van {3} ontstaat uit de parameters "
      + "samen, of uit de Monte Carlo-ruis van de sets, die in een tabel zonder standaardfouten "
      + "blijft zitten (--group schat wat meerdere parameters samen waard zijn).",
    "voi.summary.population":
      "Over alle beslissingen die ze informeert (de opgegeven beslissingen per jaar en jaren, "
      + "verdisconteerd), komt de EVPI op {1}.",
    "voi.curve": "Waarde van het wegnemen van alle onzekerheid",
    "voi.curve.title": "Verwachte waarde van perfecte informatie per betaler",
    "voi.curve.x": "Waarde van een QALY",
    "voi.curve.y": "EVPI",
    "voi.curve.reading": "Bij {1} per QALY is de EVPI het grootst voor {2}: {3}.",
    "voi.partial": "Wat de onzekerheid in elke parameter waard is",
    "voi.partial.title": "EVPPI als deel van de EVPI ({1})",
    "voi.partial.axis": "Deel van de EVPI",
    "voi.partial.status": "EVPPI met 95%-interval",
    "voi.partial.reading":
      "Alleen {1} kennen zou {2} waard zijn van wat het wegnemen van alle onzekerheid waard is.",
    "voi.partial.none":
      "Bij {1} per QALY is de EVPI voor {2} nul: geen onzekerheid in een parameter is het "
      + "wegnemen waard.",
    "voi.partial.allZero":
      "Bij {1} per QALY is de EVPPI voor {2} van elke parameter en groep nul, dus er is geen "
      + "grafiek van hun aandelen getekend.",
    "voi.partial.table": "De tabel geeft wat elke parameter voor elk perspectief waard is.",
    "voi.partial.zeroEverywhere":
      "Ook de EVPPI's van de andere perspectieven zijn nul, dus er staat geen tabel; voi.csv "
      + "bevat ze.",
    "voi.table.caption": "EVPPI per perspectief bij {1} per QALY",
    "voi.table.subject": "Parameter of groep",
  ]
}
