extension WorkshopLabels {
  /// The Dutch table.
  ///
  /// Sentences after "Met ...:" keep the plain word order (subject first), so that one clause
  /// fits every place in a sentence without inverting the verb.
  package static let dutch = Dictionary(
    uniqueKeysWithValues: [dutchControls, dutchResults].joined().map { ($0.key, $0.value) })

  /// The page, the payers and the controls.
  private static let dutchControls: [String: String] = [
    // The page
    "page.title": "{1} · CareSim-workshop",
    "page.kicker": "CareSim-workshop",
    "page.noscript":
      "Deze pagina heeft JavaScript nodig om haar resultaten te tonen. Open haar in een recente browser (Firefox, Chrome, Edge of Safari); ze werkt ook offline.",
    "count.runs.one": "{1} gesimuleerde run",
    "count.runs.other": "{1} gesimuleerde runs",
    "count.years.one": "{1} jaar",
    "count.years.other": "{1} jaar",
    "lede":
      "{1} per instelling gedurende {2}; {3} instellingen berekend. Verschuif een knop en alle cijfers volgen.",
    "list.and": " en ",
    "error.format": "Deze pagina kan haar gegevens niet lezen (formaat {1}; ze leest formaat 1).",
    "error.damaged":
      "De gegevens van deze pagina zijn beschadigd bij {1}; maak de pagina opnieuw met caresim workshop.",
    "error.noKnobs": "De gegevens van deze pagina hebben geen knoppen om te verschuiven.",
    "error.noCells": "De gegevens van deze pagina hebben geen berekende instellingen.",
    // Payers and perspectives
    "payer.wmo": "Gemeente (Wmo)",
    "payer.wmo.phrase": "de gemeente (Wmo)",
    "payer.wmo.short": "Wmo",
    "payer.zvw": "Zorgverzekeraar (Zvw)",
    "payer.zvw.phrase": "de zorgverzekeraar (Zvw)",
    "payer.zvw.short": "Zvw",
    "payer.wlz": "Langdurige zorg (Wlz)",
    "payer.wlz.phrase": "de langdurige zorg (Wlz)",
    "payer.wlz.short": "Wlz",
    "payer.informal": "Mantelzorg",
    "payer.informal.phrase": "de mantelzorg",
    "payer.informal.short": "Mantelzorg",
    "payer.society": "Samenleving",
    "payer.society.phrase": "de samenleving",
    "payer.society.short": "Samenleving",
    "payer.nmb": "Maatschappelijk saldo met QALY's",
    "payer.nmb.phrase": "het maatschappelijk saldo met QALY's",
    "payer.nmb.short": "Incl. QALY's",
    "payer.qalys": "Gewonnen QALY's",
    "payer.qalys.phrase": "de gewonnen QALY's",
    "payer.qalys.short": "QALY's",
    // Controls
    "controls.heading": "Probeer een instelling",
    "knobs.intro": "Elke schuif stopt alleen bij waarden die gesimuleerd zijn.",
    "knobs.aroundBase":
      "Zet hooguit twee knoppen tegelijk weg van de basis; voor een doorgestreepte waarde moet eerst een andere knop terug naar de basis.",
    "knob.base": "De eigen waarde van het scenario",
    "knob.notComputed": "Niet berekend met de andere knoppen zoals ze nu staan",
    "knob.atBase": "{1} (basis)",
    "split.heading": "Wie betaalt het programma?",
    "split.intro":
      "Het aandeel van elke betaler in de kosten van het programma; samen altijd 100%.",
    "split.scenario": "Verdeling van het scenario",
    "split.municipality": "Gemeente betaalt",
    "split.savings": "Naar besparing",
    "split.even": "Iedereen quitte",
    "split.noSavings":
      "Hier bespaart geen betaler gemiddeld, dus er is geen verdeling naar besparing.",
    "split.evenExists":
      "“Iedereen quitte” verdeelt de kosten naar besparing: bij die verdeling verliest geen betaler gemiddeld.",
    "split.evenImpossible.payer":
      "Geen verdeling laat iedere betaler quitte spelen: {1} verliest {2}, ook zonder mee te betalen aan het programma.",
    "split.evenImpossible.cost":
      "Geen verdeling laat iedere betaler quitte spelen: samen besparen de betalers {1}, minder dan het programma kost ({2}).",
    "qaly.heading": "Waarde van een QALY",
    "qaly.label": "Euro per gewonnen QALY",
    "qaly.references": "Nederlandse referentiewaarden:",
    "pin.add": "Zet deze instelling vast",
    "pin.remove": "Losmaken",
    "reset": "Terug naar de basis",
  ]

  /// The results, the sentence, the exercises, how the numbers were made and the index page.
  private static let dutchResults: [String: String] = [
    // Results
    "results.heading": "Wat het betekent",
    "card.gain": "voordeel",
    "card.loss": "nadeel",
    "card.even": "quitte",
    "card.band": "90% van de runs: {1} tot {2}",
    "card.lossChance": "Kans op verlies: {1}",
    "card.error": "± {1} Monte Carlo-fout",
    "card.nmb.sub": "Samenleving, met een QALY gewaardeerd op {1}",
    "card.qalys": "Gewonnen QALY's: {1} (90% van de runs: {2} tot {3}; ± {4})",
    "notComputed.aroundBase":
      "Niet berekend: zet hooguit twee knoppen tegelijk weg van de basis.",
    "notComputed.offBase": "Nu weg van de basis: {1}.",
    "notComputed.missing": "Niet berekend: deze combinatie van instellingen is niet gesimuleerd.",
    "bars.heading": "Wie betaalt en wie bespaart",
    "bars.title": "Saldo per betaler, met de middelste 90% van de runs",
    "bars.legend":
      "Effen blauwe balk: voordeel. Gestreepte oranje balk: nadeel. De dunne lijn met eindstreepjes omvat de middelste 90% van de runs.",
    "bars.pinned": "Gestreept zwart streepje: de vastgezette instelling.",
    "lines.heading": "Jaar na jaar",
    "lines.title": "Cumulatief saldo per betaler aan het eind van elk jaar",
    "lines.axis": "Jaar",
    "lines.caption":
      "Cumulatief saldo per betaler aan het eind van elk jaar (verdisconteerd, het gemiddelde over de runs). Een cirkel markeert het jaar vanaf welk een betaler op of boven nul blijft.",
    "breakEven.always": "{1}: nooit onder nul.",
    "breakEven.never": "{1}: niet quitte binnen {2}.",
    "breakEven.year": "{1}: quitte vanaf jaar {2}.",
    "compare.heading": "Vastgezet tegenover nu",
    "compare.caption": "Vastgezet: {1}",
    "compare.nowIs": "Nu: {1}",
    "compare.perspective": "Saldo",
    "compare.pinned": "Vastgezet",
    "compare.now": "Nu",
    "compare.difference": "Verschil",
    "setting.knob": "{1}: {2}",
    "setting.base": "de basisinstelling",
    "setting.split": "verdeling Wmo {1}, Zvw {2}, Wlz {3}",
    "setting.qaly": "een QALY op {1}",
    // The sentence
    "sentence.base":
      "In de basisinstelling verliest {1} het meest ({2}) en wint {3} het meest ({4}).",
    "sentence.base.noneLoses":
      "In de basisinstelling verliest geen betaler; {1} wint het meest ({2}).",
    "sentence.base.noneSaves":
      "In de basisinstelling wint geen betaler; {1} verliest het meest ({2}).",
    "sentence.society.saves": "De samenleving als geheel wint {1}.",
    "sentence.society.loses": "De samenleving als geheel verliest {1}.",
    "sentence.change": "{1} op {2} in plaats van {3}",
    "sentence.withChanges": "Met {1}: {2}.",
    "sentence.withChangesBut": "Met {1}: {2}, maar {3}.",
    "sentence.withChangesAnd": "Met {1}: {2} en {3}.",
    "sentence.noise": "geen saldo verandert meer dan de ruis van de simulatie",
    "sentence.savesMore": "{1} bespaart {2} meer",
    "sentence.savesLess": "{1} bespaart {2} minder",
    "sentence.losesMore": "{1} verliest {2} meer",
    "sentence.losesLess": "{1} verliest {2} minder",
    "sentence.nowSaves": "{1} bespaart nu {2} in plaats van {3} te verliezen",
    "sentence.nowLoses": "{1} verliest nu {2} in plaats van {3} te besparen",
    "sentence.stillLoses": "{1} verliest nog steeds {2}",
    "sentence.nowLosesPlain": "{1} verliest nu {2}",
    // Exercises
    "exercises.heading": "Opdrachten",
    "exercise.knobs": "Knoppen om te verschuiven: {1}.",
    "exercise.discover": "Wat je ontdekt: {1}",
    "exercise.show": "Toon het antwoord",
    "exercise.hide": "Verberg het antwoord",
    // How the numbers were made
    "about.heading": "Hoe deze cijfers zijn gemaakt",
    "design.factorial":
      "Volledig factorieel: elke combinatie van de {1} knoppen is gesimuleerd ({2} instellingen).",
    "design.aroundBase":
      "Rond de basis: de basis, elke verandering van één knop en elke verandering van twee knoppen tegelijk zijn gesimuleerd ({1} instellingen); instellingen met drie of meer knoppen weg van de basis niet.",
    "design.replications":
      "Elke instelling: {1} gedurende {2}, met dezelfde toevalsgetallen in elke instelling, zodat een verschil tussen instellingen geen verschil in geluk is. Bedragen zijn verdisconteerde euro's over de hele periode; het saldo van een betaler is zijn besparing op zorg min zijn aandeel in de kosten van het programma.",
    "about.error":
      "De „±” na een cijfer is de Monte Carlo-standaardfout van het gemiddelde: hoe ver het gemiddelde van deze runs kan liggen van het gemiddelde van heel veel runs. De 90%-band is de spreiding tussen runs (5e tot 95e percentiel), geen onzekerheid over de aannames van het scenario.",
    "about.levels":
      "De schuiven stoppen alleen bij gesimuleerde waarden; daartussen wordt niets geïnterpoleerd.",
    // Provenance
    "provenance.heading": "Waar deze cijfers vandaan komen",
    "provenance.scenario": "Scenario",
    "provenance.file": "Bestand",
    "provenance.hash": "Hash van het scenario",
    "provenance.study": "Studie",
    "provenance.seed": "Startgetal (seed)",
    "provenance.replications": "Runs per instelling",
    "provenance.years": "Jaren",
    "provenance.valuePerQALY": "Waarde per QALY",
    "provenance.split": "Verdeling van de kosten",
    "provenance.version": "CareSim-versie",
    "provenance.none": "geen",
    // The index page
    "index.title": "CareSim-workshops",
    "index.intro":
      "Elke pagina is één scenario om met een groep te verkennen. De pagina's werken offline: open er een en verschuif de knoppen.",
  ]
}
