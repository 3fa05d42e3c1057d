import CareSimCore

extension ReportPhrases {
  /// The payers this table names in the plural: "de zorgverzekeraars (Zvw)" and "de mantelzorgers".
  static let dutchPluralPayers: Set<Perspective> = [.zvw, .informal]

  /// The Dutch table.
  static let dutch = Dictionary(
    uniqueKeysWithValues: [
      dutchCommon, dutchRun, dutchCalibration, dutchSensitivity, dutchAnalyses,
      dutchValueOfInformation, dutchComparison,
    ].joined().map {
      ($0.key, $0.value)
    })

  private static let dutchCommon: [String: String] = [
    "summary": "In het kort",
    "and": " en ",
    "perspective.wmo": "de gemeente (Wmo)",
    "perspective.zvw": "de zorgverzekeraars (Zvw)",
    "perspective.wlz": "de langdurige zorg (Wlz)",
    "perspective.informal": "de mantelzorgers",
    "perspective.society": "de samenleving",
    "label.wmo": "Wmo",
    "label.zvw": "Zvw",
    "label.wlz": "Wlz",
    "label.informal": "Mantelzorg",
    "label.society": "Samenleving",
    "funder.wmo": "Wmo",
    "funder.zvw": "Zvw",
    "funder.wlz": "Wlz",
    "funder.intervention": "Programma",
    "funder.informal": "Mantelzorg",
    "arm.without": "Zonder het programma",
    "arm.with": "Met het programma",
    "band.without": "90% van de runs, zonder",
    "band.with": "90% van de runs, met",
    "axis.month": "Maand",
    "summary.costShare": "{1} ({2})",
    "summary.costAndSaving":
      "In {1} jaar tijd kost het programma, in contante waarde, {2} ({6} zonder verdiscontering, zoals een begroting telt), betaald door {3}; de grootste besparing valt bij {4}: {5}.",
    "summary.costNoSaving":
      "In {1} jaar tijd kost het programma, in contante waarde, {2} ({4} zonder verdiscontering, zoals een begroting telt), betaald door {3}; geen betaler bespaart op zorg.",
    "summary.costAndSaving.undiscounted":
      "In {1} jaar tijd kost het programma {2}, betaald door {3}; de grootste besparing valt bij {4}: {5}.",
    "summary.costNoSaving.undiscounted":
      "In {1} jaar tijd kost het programma {2}, betaald door {3}; geen betaler bespaart op zorg.",
    "summary.qalysGained": "De samenleving wint {1} QALY's.",
    "summary.qalysLost": "De samenleving verliest {1} QALY's.",
    "summary.behind": "Voor {1} is het saldo een verlies van {2}, met verlies in {3} van de runs.",
    "summary.societyGains":
      "De samenleving wint {1} op het saldo van kosten en besparingen, met winst in {2} van de runs. Als een QALY {4} waard is, is het maatschappelijk saldo inclusief gezondheidswinst {3}.",
    "summary.societyLoses":
      "De samenleving verliest {1} op het saldo van kosten en besparingen, met winst in slechts {2} van de runs. Als een QALY {4} waard is, is het maatschappelijk saldo inclusief gezondheidswinst {3}.",
    "arm.without.lower": "zonder het programma",
    "arm.with.lower": "met het programma",
    "state.homeMet": "Thuis, zorgvraag gedekt",
    "state.homeUnmet": "Thuis, onvervulde zorgvraag",
    "state.institution": "In een instelling",
    "state.dead": "Overleden",
    // provenance
    "provenance": "Waar deze cijfers vandaan komen",
    "provenance.scenario": "Scenario",
    "provenance.file": "Bestand",
    "provenance.hash": "Hash van het bestand",
    "provenance.extends": "Bouwt voort op",
    "provenance.study": "Bronstudie",
    "provenance.seed": "Startgetal (seed)",
    "provenance.replications": "Runs (replicaties)",
    "provenance.threads": "Rekenthreads",
    "provenance.version": "CareSim-versie",
    "provenance.command": "Opdracht",
    "provenance.unknown": "niet vastgelegd",
    "provenance.assumptions": "Aannames",
    "provenance.noAssumptions": "Het scenario markeert geen cijfer als aanname.",
    "provenance.assumptionsNote":
      "Cijfers die geen studie geeft, met hun waarde en de bandbreedte die een gevoeligheidsanalyse probeert. "
      + "De kolom ‘Waarom’ citeert het scenariobestand letterlijk, in de taal van dat bestand.",
    "provenance.parameter": "Parameter",
    "provenance.value": "Waarde",
    "provenance.source": "Waarom",
    // the assumptions appendix, a heading per part of the model
    "assumptions.group.intervention": "Het programma",
    "assumptions.group.mechanisms.prevention": "Mechanisme: preventie",
    "assumptions.group.mechanisms.signalling": "Mechanisme: vroegsignalering",
    "assumptions.group.mechanisms.escalation": "Mechanisme: escalatie en crises",
    "assumptions.group.mechanisms.substitution": "Mechanisme: substitutie",
    "assumptions.group.mechanisms.efficiency": "Mechanisme: doelmatigheid",
    "assumptions.group.population": "Bevolking en instroom",
    "assumptions.group.needLevels": "Zorgniveaus: kosten, utiliteit en zorg",
    "assumptions.group.transitions": "Overgangen tussen niveaus",
    "assumptions.group.covariates": "Risicofactoren",
    "assumptions.group.careAtHome": "Zorg thuis",
    "assumptions.group.costsByAge": "Kosten naar leeftijd",
    "assumptions.group.informalCare": "Mantelzorg",
    "assumptions.group.qualityOfLife": "Kwaliteit van leven",
    "assumptions.group.valuePerQALY": "Waarde van een jaar in goede gezondheid",
    "assumptions.group.simulation": "De simulatie",
    "assumptions.group.other": "Overige cijfers",
    // analyses
    "analysis.subtitle": "{1}; {2} runs per variant, op dezelfde toevalsgetallen",
    "axis.netBenefit": "Saldo, verdisconteerd",
    "chart.base": "Basisscenario",
    "chart.atLow": "Parameter op de lage waarde",
    "chart.atHigh": "Parameter op de hoge waarde",
    "table.parameter": "Parameter",
    "table.low": "Laag",
    "table.high": "Hoog",
  ]

  private static let dutchRun: [String: String] = [
    // run
    "run.subtitle":
      "{1} bewoners gedurende {2} jaar, {3} gesimuleerde runs met en zonder het programma",
    "run.subtitle.entrants":
      "{1} bewoners en {4} nieuwkomers in {2} jaar, {3} gesimuleerde runs met en zonder het "
      + "programma",
    "run.whoPays": "Wie betaalt en wie bespaart",
    "run.whoPays.title": "Besparingen en aandelen in de kosten van het programma, na de verdeling",
    "run.whoPays.axis": "Over de hele periode, verdisconteerd",
    "run.pays": "Kosten",
    "run.saves": "Besparing",
    "run.saving": "{1}: besparing op zorg",
    "run.costShare": "{1}: aandeel in het programma",
    "run.societyNet": "Samenleving: saldo",
    "run.whoPays.reading":
      "De grootste besparing, {2}, valt bij {1}, tegenover programmakosten van {3}.",
    "run.balance.caption":
      "Saldo per betaler: de besparing min het aandeel in de kosten van het programma (verdisconteerd, euro).",
    "run.balance.payer": "Betaler",
    "run.balance.saving": "Besparing op zorg",
    "run.balance.share": "Aandeel programma",
    "run.balance.net": "Saldo",
    "run.balance.loss": "Runs met verlies",
    "run.payback": "Wanneer verdient het zich terug?",
    "run.payback.title": "Cumulatief saldo per betaler",
    "run.payback.axis": "Cumulatief, verdisconteerd",
    "run.payback.zero": "Break-even",
    "run.payback.marker": "{1}: maand {2}",
    "run.payback.always": "Het saldo van {1} komt nooit onder nul.",
    "run.payback.from.one": "{1} speelt quitte vanaf maand {2}.",
    "run.payback.from.other":
      "{1} spelen quitte vanaf maand {2}.",
    "run.payback.never.one": "{1} speelt binnen de periode niet quitte.",
    "run.payback.never.other":
      "{1} spelen binnen de periode niet quitte.",
    "run.monthly": "Kosten per maand per financier",
    "run.monthly.intro":
      "Elke lijn is het gemiddelde over de runs; de gekleurde band bevat 90% van de runs (van het 5e tot het 95e percentiel). Maandbedragen zijn niet verdisconteerd.",
    "run.monthly.title": "{1}: kosten per maand, hele populatie",
    "run.monthly.axis": "Kosten per maand",
    "run.monthly.programme": "Het programma kost ongeveer {1} per jaar.",
    "run.monthly.below":
      "{1}: met het programma zakt de kostenlijn vanaf maand {2} onder die zonder.",
    "run.monthly.notBelow":
      "{1}: met het programma ligt de kostenlijn in {2} van de {3} maanden boven die zonder.",
    "run.residents": "Waar de bewoners zijn",
    "run.residents.title": "Bewoners naar zorg, {1}",
    "run.residents.axis": "Aandeel van de bewoners",
    "run.residents.reading":
      "Na {1} jaar woont {2} van de bewoners thuis, {3} in een instelling en is {4} overleden.",
    "run.residents.reading.entrants":
      "Na {1} jaar woont van de {5} bewoners die hier hebben gewoond {2} thuis, {3} in een "
      + "instelling en is {4} overleden.",
    "run.deaths": "Waar bewoners overlijden",
    "run.deaths.intro":
      "Zonder het programma (de controlearm van deze runs): waar de bewoners die binnen de "
      + "periode overlijden op dat moment woonden, thuis of in een instelling (een verpleeghuis, "
      + "Wlz met verblijf), naar leeftijd bij overlijden en hoeveel van hen al twee jaar of "
      + "langer onafgebroken in een instelling woonden. De landelijke cijfers zijn die van "
      + "het CBS, voor iedereen van 80 jaar of ouder die in {1} in Nederland overleed.",
    "run.deaths.title": "Overlijden in een instelling naar leeftijd, zonder het programma",
    "run.deaths.age": "Leeftijd bij overlijden (eerste jaar van de vijfjaarsklasse)",
    "run.deaths.axis": "Aandeel van de sterfgevallen",
    "run.deaths.men": "Mannen",
    "run.deaths.women": "Vrouwen",
    "run.deaths.inInstitution": "In een instelling",
    "run.deaths.twoYearsOrMore": "Twee jaar of langer in een instelling",
    "run.deaths.national": "CBS {1}: in een verpleeghuis",
    "run.deaths.compared":
      "Zonder het programma woont {1} van de bewoners die op hun 80e of later overlijden, op het "
      + "moment van overlijden in een verpleeghuis; in Nederland was dat {2} in {3} (CBS).",
    "run.deaths.twoYears":
      "Van alle bewoners die op hun 80e of later overlijden, woonde {1} al twee jaar of langer in "
      + "een verpleeghuis; in Nederland woonde {2} twee jaar voor het overlijden al in een "
      + "verpleeghuis.",
    "run.deaths.none":
      "Zonder het programma overlijdt binnen de periode geen enkele bewoner van 80 jaar of ouder; "
      + "in Nederland woonde {1} van de tachtigplussers die in {2} overleden, op het moment van "
      + "overlijden in een verpleeghuis (CBS).",
    "run.deaths.table.caption":
      "Sterfgevallen zonder het programma naar leeftijd bij overlijden, mannen en vrouwen samen: "
      + "het aantal per run (het gemiddelde over de runs), het aandeel in een instelling en het "
      + "aandeel dat daar al twee jaar of langer woonde; de overigen overleden thuis. De laatste "
      + "rij is Nederland in {1}, waar het CBS telt wie twee jaar voor het overlijden in een "
      + "verpleeghuis woonde.",
    "run.deaths.table.ages": "Leeftijd",
    "run.deaths.table.deaths": "Overleden per run",
    "run.deaths.table.twoYears": "Twee jaar of langer",
    "run.deaths.table.national": "80+ (CBS)",
    "run.quality": "Kwaliteit van leven",
    "run.quality.title": "Gemiddelde kwaliteit van leven van de levende bewoners",
    "run.quality.axis": "Kwaliteit van leven (0 tot 1)",
    "run.quality.minimum": "Minimum om thuis te wonen",
    "run.quality.reading":
      "De gemiddelde kwaliteit van leven begint op {1}; aan het eind is die {2} zonder het programma en {3} met.",
    "run.quality.threshold":
      "Wie onder de {1} zakt, verhuist naar een instelling.",
    "run.budget": "Begroting per jaar",
    "run.budget.intro":
      "Per financier en jaar de kosten zonder en met het programma en het verschil (met min zonder; negatief is een besparing), niet verdisconteerd, zoals een begroting telt.",
    "run.budget.caption": "{1}, euro per jaar",
    "run.budget.year": "Jaar",
    "run.budget.difference": "Verschil",
    "run.budget.cumulative": "Cumulatief verschil",
  ]

  private static let dutchCalibration: [String: String] = [
    // calibrate
    "calibration.title": "Kalibratie: {1}",
    "calibration.subtitle":
      "{1}; {2} runs per proefpunt, op dezelfde toevalsgetallen; het gekalibreerde bestand "
      + "gemeten op {3} runs",
    "calibration.count.parameters.one": "is {1} parameter",
    "calibration.count.parameters.other": "zijn {1} parameters",
    "calibration.count.targets.one": "{1} landelijke streefwaarde",
    "calibration.count.targets.other": "{1} landelijke streefwaarden",
    "calibration.count.points.one": "{1} proefpunt",
    "calibration.count.points.other": "{1} proefpunten",
    "calibration.count.within.zero": "ligt er geen",
    "calibration.count.within.one": "ligt er {1}",
    "calibration.count.within.other": "liggen er {1}",
    "calibration.summary.fit": "In {3} {1} afgestemd op {2}.",
    "calibration.summary.fitted":
      "Van de afgestemde streefwaarden ({1}) {2} binnen twee standaardfouten van het landelijke "
      + "cijfer in het gekalibreerde bestand; {3}.",
    "calibration.summary.checks":
      "Van de controles, die niet zijn afgestemd ({1}), {2} binnen twee standaardfouten; {3}.",
    "calibration.farthest": "het verst ligt {1} (afstand {2})",
    "calibration.largestMiss": "de grootste misser is {1} (afstand {2})",
    "calibration.noneMeasured": "geen ervan kon worden gemeten",
    "calibration.summary.converged": "De zoektocht is na {1} geconvergeerd.",
    "calibration.summary.stopped":
      "De zoektocht stopte bij de grens van {1} voordat hij convergeerde, dus meer proefpunten "
      + "(--max-evaluations) passen mogelijk beter.",
    "calibration.summary.distance":
      "De afstand, de som van de gekwadrateerde afstanden van de afgestemde streefwaarden, daalde "
      + "van {1} bij de start tot {2}; het gekalibreerde bestand, met zijn waarden op vier "
      + "significante cijfers, meet {3} op {4} runs.",
    "calibration.summary.distanceStayed":
      "De afstand, de som van de gekwadrateerde afstanden van de afgestemde streefwaarden, bleef "
      + "{1}: geen proefpunt deed het beter dan de start; het gekalibreerde bestand, met zijn "
      + "waarden op vier significante cijfers, meet {3} op {4} runs.",
    "calibration.summary.noDistance":
      "De afstand, de som van de gekwadrateerde afstanden van de afgestemde streefwaarden, heeft "
      + "geen getal waar een afgestemde streefwaarde niet kon worden gemeten (— in de tabellen), "
      + "zoals wanneer het scenario te weinig bewoners van die leeftijden heeft: {1} bij de start, "
      + "{2} bij de afstemming, {3} in het gekalibreerde bestand ({4} runs).",
    "calibration.summary.edge.one":
      "De afstemming zette {1} aan een grens van zijn zoekbereik: de streefwaarden trekken er "
      + "mogelijk verder aan, en een ruimer zoekbereik past mogelijk beter.",
    "calibration.summary.edge.other":
      "De afstemming zette {1} aan een grens van hun zoekbereik: de streefwaarden trekken er "
      + "mogelijk verder aan, en ruimere zoekbereiken passen mogelijk beter.",
    "calibration.fit": "Hoe dicht het model bij elk landelijk cijfer komt",
    "calibration.fit.intro":
      "De afstand van een streefwaarde is de waarde van het model in het gekalibreerde bestand "
      + "min het landelijke cijfer, gedeeld door de standaardfout van dat cijfer. De gekleurde "
      + "band bevat de afstanden binnen twee standaardfouten, het zwarte streepje op elke rij is "
      + "het landelijke cijfer (afstand 0) en de snor is het eigen 95%-interval van het model "
      + "over zijn runs, in dezelfde eenheid. Afgestemde streefwaarden zijn die welke de "
      + "zoektocht minimaliseerde; de controles staan ernaast, een eerlijke toets van wat de "
      + "afstemming niet zag.",
    "calibration.chart.fitted": "Afgestemde streefwaarden: afstand tot het landelijke cijfer",
    "calibration.chart.checks": "Controles, niet afgestemd: afstand tot het landelijke cijfer",
    "calibration.chart.axis": "Afstand",
    "calibration.chart.unit": "standaardfouten van het landelijke cijfer",
    "calibration.chart.band": "±2 standaardfouten",
    "calibration.chart.national": "Landelijk cijfer",
    "calibration.chart.reading":
      "In de band: {1} van {2}. Bij {3} van de {2} ligt het model boven het landelijke cijfer, "
      + "bij {4} eronder.",
    "calibration.status.within": "In de band",
    "calibration.status.beyond": "Buiten de band",
    "calibration.status.missing": "Niet gemeten",
    "calibration.table.fitted":
      "Afgestemde streefwaarden: het landelijke cijfer en het model in het gekalibreerde bestand "
      + "({1} runs), elk ± zijn standaardfout; de afstand in standaardfouten en de afstand bij de "
      + "start van de zoektocht ({2} runs).",
    "calibration.table.checks":
      "Controles, niet afgestemd: het landelijke cijfer en het model in het gekalibreerde bestand "
      + "({1} runs), elk ± zijn standaardfout; de afstand in standaardfouten en de afstand bij de "
      + "start van de zoektocht ({2} runs).",
    "calibration.table.target": "Streefwaarde",
    "calibration.table.national": "Landelijk cijfer ± s.f.",
    "calibration.table.model": "Model ± s.f.",
    "calibration.table.distance": "Afstand",
    "calibration.table.start": "Afstand bij de start",
    "calibration.parameters": "De afgestemde parameters",
    "calibration.parameters.intro":
      "De zoektocht bewoog elke parameter binnen zijn zoekbereik, vanuit het midden ervan. Het "
      + "gekalibreerde bestand, {1} in deze map, schrijft elke afgestemde waarde op vier "
      + "significante cijfers, met een bron die de streefwaarden en de datum noemt, het "
      + "95%-interval als bereik en de posterior als verdeling; de afstanden hierboven meten dat "
      + "bestand. De posterior is wat de onzekerheid van de streefwaarden van elke waarde "
      + "overlaat: de aannemelijkheid van de landelijke cijfers binnen het zoekbereik.",
    "calibration.table.written": "In het bestand",
    "calibration.table.posterior": "Posterior-gemiddelde ± s.d.",
    "calibration.table.interval": "95%-interval",
    "calibration.summary.importance":
      "De onzekerheid die de streefwaarden de afgestemde waarden laten, is hun posterior uit "
      + "sampling-importance-resampling: {1} trekkingen, met een effectieve steekproefgrootte van "
      + "{2}; de 95%-intervallen beslaan gemiddeld {3} van de zoekbereiken.",
    "calibration.summary.laplace":
      "De onzekerheid die de streefwaarden de afgestemde waarden laten, wordt benaderd met een "
      + "normale verdeling rond de afgestemde waarden, zo smal als de streefwaarden ze vastleggen: "
      + "hoe sneller de afstand groeit als een waarde verschuift, hoe smaller (de "
      + "Laplace-benadering, uit {1}). De 95%-intervallen beslaan gemiddeld {2} van de "
      + "zoekbereiken.",
    "calibration.summary.fellShort":
      "Let op: de {1} trekkingen hadden een effectieve steekproefgrootte van maar {2}, onder de "
      + "{3} die een betrouwbare samenvatting vraagt; daarom staat hier de Laplace-benadering. "
      + "Meer trekkingen (--posterior-draws) kunnen helpen.",
    "calibration.curvature.hessian":
      "de tweede afgeleiden van de afstand, berekend met eindige differenties",
    "calibration.curvature.gauss-newton":
      "de hellingen van de gesimuleerde streefwaarden, met Gauss-Newton, omdat de tweede "
      + "afgeleiden geen bruikbare kromming gaven",
    "calibration.interval.title":
      "Elke afgestemde waarde in haar zoekbereik, met haar 95%-interval",
    "calibration.interval.axis": "Plaats in het zoekbereik",
    "calibration.interval.unit": "vanaf de ondergrens",
    "calibration.interval.status": "In het bestand, met 95%-interval",
    "calibration.interval.reading":
      "Het smalste interval is dat van {1}, {2} van het zoekbereik; het breedste dat van {3}, {4}.",
    "calibration.correlation.strongest":
      "De sterkste correlatie in de posterior is die tussen {1} en {2}: {3} (van hun normale "
      + "scores; correlation.csv bevat elk paar). De opdracht caresim psa trekt de gekalibreerde waarden samen, "
      + "met deze correlaties.",
    "calibration.search": "De zoektocht",
    "calibration.search.intro":
      "De zoektocht (een Nelder–Mead-simplex) probeerde de parameters in het ene punt na het "
      + "andere, elk punt op dezelfde runs (gemeenschappelijke toevalsgetallen), en begon opnieuw "
      + "zolang dat nog winst gaf; de lijn is de kleinste afstand die tot elk proefpunt is "
      + "gevonden.",
    "calibration.search.title": "Beste afstand tot nu toe, per proefpunt",
    "calibration.search.x": "Proefpunt",
    "calibration.search.y": "Beste afstand tot nu toe",
    "calibration.search.unit": "som van kwadraten",
    "calibration.search.reading":
      "De beste afstand daalde van {1} bij proefpunt {2} tot {3}, voor het eerst bereikt bij "
      + "proefpunt {4} van {5}; 99% van die daling was er bij proefpunt {6}.",
    "calibration.search.linear":
      "De verticale as is lineair, want de grafiekmodule kent geen logaritmische schaal, en "
      + "beslaat alleen de afstanden die de zoektocht bereikte.",
    "calibration.search.flat":
      "Geen proefpunt deed het beter dan {1}, de afstand bij proefpunt {2}.",
    "calibration.search.none":
      "Geen proefpunt gaf een afstand: bij geen enkel punt kon de maat van een afgestemde "
      + "streefwaarde worden gelezen.",
    "calibration.sources": "Waar de streefwaarden vandaan komen",
    "calibration.sources.intro":
      "Streefwaarden: {1} ({2}). De bron van elk cijfer, letterlijk en in de taal van dat bestand:",
    "calibration.table.use": "Gebruik",
    "calibration.table.source": "Bron",
    "calibration.use.fit": "afgestemd",
    "calibration.use.check": "controle",
  ]

  /// One-way and two-way sensitivity and the PSA.
  private static let dutchSensitivity: [String: String] = [
    "sweep.title": "Univariate gevoeligheidsanalyse",
    "sweep.summary.base.one":
      "Eén parameter is gevarieerd van de lage naar de hoge waarde, met de andere op hun basiswaarde; in het basisscenario is het maatschappelijk saldo {2}.",
    "sweep.summary.base.other":
      "Elk van de {1} parameters is gevarieerd van de lage naar de hoge waarde, met de andere op hun basiswaarde; in het basisscenario is het maatschappelijk saldo {2}.",
    "sweep.summary.moneyless.one":
      "Het variëren van {1} verandert het saldo in euro's voor geen enkele partij: in de tabel is "
      + "het bereik {2}.",
    "sweep.summary.moneyless.other":
      "Het variëren van {1} verandert het saldo in euro's voor geen enkele partij: in de tabel is "
      + "hun bereik {2}.",
    "sweep.summary.widest":
      "Het maatschappelijk saldo hangt het meest af van {1}: {3} bij {2} en {5} bij {4}.",
    "sweep.summary.alwaysLoses.one": "{1} maakt bij elke geprobeerde waarde verlies.",
    "sweep.summary.alwaysLoses.other":
      "{1} maken bij elke geprobeerde waarde verlies.",
    "sweep.summary.alwaysGains.one": "{1} maakt bij elke geprobeerde waarde winst.",
    "sweep.summary.alwaysGains.other":
      "{1} maken bij elke geprobeerde waarde winst.",
    "sweep.tornado": "Welke parameters het meest uitmaken",
    "sweep.intro":
      "Elke balk loopt van het saldo bij de lage waarde van de parameter naar dat bij de hoge waarde, met de andere op hun basiswaarde; de breedste balken staan bovenaan. De verticale lijn is het basisscenario.",
    "sweep.tornado.title": "{1}: saldo als elke parameter varieert",
    "sweep.tornado.reading": "Voor {1} hangt het saldo het meest af van {2}: het verschuift {3}.",
    "sweep.table": "Alle parameters",
    "sweep.table.caption":
      "Het maatschappelijk saldo bij beide uiteinden van elke parameter (verdisconteerd, euro), gerangschikt naar bereik.",
    "sweep.table.atLow": "Samenleving bij laag",
    "sweep.table.atHigh": "Samenleving bij hoog",
    "sweep.table.swing": "Bereik",
    "grid.title": "Bivariate gevoeligheidsanalyse",
    "grid.summary":
      "Twee parameters zijn samen gevarieerd, {1} en {2}, in een rooster van {3} bij {4} waarden.",
    "grid.summary.never.one": "{1} maakt bij elke combinatie van de twee parameters verlies.",
    "grid.summary.never.other": "{1} maken bij elke combinatie van de twee parameters verlies.",
    "grid.summary.always.one": "{1} maakt bij elke combinatie van de twee parameters winst.",
    "grid.summary.always.other": "{1} maken bij elke combinatie van de twee parameters winst.",
    "grid.summary.some.one":
      "{1} maakt winst bij {2} van de {3} combinaties van de twee parameters.",
    "grid.summary.some.other":
      "{1} maken winst bij {2} van de {3} combinaties van de twee parameters.",
    "grid.section": "Saldo over beide parameters",
    "grid.intro":
      "Elke cel is één combinatie van waarden van de twee parameters, met de andere op hun basiswaarde; de lijn markeert waar het saldo nul is (break-even).",
    "grid.heat.title": "{1}: saldo",
    "grid.heat.uniform":
      "{1}: het saldo is in elke cel gelijk, {2}, dus er is geen kleurschaal getekend.",
    "grid.reading.never.one": "{1} maakt in elke cel verlies.",
    "grid.reading.never.other":
      "{1} maken in elke cel verlies.",
    "grid.reading.always.one": "{1} maakt in elke cel winst.",
    "grid.reading.always.other":
      "{1} maken in elke cel winst.",
    "grid.reading.some.one":
      "{1} maakt winst in {2} van de {3} cellen, aan de winstkant van de break-evenlijn.",
    "grid.reading.some.other":
      "{1} maken winst in {2} van de {3} cellen, aan de winstkant van de break-evenlijn.",
    "grid.chance.title": "Samenleving: aandeel runs met winst",
    "grid.chance.axis": "Runs met winst",
    "grid.chance.half": "De helft van de runs",
    "grid.chance.uniform":
      "Samenleving: het aandeel runs met winst is in elke cel gelijk, {1}, dus er is geen kleurschaal getekend.",
    "grid.chance.reading":
      "De lijn markeert de combinaties waarbij de samenleving in de helft van de runs winst maakt.",
    "psa.title": "Probabilistische gevoeligheidsanalyse",
    "psa.summary.sets":
      "Uit de verdelingen van het scenario zijn {1} parametersets getrokken. Bij € 50.000 per QALY is het programma voor de samenleving kosteneffectief in {2} ervan (bij € 20.000: {3}; bij € 80.000: {4}).",
    "psa.summary.perspective":
      "Voor {1} is het saldo gemiddeld {2} (90% van de sets tussen {3} en {4}), met winst in {5} van de sets; bij de eigen waarden van het scenario is het {6}.",
    "psa.summary.error":
      "Een deel van deze spreiding is de Monte Carlo-fout van het gemiddelde van elke set, ongeveer {1} voor de samenleving.",
    "psa.summary.baseError":
      "De uitkomst bij de eigen waarden van het scenario, met evenveel runs als elke set, heeft een Monte Carlo-fout van ongeveer {1} voor de samenleving.",
    "psa.summary.offCentre.one":
      "Bij één parameter ligt het gemiddelde van de verdeling niet bij de waarde in het scenario; het gemiddelde over de sets wijkt mede daardoor af van de uitkomst bij de eigen waarden van het scenario: {1}.",
    "psa.summary.offCentre.other":
      "Bij {2} parameters ligt het gemiddelde van de verdeling niet bij de waarde in het scenario; het gemiddelde over de sets wijkt mede daardoor af van de uitkomst bij de eigen waarden van het scenario: {1}.",
    "psa.offCentre.parameter": "{1} (waarde {2}, gemiddelde van de verdeling {3})",
    "psa.plane": "Kosteneffectiviteit",
    "psa.plane.title": "Kosteneffectiviteitsvlak (samenleving)",
    "psa.plane.qalys": "Gewonnen QALY's",
    "psa.plane.cost": "Extra kosten voor de samenleving",
    "psa.plane.sets": "Parametersets",
    "psa.plane.mean": "Gemiddelde",
    "psa.plane.wtp": "{1} per QALY",
    "psa.plane.reading":
      "Van de {2} parametersets liggen er {1} onder de lijn van € 50.000 per QALY: daar is het programma bij die prijs kosteneffectief.",
    "psa.ceac.title": "Kans dat het programma kosteneffectief is",
    "psa.ceac.x": "Betalingsbereidheid per QALY",
    "psa.ceac.y": "Aandeel parametersets",
    "psa.ceac.reading": "Bij € 50.000 per QALY is de kans {1}.",
    "psa.spread": "Saldo per betaler",
    "psa.spread.title": "Saldo over de parametersets",
    "psa.spread.base": "Bij de eigen waarden van het scenario",
    "psa.spread.reading":
      "De stippen zijn het gemiddelde over de parametersets, de lijnen omvatten 90% ervan; het merkteken is het scenario bij zijn eigen waarden.",
    "psa.status.gains": "Wint gemiddeld",
    "psa.status.loses": "Verliest gemiddeld",
  ]

  /// Funding splits, warnings, break-even searches, study validation and the workshop.
  private static let dutchAnalyses: [String: String] = [
    "split.title": "Stresstest van de financieringsverdeling",
    "split.summary.savings": "Het programma kost {1}; de verwachte besparingen zijn {2}.",
    "split.summary.evenExists": "Er is een verdeling waarbij elke betaler quitte speelt.",
    "split.summary.noEven":
      "Geen verdeling laat elke betaler quitte spelen: de verwachte besparing van een betaler is negatief, of de besparingen samen dekken de kosten niet.",
    "split.summary.fair":
      "Verdeeld naar de besparingen (het redelijke aandeel) betaalt de gemeente {1}, de zorgverzekeraars {2} en de Wlz {3}.",
    "split.ternary": "Het saldo van elke betaler bij elke verdeling",
    "split.intro":
      "Elk punt van een driehoek is een verdeling van de programmakosten over Wmo (boven), Zvw (linksonder) en Wlz (rechtsonder); de kleur is het verwachte saldo van de betaler. Het merkteken is het redelijke aandeel.",
    "split.ternary.title": "{1}: saldo per financieringsverdeling",
    "split.corner.wmo": "Wmo betaalt alles",
    "split.corner.zvw": "Zvw betaalt alles",
    "split.corner.wlz": "Wlz betaalt alles",
    "split.fairShare": "Redelijk aandeel",
    "split.ternary.always.one": "{1} maakt winst, hoe groot het aandeel ook is.",
    "split.ternary.always.other":
      "{1} maken winst, hoe groot hun aandeel ook is.",
    "split.ternary.never.one":
      "{1} maakt verlies, hoe groot het aandeel ook is, zelfs als die niets betaalt.",
    "split.ternary.never.other":
      "{1} maken verlies, hoe groot hun aandeel ook is, zelfs als zij niets betalen.",
    "split.ternary.upTo.one":
      "{1} speelt quitte zolang die hoogstens {2} van de programmakosten betaalt.",
    "split.ternary.upTo.other":
      "{1} spelen quitte zolang zij hoogstens {2} van de programmakosten betalen.",
    "split.table": "Opvallende verdelingen",
    "split.table.caption":
      "De verdeling van het scenario, het redelijke aandeel en een verdeling waarbij iedereen quitte speelt, in de basis en bij beide uiteinden van elke gevarieerde parameter (saldo verdisconteerd, euro).",
    "split.table.setting": "Instelling",
    "split.table.split": "Verdeling",
    "split.table.net": "Saldo {1}",
    "split.summary.evenRange":
      "Elke betaler speelt quitte bij elke verdeling waarin de Wmo {1} tot {2}, de Zvw {3} tot {4} en de Wlz {5} tot {6} van de programmakosten betalen, samen 100%.",
    "split.table.loss": "Kans op verlies {1}",
    "split.table.base": "Basis",
    "split.table.none": "{1}: bestaat niet",
    "split.candidate.scenario": "Scenario",
    "split.candidate.fair share": "Redelijk aandeel",
    "split.candidate.all break even": "Iedereen quitte",
    "warning.title": "Buiten wat de bronnen dekken",
    "warning.cost":
      "Het programma kost {1} per deelnemer per jaar, buiten wat de studies die CareSim meelevert betaalden: {2} (Gemert-Bakel, de lage schatting) tot {3} (Groningen, de hoge schatting). De effecten uit die studies gelden bij deze kosten mogelijk niet.",
    "warning.entrants":
      "Er komen {1} bewoners per maand bij tegen {2} overlijdens per maand zonder het programma, zodat de bevolking haar omvang niet houdt (een factor 2 of meer uit elkaar, een aanname). Instromers zijn een absoluut aantal: geef ze per 1.000 bewoners op (population.entrants.perThousandResidentsPerMonth), zodat ze meeschalen met de bewoners.",
    "warning.capacity":
      "Het programma heeft gemiddeld plaatsen voor {1} deelnemers, maar {2} bewoners willen meedoen (ze doen mee of wachten op een plaats), zodat minder dan de helft van hen volledig bediend kan worden, terwijl de effecten uit de studies gelden voor deelnemers die volledig bediend worden (de grens van de helft is een aanname). De plaatsen van de coördinatoren zijn een absoluut aantal: schaal ze mee met de bewoners.",
    "breakeven.title": "Break-even van {1}",
    "breakeven.section": "Saldo tegen de parameter",
    "breakeven.chart.title": "{1}: saldo bij elke proef",
    "breakeven.chart.probes": "Proeven",
    "breakeven.chart.band": "95%-interval van elke proef",
    "breakeven.marker": "Break-even bij {1}",
    "breakeven.chart.reading":
      "Elk punt is een geprobeerde waarde, met als band het 95%-interval van het saldo bij die waarde; de verticale lijn geeft aan waar het saldo van {1} de nullijn kruist.",
    "breakeven.chart.reading.none":
      "Elk punt is een geprobeerde waarde, met als band het 95%-interval van het saldo bij die waarde; het saldo van {1} blijft over het hele bereik aan één kant van de nullijn.",
    "breakeven.found":
      "Voor {1} is het verwachte saldo nul met {2} op {3} (95%-interval {4} tot {5}); in het scenario is dat {6}.",
    "breakeven.none":
      "Voor {1} wordt het saldo nergens nul met {2} tussen {3} en {4}, het breedste doorzochte bereik; in het scenario is dat {5}.",
    "breakeven.noneInValidRange":
      "Voor {1} ligt er geen break-evenpunt binnen het geldige bereik van {2}: het saldo wordt nergens nul tussen {3} en {4}, de waarden die het scenario toestaat; in het scenario is dat {5}.",
    "validation.title": "Validatie tegen {1}",
    "validation.section": "Gepubliceerde cijfers tegen CareSim",
    "validation.summary": "{1}: {2}.",
    "validation.count.figures.one": "{1} gepubliceerd cijfer",
    "validation.count.figures.other": "{1} gepubliceerde cijfers",
    "validation.count.reproduced.one": "{1} gereproduceerd",
    "validation.count.reproduced.other": "{1} gereproduceerd",
    "validation.count.agrees.one": "{1} komt overeen met CareSim",
    "validation.count.agrees.other": "{1} komen overeen met CareSim",
    "validation.count.gap.one": "{1} met een verklaard verschil",
    "validation.count.gap.other": "{1} met een verklaard verschil",
    "validation.count.failed.one": "{1} niet gereproduceerd",
    "validation.count.failed.other": "{1} niet gereproduceerd",
    "validation.signs.holds": "het teken klopt bij {1}",
    "validation.signs.differs": "het teken wijkt af bij {1}",
    "validation.signs.both": "het teken klopt bij {1} en wijkt af bij {2}",
    "validation.breakEvens.exceeds": "het break-evenpunt wordt overschreden bij {1}",
    "validation.breakEvens.fallsShort": "het break-evenpunt wordt niet gehaald bij {1}",
    "validation.breakEvens.both":
      "het break-evenpunt wordt overschreden bij {1} en niet gehaald bij {2}",
    "validation.runs.asPublished": "zoals gepubliceerd in {1} van de runs",
    "validation.runs.above": "erboven in {1} van de runs",
    "validation.sign.positive": "positief",
    "validation.sign.negative": "negatief",
    "validation.chart.title": "De schatting van CareSim als aandeel van het gepubliceerde cijfer",
    "validation.chart.axis": "Aandeel van het gepubliceerde cijfer",
    "validation.chart.published": "Gepubliceerd cijfer (100%)",
    "validation.chart.reading":
      "Stippen zijn het gemiddelde van CareSim, de lijnen het 95%-interval, elk gedeeld door het gepubliceerde cijfer; tekens staan in de tabel.",
    "validation.table.figure": "Cijfer",
    "validation.table.published": "Gepubliceerd",
    "validation.table.caresim": "CareSim",
    "validation.table.interval": "95%-interval",
    "validation.table.status": "Status",
    "validation.gaps.section": "Waarom CareSim afwijkt",
    "validation.gaps.intro":
      "Waar de schatting van CareSim afwijkt van een gepubliceerd cijfer, of een bewering van de studie niet opgaat, zegt het validatiebestand waarom; niets is bijgesteld om het verschil weg te werken. "
      + "De kolom ‘Waarom’ citeert het validatiebestand letterlijk, in het Engels.",
    "validation.gaps.why": "Waarom",
    "validation.caveats.section": "Hoe ver de overeenkomst reikt",
    "validation.caveats.intro":
      "Waar CareSim overeenkomt met een gepubliceerd cijfer, zegt het validatiebestand soms wat die overeenkomst wel en niet laat zien. "
      + "De kolom ‘Waarom’ citeert het validatiebestand letterlijk, in het Engels.",
    "validation.gaps.none": "Het validatiebestand geeft geen toelichting.",
    "validation.status.reproduced": "gereproduceerd",
    "validation.status.agrees": "komt overeen",
    "validation.status.gap": "verschil (verklaard)",
    "validation.status.failed": "niet gereproduceerd",
    "validation.status.holds": "teken klopt",
    "validation.status.differs": "teken wijkt af",
    "validation.status.exceeds": "boven break-evenpunt",
    "validation.status.fallsShort": "onder break-evenpunt",
    // workshop answers
    "workshop.notComputed":
      "CareSim heeft de cellen die dit antwoord nodig heeft niet berekend (neem de knop op bij de knoppen van de workshop).",
    "workshop.answer.knobEffect":
      "Met {1} op {2} is het saldo van {3} {4}; bij {5} is het {6} (bij de {7} van het scenario: {8}).",
    "workshop.answer.evenNowhere":
      "{1} speelt bij geen berekend niveau van {2} quitte; het saldo is op zijn best {3}, bij {4}.",
    "workshop.answer.evenAt": "{1} speelt quitte (of beter) als {2} {3} is.",
    "workshop.answer.yearAlways": "Het cumulatieve saldo van {1} komt nooit onder nul.",
    "workshop.answer.yearNever":
      "Het cumulatieve saldo van {1} wordt binnen {2} jaar niet positief; het eindigt op {3}.",
    "workshop.answer.yearFrom":
      "Het cumulatieve saldo van {1} wordt positief in jaar {2} en blijft dat.",
    "workshop.answer.negativeSaving": "de verwachte besparing van {1} is negatief ({2})",
    "workshop.answer.notCovered":
      "de besparingen samen ({1}) dekken de kosten van het programma ({2}) niet",
    "workshop.answer.semicolon": "; ",
    "workshop.answer.fairShare":
      "Verdeeld naar de besparingen betaalt de gemeente {1}, de zorgverzekeraars {2} en de Wlz {3}.",
    "workshop.answer.noEvenSplit": "Geen verdeling laat elke betaler quitte spelen: {1}.",
    "workshop.answer.evenSplit":
      "Elke betaler speelt quitte als de gemeente {1}, de zorgverzekeraars {2} en de Wlz {3} van het programma betalen (naar wat elk bespaart).",
  ]
}
