extension ReportPhrases {
  /// The comparison report's words in English.
  static let englishComparison: [String: String] = [
    "diff.title": "What changed between two results",
    "diff.subtitle": "Two results of caresim {1}: A is {2}, B is {3}",
    "diff.summary.same":
      "A and B have the same inputs: the same scenario, seed, replications, CareSim version and "
      + "command line.",
    "diff.summary.changed.one": "B differs from A in one input: {2}.",
    "diff.summary.changed.other": "B differs from A in {1} inputs: {2}.",
    "diff.summary.more": "{1} more",
    "diff.summary.sameSeed":
      "Both ran on the same seed and so share their random numbers: the test below is "
      + "conservative for them, and a difference inside it may still be real.",
    "diff.summary.moved.none":
      "None of the {1} figures with a Monte-Carlo error moved beyond it ({2} standard errors of "
      + "the difference).",
    "diff.summary.moved.one":
      "One of the {1} figures with a Monte-Carlo error moved beyond it ({2} standard errors of "
      + "the difference): {3}.",
    "diff.summary.moved.other":
      "Of the {1} figures with a Monte-Carlo error, {4} moved beyond it ({2} standard errors of "
      + "the difference), among them {3}.",
    "diff.summary.noErrors":
      "None of the {1} figures comes with a Monte-Carlo error, so none is tested; the table "
      + "gives each difference.",
    "diff.summary.chance":
      "At this threshold about one figure in twenty is marked by chance alone, so a few marks "
      + "among many figures are no finding by themselves.",
    "diff.summary.threshold":
      "The threshold, {1}, is the 95% point of Student's t with {2} degrees of freedom (the "
      + "smaller result's replications less one): each standard error is itself estimated from "
      + "those replications.",
    "diff.move": "{1} ({2} → {3})",
    "diff.inputs": "Inputs that differ",
    "diff.inputs.none": "None: A and B ran the same scenario with the same settings.",
    "diff.input.seed": "the seed",
    "diff.input.replications": "the replications",
    "diff.input.caresimVersion": "the CareSim version",
    "diff.input.command line": "the command line",
    "diff.input.scenario.file": "the scenario file",
    "diff.input.scenario.hash": "the scenario file's contents (its hash)",
    "diff.input.scenario.title": "the scenario's title",
    "diff.column.input": "Input",
    "diff.missing": "not in this result",
    "diff.figures": "Figures",
    "diff.chart.title": "Difference B − A in standard errors of the difference",
    "diff.chart.axis": "Difference",
    "diff.chart.unit": "standard errors",
    "diff.chart.band": "±{1} standard errors: within the noise",
    "diff.status.beyond": "Beyond its Monte-Carlo error",
    "diff.status.within": "Within its Monte-Carlo error",
    "diff.chart.reading":
      "The chart shows {1} figures with a Monte-Carlo error, the headline figures first, then "
      + "those farthest from no change, each with its 95% interval; {2} of them lie outside the "
      + "band.",
    "diff.table.beyond": "Figures beyond their Monte-Carlo error ({1}), farthest first",
    "diff.table.within": "Figures within their Monte-Carlo error ({1})",
    "diff.table.noError": "Figures without a Monte-Carlo error ({1})",
    "diff.column.figure": "Figure",
    "diff.column.difference": "B − A",
    "diff.column.standardError": "Standard error of the difference",
    "diff.table.headline": "Headline figures ({1}): net benefit, QALYs and ratios",
    "diff.details":
      "The other {1} figures: each arm's costs and QALYs, discounted and undiscounted, and the run's settings",
    "figure.afterSplit.mean": "Net benefit for {1}, after the split",
    "figure.afterSplit.probabilityOfLoss": "Chance of a loss for {1}, after the split",
    "figure.netBenefit": "Net benefit for {1}",
    "figure.probabilityOfGain": "Chance of a gain for {1}",
    "figure.qalys": "QALYs",
    "figure.arm.control": "without the programme",
    "figure.arm.intervention": "with the programme",
    "figure.arm.difference": "difference with − without",
    "figure.discounted": "discounted",
    "figure.undiscounted": "undiscounted",
    "figure.totals": "{1}, {2}, {3}",
    "figure.fundingSplit": "Share of the programme's cost paid by: {1}",
    "figure.qalyGain": "QALYs gained",
    "figure.benefitCostRatio.financial.perReplication.mean":
      "Benefit/cost ratio, financial (mean of the runs)",
    "figure.benefitCostRatio.financial.ratioOfMeans":
      "Benefit/cost ratio, financial (ratio of the means)",
    "figure.benefitCostRatio.social.perReplication.mean":
      "Benefit/cost ratio, social (mean of the runs)",
    "figure.benefitCostRatio.social.ratioOfMeans":
      "Benefit/cost ratio, social (ratio of the means)",
    "figure.benefitCostRatio.financial": "Benefit/cost ratio, financial",
    "figure.benefitCostRatio.social": "Benefit/cost ratio, social",
    "figure.netMonetaryBenefit.mean": "Net monetary benefit (QALYs valued)",
    "figure.entrants": "Residents who entered",
    "figure.entrantsPerMonth": "Residents entering per month",
    "figure.months": "Months simulated",
    "figure.residents": "Residents at the start",
    "figure.discounting.costsAnnualRate": "Discount rate for costs",
    "figure.discounting.effectsAnnualRate": "Discount rate for QALYs",
    "figure.placeOfDeath.ages65Plus.deathsPerReplication": "Deaths aged 65+, per run",
    "figure.placeOfDeath.ages65Plus.shareAtHome": "Share of deaths aged 65+ at home",
    "figure.placeOfDeath.ages65Plus.shareInInstitution":
      "Share of deaths aged 65+ in an institution",
    "figure.placeOfDeath.ages65Plus.shareInInstitutionTwoYearsOrMore":
      "Share of deaths aged 65+ after two years or more in an institution",
    "figure.placeOfDeath.ages80Plus.deathsPerReplication": "Deaths aged 80+, per run",
    "figure.placeOfDeath.ages80Plus.shareAtHome": "Share of deaths aged 80+ at home",
    "figure.placeOfDeath.ages80Plus.shareInInstitution":
      "Share of deaths aged 80+ in an institution",
    "figure.placeOfDeath.ages80Plus.shareInInstitutionTwoYearsOrMore":
      "Share of deaths aged 80+ after two years or more in an institution",
    "figure.placeOfDeath.national.ages80Plus.shareInInstitution":
      "National figure: share of deaths aged 80+ in an institution",
    "figure.placeOfDeath.national.ages80Plus.shareInInstitutionTwoYearsBefore":
      "National figure: share of deaths aged 80+ after two years in an institution",
    "figure.placeOfDeath.national.year": "Year of the national figures",
    "figure.row.placeOfDeath.national.shareInInstitutionByAge.share":
      "National figure: share of deaths aged {1} in an institution",
    "figure.row.netBenefit.mean": "Net benefit for {1}, mean over the sets",
    "figure.row.netBenefit.base": "Net benefit for {1} at the base values",
    "figure.row.netBenefit.probabilityOfGain": "Chance of a gain for {1}",
    "figure.row.base": "{2} (base case)",
    "figure.row.sweep": "{2}, varying {1}",
    "figure.row.tornado": "{2} of {1}",
    "figure.atLow": "{1}, at the low value",
    "figure.atHigh": "{1}, at the high value",
    "figure.row.grid": "{2} (cell: {1})",
    "figure.row.samples": "{2} (set {1})",
    "figure.row.ceac": "{2} (point {1} of the curve)",
    "figure.probabilityCostEffective": "Chance that the programme is cost-effective",
    "figure.willingnessToPayPerQALY": "Value of a QALY",
    "figure.sample": "Number of the set",
    "figure.interventionCost": "Programme's cost",
  ]

  /// The comparison report's words in Dutch.
  static let dutchComparison: [String: String] = [
    "diff.title": "Wat er veranderde tussen twee resultaten",
    "diff.subtitle": "Twee resultaten van caresim {1}: A is {2}, B is {3}",
    "diff.summary.same":
      "A en B hebben dezelfde invoer: hetzelfde scenario, startgetal (seed), aantal runs, "
      + "dezelfde CareSim-versie en opdracht.",
    "diff.summary.changed.one": "B verschilt op één punt van A: {2}.",
    "diff.summary.changed.other": "B verschilt op {1} punten van A: {2}.",
    "diff.summary.more": "nog {1}",
    "diff.summary.sameSeed":
      "Beide draaiden op hetzelfde startgetal en delen dus hun toevalsgetallen: de toets "
      + "hieronder is voor hen streng, en ook een verschil binnen de marge kan echt zijn.",
    "diff.summary.moved.none":
      "Geen van de {1} cijfers met een Monte Carlo-fout is verder verschoven dan die fout ({2} "
      + "standaardfout van het verschil).",
    "diff.summary.moved.one":
      "Eén van de {1} cijfers met een Monte Carlo-fout is verder verschoven dan die fout ({2} "
      + "standaardfout van het verschil): {3}.",
    "diff.summary.moved.other":
      "Van de {1} cijfers met een Monte Carlo-fout zijn er {4} verder verschoven dan die fout ({2} "
      + "standaardfout van het verschil), waaronder {3}.",
    "diff.summary.noErrors":
      "Geen van de {1} cijfers heeft een Monte Carlo-fout, dus geen ervan is getoetst; de tabel "
      + "geeft elk verschil.",
    "diff.summary.chance":
      "Bij deze drempel wordt ongeveer één cijfer op de twintig alleen door toeval gemarkeerd; een "
      + "paar markeringen tussen veel cijfers zijn op zichzelf dus geen bevinding.",
    "diff.summary.threshold":
      "De drempel, {1}, is het 95%-punt van de t-verdeling van Student met {2} vrijheidsgraden "
      + "(het kleinste aantal runs min één): elke standaardfout is zelf geschat uit die runs.",
    "diff.move": "{1} ({2} → {3})",
    "diff.inputs": "Invoer die verschilt",
    "diff.inputs.none": "Geen: A en B draaiden hetzelfde scenario met dezelfde instellingen.",
    "diff.input.seed": "het startgetal",
    "diff.input.replications": "het aantal runs",
    "diff.input.caresimVersion": "de CareSim-versie",
    "diff.input.command line": "de opdracht",
    "diff.input.scenario.file": "het scenariobestand",
    "diff.input.scenario.hash": "de inhoud van het scenariobestand (de hash)",
    "diff.input.scenario.title": "de titel van het scenario",
    "diff.column.input": "Invoer",
    "diff.missing": "niet in dit resultaat",
    "diff.figures": "Cijfers",
    "diff.chart.title": "Verschil B − A in standaardfouten van het verschil",
    "diff.chart.axis": "Verschil",
    "diff.chart.unit": "standaardfouten",
    "diff.chart.band": "±{1} standaardfout: binnen de ruis",
    "diff.status.beyond": "Voorbij de Monte Carlo-fout",
    "diff.status.within": "Binnen de Monte Carlo-fout",
    "diff.chart.reading":
      "De figuur toont {1} cijfers met een Monte Carlo-fout, eerst de hoofdcijfers, dan die het "
      + "verst van geen verandering liggen, elk met 95%-interval; {2} ervan liggen buiten de band.",
    "diff.table.beyond": "Cijfers voorbij hun Monte Carlo-fout ({1}), het verst eerst",
    "diff.table.within": "Cijfers binnen hun Monte Carlo-fout ({1})",
    "diff.table.noError": "Cijfers zonder Monte Carlo-fout ({1})",
    "diff.column.figure": "Cijfer",
    "diff.column.difference": "B − A",
    "diff.column.standardError": "Standaardfout van het verschil",
    "diff.table.headline": "Hoofdcijfers ({1}): netto baat, QALY's en verhoudingen",
    "diff.details":
      "De overige {1} cijfers: de kosten en QALY's van elke arm, verdisconteerd en niet verdisconteerd, en de instellingen van de run",
    "figure.afterSplit.mean": "Netto baat voor {1}, na de verdeling",
    "figure.afterSplit.probabilityOfLoss": "Kans op verlies voor {1}, na de verdeling",
    "figure.netBenefit": "Netto baat voor {1}",
    "figure.probabilityOfGain": "Kans op winst voor {1}",
    "figure.qalys": "QALY's",
    "figure.arm.control": "zonder het programma",
    "figure.arm.intervention": "met het programma",
    "figure.arm.difference": "verschil met − zonder",
    "figure.discounted": "verdisconteerd",
    "figure.undiscounted": "niet verdisconteerd",
    "figure.totals": "{1}, {2}, {3}",
    "figure.fundingSplit": "Aandeel in de programmakosten: {1}",
    "figure.qalyGain": "Gewonnen QALY's",
    "figure.benefitCostRatio.financial.perReplication.mean":
      "Baten-kostenverhouding, financieel (gemiddelde van de runs)",
    "figure.benefitCostRatio.financial.ratioOfMeans":
      "Baten-kostenverhouding, financieel (verhouding van de gemiddelden)",
    "figure.benefitCostRatio.social.perReplication.mean":
      "Baten-kostenverhouding, maatschappelijk (gemiddelde van de runs)",
    "figure.benefitCostRatio.social.ratioOfMeans":
      "Baten-kostenverhouding, maatschappelijk (verhouding van de gemiddelden)",
    "figure.benefitCostRatio.financial": "Baten-kostenverhouding, financieel",
    "figure.benefitCostRatio.social": "Baten-kostenverhouding, maatschappelijk",
    "figure.netMonetaryBenefit.mean": "Netto monetaire baat (QALY's gewaardeerd)",
    "figure.entrants": "Ingestroomde bewoners",
    "figure.entrantsPerMonth": "Instroom van bewoners per maand",
    "figure.months": "Gesimuleerde maanden",
    "figure.residents": "Bewoners bij de start",
    "figure.discounting.costsAnnualRate": "Disconteringsvoet voor kosten",
    "figure.discounting.effectsAnnualRate": "Disconteringsvoet voor QALY's",
    "figure.placeOfDeath.ages65Plus.deathsPerReplication": "Overlijdens op 65+ jaar, per run",
    "figure.placeOfDeath.ages65Plus.shareAtHome": "Aandeel van de overlijdens op 65+ jaar thuis",
    "figure.placeOfDeath.ages65Plus.shareInInstitution":
      "Aandeel van de overlijdens op 65+ jaar in een instelling",
    "figure.placeOfDeath.ages65Plus.shareInInstitutionTwoYearsOrMore":
      "Aandeel van de overlijdens op 65+ jaar na twee jaar of langer in een instelling",
    "figure.placeOfDeath.ages80Plus.deathsPerReplication": "Overlijdens op 80+ jaar, per run",
    "figure.placeOfDeath.ages80Plus.shareAtHome": "Aandeel van de overlijdens op 80+ jaar thuis",
    "figure.placeOfDeath.ages80Plus.shareInInstitution":
      "Aandeel van de overlijdens op 80+ jaar in een instelling",
    "figure.placeOfDeath.ages80Plus.shareInInstitutionTwoYearsOrMore":
      "Aandeel van de overlijdens op 80+ jaar na twee jaar of langer in een instelling",
    "figure.placeOfDeath.national.ages80Plus.shareInInstitution":
      "Landelijk cijfer: aandeel van de overlijdens op 80+ jaar in een instelling",
    "figure.placeOfDeath.national.ages80Plus.shareInInstitutionTwoYearsBefore":
      "Landelijk cijfer: aandeel van de overlijdens op 80+ jaar na twee jaar in een instelling",
    "figure.placeOfDeath.national.year": "Jaar van de landelijke cijfers",
    "figure.row.placeOfDeath.national.shareInInstitutionByAge.share":
      "Landelijk cijfer: aandeel van de overlijdens op {1} jaar in een instelling",
    "figure.row.netBenefit.mean": "Netto baat voor {1}, gemiddeld over de trekkingen",
    "figure.row.netBenefit.base": "Netto baat voor {1} bij de basiswaarden",
    "figure.row.netBenefit.probabilityOfGain": "Kans op winst voor {1}",
    "figure.row.base": "{2} (basisgeval)",
    "figure.row.sweep": "{2}, bij variatie van {1}",
    "figure.row.tornado": "{2} van {1}",
    "figure.atLow": "{1}, bij de lage waarde",
    "figure.atHigh": "{1}, bij de hoge waarde",
    "figure.row.grid": "{2} (cel: {1})",
    "figure.row.samples": "{2} (trekking {1})",
    "figure.row.ceac": "{2} (punt {1} van de curve)",
    "figure.probabilityCostEffective": "Kans dat het programma kosteneffectief is",
    "figure.willingnessToPayPerQALY": "Waarde van een QALY",
    "figure.sample": "Nummer van de trekking",
    "figure.interventionCost": "Programmakosten",
  ]
}
