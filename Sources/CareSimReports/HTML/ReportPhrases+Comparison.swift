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
      + "the difference); the farthest: {3}.",
    "diff.summary.noErrors":
      "None of the {1} figures comes with a Monte-Carlo error, so none is tested; the table "
      + "gives each difference.",
    "diff.summary.chance":
      "At this threshold about one figure in twenty is marked by chance alone, so a few marks "
      + "among many figures are no finding by themselves.",
    "diff.move": "{1} from {2} to {3}",
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
      "The {1} figures with a Monte-Carlo error farthest from no change, each with its 95% "
      + "interval; {2} of them lie outside the band.",
    "diff.table.beyond": "Figures beyond their Monte-Carlo error ({1}), farthest first",
    "diff.table.within": "Figures within their Monte-Carlo error ({1})",
    "diff.table.noError": "Figures without a Monte-Carlo error ({1})",
    "diff.column.figure": "Figure",
    "diff.column.difference": "B − A",
    "diff.column.standardError": "Standard error of the difference",
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
      + "standaardfout van het verschil); het verst: {3}.",
    "diff.summary.noErrors":
      "Geen van de {1} cijfers heeft een Monte Carlo-fout, dus geen ervan is getoetst; de tabel "
      + "geeft elk verschil.",
    "diff.summary.chance":
      "Bij deze drempel wordt ongeveer één cijfer op de twintig alleen door toeval gemarkeerd; een "
      + "paar markeringen tussen veel cijfers zijn op zichzelf dus geen bevinding.",
    "diff.move": "{1} van {2} naar {3}",
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
      "De {1} cijfers met een Monte Carlo-fout die het verst van geen verandering liggen, elk met "
      + "95%-interval; {2} ervan liggen buiten de band.",
    "diff.table.beyond": "Cijfers voorbij hun Monte Carlo-fout ({1}), het verst eerst",
    "diff.table.within": "Cijfers binnen hun Monte Carlo-fout ({1})",
    "diff.table.noError": "Cijfers zonder Monte Carlo-fout ({1})",
    "diff.column.figure": "Cijfer",
    "diff.column.difference": "B − A",
    "diff.column.standardError": "Standaardfout van het verschil",
  ]
}
