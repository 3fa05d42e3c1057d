import CareSimCore

extension ReportPhrases {
  /// The payers this table names in the plural: "the health insurers (Zvw)" and "informal carers".
  static let englishPluralPayers: Set<Perspective> = [.zvw, .informal]

  /// The English table.
  static let english = Dictionary(
    uniqueKeysWithValues: [
      englishCommon, englishRun, englishCalibration, englishSensitivity, englishAnalyses,
      englishValueOfInformation, englishComparison,
    ].joined()
      .map { ($0.key, $0.value) })

  private static let englishCommon: [String: String] = [
    "summary": "In short",
    "and": " and ",
    "perspective.wmo": "the municipality (Wmo)",
    "perspective.zvw": "the health insurers (Zvw)",
    "perspective.wlz": "long-term care (Wlz)",
    "perspective.informal": "informal carers",
    "perspective.society": "society",
    "label.wmo": "Wmo",
    "label.zvw": "Zvw",
    "label.wlz": "Wlz",
    "label.informal": "Informal care",
    "label.society": "Society",
    "funder.wmo": "Wmo",
    "funder.zvw": "Zvw",
    "funder.wlz": "Wlz",
    "funder.intervention": "Programme",
    "funder.informal": "Informal care",
    "arm.without": "Without the programme",
    "arm.with": "With the programme",
    "band.without": "90% of runs, without",
    "band.with": "90% of runs, with",
    "axis.month": "Month",
    "summary.costShare": "{1} ({2})",
    "summary.costAndSaving":
      "Over {1} years, in present value, the programme costs {2} ({6} undiscounted, as a budget counts it), paid by {3}; the largest saving falls to {4}: {5}.",
    "summary.costNoSaving":
      "Over {1} years, in present value, the programme costs {2} ({4} undiscounted, as a budget counts it), paid by {3}; no payer saves on care.",
    "summary.costAndSaving.undiscounted":
      "Over {1} years the programme costs {2}, paid by {3}; the largest saving falls to {4}: {5}.",
    "summary.costNoSaving.undiscounted":
      "Over {1} years the programme costs {2}, paid by {3}; no payer saves on care.",
    "summary.qalysGained": "Society gains {1} QALYs.",
    "summary.qalysLost": "Society loses {1} QALYs.",
    "summary.behind": "For {1} the balance is a loss of {2}; it is a loss in {3} of the runs.",
    "summary.societyGains":
      "Society gains {1} on the balance of costs and savings, and gains in {2} of the runs. Valuing each QALY at {4}, its net benefit with the health gained is {3}.",
    "summary.societyLoses":
      "Society loses {1} on the balance of costs and savings, and gains in only {2} of the runs. Valuing each QALY at {4}, its net benefit with the health gained is {3}.",
    "arm.without.lower": "without the programme",
    "arm.with.lower": "with the programme",
    "state.homeMet": "At home, need met",
    "state.homeUnmet": "At home, unmet need",
    "state.institution": "In an institution",
    "state.dead": "Died",
    // provenance
    "provenance": "Where these figures come from",
    "provenance.scenario": "Scenario",
    "provenance.file": "File",
    "provenance.hash": "Hash of the file",
    "provenance.extends": "Extends",
    "provenance.study": "Source study",
    "provenance.seed": "Seed",
    "provenance.replications": "Runs (replications)",
    "provenance.threads": "Threads",
    "provenance.version": "CareSim version",
    "provenance.command": "Command",
    "provenance.unknown": "not recorded",
    "provenance.assumptions": "Assumptions",
    "provenance.noAssumptions": "The scenario marks no figure as an assumption.",
    "provenance.assumptionsNote":
      "Figures no study gives, with their value and the range a sensitivity analysis tries.",
    "provenance.parameter": "Parameter",
    "provenance.value": "Value",
    "provenance.source": "Why",
    // the assumptions appendix, a heading per part of the model
    "assumptions.group.intervention": "The programme",
    "assumptions.group.mechanisms.prevention": "Mechanism: prevention",
    "assumptions.group.mechanisms.signalling": "Mechanism: early signalling",
    "assumptions.group.mechanisms.escalation": "Mechanism: escalation and crises",
    "assumptions.group.mechanisms.substitution": "Mechanism: substitution",
    "assumptions.group.mechanisms.efficiency": "Mechanism: efficiency",
    "assumptions.group.population": "Population and entrants",
    "assumptions.group.needLevels": "Need levels: cost, utility and care",
    "assumptions.group.transitions": "Moves between levels",
    "assumptions.group.covariates": "Risk factors",
    "assumptions.group.careAtHome": "Care at home",
    "assumptions.group.costsByAge": "Costs by age",
    "assumptions.group.informalCare": "Informal care",
    "assumptions.group.qualityOfLife": "Quality of life",
    "assumptions.group.valuePerQALY": "Value of a year in good health",
    "assumptions.group.simulation": "The simulation",
    "assumptions.group.other": "Other figures",
    // analyses
    "analysis.subtitle": "{1}; {2} runs per setting, on the same random numbers",
    "axis.netBenefit": "Net benefit, discounted",
    "chart.base": "Base case",
    "chart.atLow": "Parameter at its low value",
    "chart.atHigh": "Parameter at its high value",
    "table.parameter": "Parameter",
    "table.low": "Low",
    "table.high": "High",
  ]

  private static let englishRun: [String: String] = [
    // run
    "run.subtitle":
      "{1} residents over {2} years, {3} simulated runs with and without the programme",
    "run.subtitle.entrants":
      "{1} residents and {4} who join them over {2} years, {3} simulated runs with and without "
      + "the programme",
    "run.whoPays": "Who pays and who saves",
    "run.whoPays.title": "Savings and shares of the programme's cost, after the funding split",
    "run.whoPays.axis": "Over the horizon, discounted",
    "run.pays": "Cost",
    "run.saves": "Saving",
    "run.saving": "{1}: saving on care",
    "run.costShare": "{1}: share of the programme",
    "run.societyNet": "Society: net benefit",
    "run.whoPays.reading":
      "The largest saving falls to {1} ({2}), against a programme cost of {3}.",
    "run.balance.caption":
      "Net benefit per payer: its saving less its share of the programme's cost (discounted, euros).",
    "run.balance.payer": "Payer",
    "run.balance.saving": "Saving on care",
    "run.balance.share": "Programme share",
    "run.balance.net": "Net benefit",
    "run.balance.loss": "Runs with a loss",
    "run.payback": "When does it pay back?",
    "run.payback.title": "Cumulative net benefit per payer",
    "run.payback.axis": "Cumulative, discounted",
    "run.payback.zero": "Break-even",
    "run.payback.marker": "{1}: month {2}",
    "run.payback.always": "The net benefit of {1} is never below zero.",
    "run.payback.from.one": "{1} breaks even from month {2} on.",
    "run.payback.from.other":
      "{1} break even from month {2} on.",
    "run.payback.never.one": "{1} does not break even within the horizon.",
    "run.payback.never.other":
      "{1} do not break even within the horizon.",
    "run.monthly": "Monthly cost per funder",
    "run.monthly.intro":
      "Each line is the mean over the runs; the shaded band holds 90% of the runs (from the 5th to the 95th percentile). Monthly amounts are not discounted.",
    "run.monthly.title": "{1}: cost per month, whole population",
    "run.monthly.axis": "Cost per month",
    "run.monthly.programme": "The programme costs about {1} a year.",
    "run.monthly.below":
      "The {1} line with the programme falls below the one without from month {2} on.",
    "run.monthly.notBelow":
      "The {1} line with the programme is above the one without in {2} of {3} months.",
    "run.residents": "Where the residents are",
    "run.residents.title": "Residents by care, {1}",
    "run.residents.axis": "Share of residents",
    "run.residents.reading":
      "After {1} years, {2} of the residents live at home, {3} in an institution, and {4} have died.",
    "run.residents.reading.entrants":
      "After {1} years, of the {5} residents who have lived here, {2} live at home, {3} in an "
      + "institution, and {4} have died.",
    "run.deaths": "Where residents die",
    "run.deaths.intro":
      "Without the programme (the control arm of these runs): where the residents who die within "
      + "the horizon lived when they died, at home or in an institution (a nursing home, the Wlz "
      + "with stay), by age at death, and how many had lived in an institution for two years or "
      + "more without a break. The national figures are CBS's, for everyone aged 80 or older who "
      + "died in the Netherlands in {1}.",
    "run.deaths.title": "Deaths in an institution by age, without the programme",
    "run.deaths.age": "Age at death (first year of the five-year band)",
    "run.deaths.axis": "Share of deaths",
    "run.deaths.men": "Men",
    "run.deaths.women": "Women",
    "run.deaths.inInstitution": "In an institution",
    "run.deaths.twoYearsOrMore": "Two years or more in an institution",
    "run.deaths.national": "CBS {1}: in a nursing home",
    "run.deaths.compared":
      "Without the programme, {1} of the residents who die at 80 or older live in a nursing home "
      + "when they die; in the Netherlands in {3} it was {2} (CBS).",
    "run.deaths.twoYears":
      "Of all residents who die at 80 or older, {1} had lived in a nursing home for two years or "
      + "more; in the Netherlands, {2} lived in one two years before they died.",
    "run.deaths.none":
      "Without the programme, no resident dies at 80 or older within the horizon; in the "
      + "Netherlands, {1} of the people aged 80 or older who died in {2} lived in a nursing home "
      + "when they died (CBS).",
    "run.deaths.table.caption":
      "Deaths without the programme by age at death, men and women together: deaths per run (the "
      + "mean over the runs), the share of them in an institution, and the share who had lived "
      + "there for two years or more; the rest died at home. The last row is the Netherlands in "
      + "{1}, where CBS counts who lived in a nursing home two years before they died.",
    "run.deaths.table.ages": "Age",
    "run.deaths.table.deaths": "Deaths per run",
    "run.deaths.table.twoYears": "Two years or more",
    "run.deaths.table.national": "80+ (CBS)",
    "run.quality": "Quality of life",
    "run.quality.title": "Mean quality of life of the living residents",
    "run.quality.axis": "Quality of life (0 to 1)",
    "run.quality.minimum": "Minimum for living at home",
    "run.quality.reading":
      "Mean quality of life starts at {1}; at the end it is {2} without the programme and {3} with it.",
    "run.quality.threshold":
      "A resident whose quality of life falls below {1} moves to an institution.",
    "run.budget": "Budget year by year",
    "run.budget.intro":
      "Per funder and year, the cost without and with the programme and the difference (with minus without; negative is a saving), undiscounted, as a budget counts it.",
    "run.budget.caption": "{1}, euros per year",
    "run.budget.year": "Year",
    "run.budget.difference": "Difference",
    "run.budget.cumulative": "Cumulative difference",
  ]

  private static let englishCalibration: [String: String] = [
    // calibrate
    "calibration.title": "Calibration: {1}",
    "calibration.subtitle":
      "{1}; {2} runs at each trial point, on the same random numbers; the calibrated file "
      + "measured on {3} runs",
    "calibration.count.parameters.one": "{1} parameter was",
    "calibration.count.parameters.other": "{1} parameters were",
    "calibration.count.targets.one": "{1} national target",
    "calibration.count.targets.other": "{1} national targets",
    "calibration.count.points.one": "{1} trial point",
    "calibration.count.points.other": "{1} trial points",
    "calibration.count.within.zero": "none lie",
    "calibration.count.within.one": "{1} lies",
    "calibration.count.within.other": "{1} lie",
    "calibration.summary.fit": "{1} fitted to {2} in {3}.",
    "calibration.summary.fitted":
      "Of the fitted targets ({1}), {2} within two standard errors of the national figure on the "
      + "calibrated file; {3}.",
    "calibration.summary.checks":
      "Of the checks, which the fit did not see ({1}), {2} within two standard errors; {3}.",
    "calibration.farthest": "the farthest is {1} (distance {2})",
    "calibration.largestMiss": "the largest miss is {1} (distance {2})",
    "calibration.noneMeasured": "none could be measured",
    "calibration.summary.converged": "The search converged after {1}.",
    "calibration.summary.stopped":
      "The search stopped at its limit of {1} before it converged, so more trial points "
      + "(--max-evaluations) may fit better.",
    "calibration.summary.distance":
      "The distance, the sum of the fitted targets' squared distances, fell from {1} at the start "
      + "to {2}; the calibrated file, its values written at four significant digits, measures {3} "
      + "on {4} runs.",
    "calibration.summary.distanceStayed":
      "The distance, the sum of the fitted targets' squared distances, stayed at {1}: no trial "
      + "point improved on the start; the calibrated file, its values written at four significant "
      + "digits, measures {3} on {4} runs.",
    "calibration.summary.noDistance":
      "The distance, the sum of the fitted targets' squared distances, has no number where a "
      + "fitted target could not be measured (— in the tables), as when the scenario has too few "
      + "residents at its ages: {1} at the start, {2} at the fit, {3} on the calibrated file ({4} "
      + "runs).",
    "calibration.summary.edge.one":
      "The fit put {1} at an end of its search box: the targets may pull it further, and a wider "
      + "box may fit better.",
    "calibration.summary.edge.other":
      "The fit put {1} at an end of their search boxes: the targets may pull them further, and "
      + "wider boxes may fit better.",
    "calibration.fit": "How close the model comes to each national figure",
    "calibration.fit.intro":
      "A target's distance is the model's value on the calibrated file minus the national figure, "
      + "divided by the figure's standard error. The shaded band holds the distances within two "
      + "standard errors, the black stroke on each row is the national figure (distance 0), and "
      + "the whisker is the model's own 95% interval over its runs, in the same units. Fitted "
      + "targets are the ones the search minimised; checks are reported beside them, an honest "
      + "test of what the fit did not see.",
    "calibration.chart.fitted": "Fitted targets: distance from the national figure",
    "calibration.chart.checks": "Checks, not fitted: distance from the national figure",
    "calibration.chart.axis": "Distance",
    "calibration.chart.unit": "standard errors of the national figure",
    "calibration.chart.band": "±2 standard errors",
    "calibration.chart.national": "National figure",
    "calibration.chart.reading":
      "In the band: {1} of {2}. Of all {2}, the model is above the national figure for {3} and "
      + "below it for {4}.",
    "calibration.status.within": "In the band",
    "calibration.status.beyond": "Outside the band",
    "calibration.status.missing": "Not measured",
    "calibration.table.fitted":
      "Fitted targets: the national figure and the model on the calibrated file ({1} runs), each "
      + "± its standard error; the distance in standard errors, and the distance at the search's "
      + "start ({2} runs).",
    "calibration.table.checks":
      "Checks, not fitted: the national figure and the model on the calibrated file ({1} runs), "
      + "each ± its standard error; the distance in standard errors, and the distance at the "
      + "search's start ({2} runs).",
    "calibration.table.target": "Target",
    "calibration.table.national": "National figure ± s.e.",
    "calibration.table.model": "Model ± s.e.",
    "calibration.table.distance": "Distance",
    "calibration.table.start": "Distance at start",
    "calibration.parameters": "The fitted parameters",
    "calibration.parameters.intro":
      "The search moved each parameter within its search box, from the box's centre. The "
      + "calibrated file, {1} in this folder, writes each fitted value at four significant digits, "
      + "with a source that names the targets and the date, its 95% interval as its range and its "
      + "posterior as its distribution; the distances above measure that file. The posterior is "
      + "what the targets' uncertainty leaves of each value: the likelihood of the national "
      + "figures within the box.",
    "calibration.table.written": "In the file",
    "calibration.table.posterior": "Posterior mean ± s.d.",
    "calibration.table.interval": "95% interval",
    "calibration.summary.importance":
      "The uncertainty the targets leave the fitted values is their posterior by "
      + "sampling-importance-resampling: {1} importance draws, with an effective sample size of "
      + "{2}; the 95% intervals span {3} of the search boxes on average.",
    "calibration.summary.laplace":
      "The uncertainty the targets leave the fitted values is approximated by a normal "
      + "distribution around the fit, its width set by how sharply the targets pin the fit down: "
      + "the faster the distance grows as a value moves away, the narrower (the Laplace "
      + "approximation, from {1}). The 95% intervals span {2} of the search boxes on average.",
    "calibration.summary.fellShort":
      "Warning: the {1} importance draws had an effective sample size of only {2}, below the {3} "
      + "a reliable summary needs, so the Laplace approximation is reported instead; more draws "
      + "(--posterior-draws) may help.",
    "calibration.curvature.hessian": "the distance's second derivatives, by finite differences",
    "calibration.curvature.gauss-newton":
      "the slopes of the simulated targets, by Gauss-Newton, as the second derivatives gave no "
      + "usable curvature",
    "calibration.interval.title": "Each fitted value within its search box, with its 95% interval",
    "calibration.interval.axis": "Position in the search box",
    "calibration.interval.unit": "from its low end",
    "calibration.interval.status": "In the file, with its 95% interval",
    "calibration.interval.reading":
      "The narrowest interval is that of {1}, {2} of its box; the widest that of {3}, {4}.",
    "calibration.correlation.strongest":
      "The strongest correlation in the posterior is between {1} and {2}: {3} (of their normal "
      + "scores; correlation.csv holds every pair). caresim psa draws the calibrated values "
      + "together, with these correlations.",
    "calibration.search": "The search",
    "calibration.search.intro":
      "The search (a Nelder–Mead simplex) tried the parameters at one point after another, "
      + "every point on the same runs (common random numbers), and started again while a restart "
      + "still gained; the line is the smallest distance found up to each trial point.",
    "calibration.search.title": "Best distance so far, by trial point",
    "calibration.search.x": "Trial point",
    "calibration.search.y": "Best distance so far",
    "calibration.search.unit": "sum of squares",
    "calibration.search.reading":
      "The best distance fell from {1} at trial point {2} to {3}, first reached at trial point {4} "
      + "of {5}; 99% of that fall had come by trial point {6}.",
    "calibration.search.linear":
      "The vertical axis is linear, as the chart module has no log scale, and spans only the "
      + "distances the search reached.",
    "calibration.search.flat": "No trial point improved on {1}, the distance at trial point {2}.",
    "calibration.search.none":
      "No trial point gave a distance: a fitted target's measure could not be read at any point.",
    "calibration.sources": "Where the targets come from",
    "calibration.sources.intro": "Targets: {1} ({2}). Each figure's source, as that file gives it:",
    "calibration.table.use": "Use",
    "calibration.table.source": "Source",
    "calibration.use.fit": "fitted",
    "calibration.use.check": "check",
  ]

  /// One-way and two-way sensitivity and the PSA.
  private static let englishSensitivity: [String: String] = [
    "sweep.title": "One-way sensitivity",
    "sweep.summary.base.one":
      "One parameter was moved from its low to its high value with the others at base; at base, society's net benefit is {2}.",
    "sweep.summary.base.other":
      "Each of {1} parameters was moved from its low to its high value with the others at base; at base, society's net benefit is {2}.",
    "sweep.summary.moneyless.one":
      "Moving {1} changes no one's net benefit in money: its swing is {2} in the table.",
    "sweep.summary.moneyless.other":
      "Moving {1} changes no one's net benefit in money: their swings are {2} in the table.",
    "sweep.summary.widest": "Society's net benefit moves most with {1}: {3} at {2} and {5} at {4}.",
    "sweep.summary.alwaysLoses.one": "{1} comes out behind at every setting tried.",
    "sweep.summary.alwaysLoses.other":
      "{1} come out behind at every setting tried.",
    "sweep.summary.alwaysGains.one": "{1} gains at every setting tried.",
    "sweep.summary.alwaysGains.other":
      "{1} gain at every setting tried.",
    "sweep.tornado": "Which parameters matter most",
    "sweep.intro":
      "Each bar runs from the net benefit at the parameter's low value to that at its high value, the others at base; the widest bars are on top. The vertical line is the base case.",
    "sweep.tornado.title": "{1}: net benefit as each parameter moves",
    "sweep.tornado.reading": "For {1}, {2} moves the net benefit most, by {3}.",
    "sweep.table": "Every parameter",
    "sweep.table.caption":
      "Society's net benefit at each parameter's two ends (discounted, euros), ranked by swing.",
    "sweep.table.atLow": "Society at low",
    "sweep.table.atHigh": "Society at high",
    "sweep.table.swing": "Swing",
    "grid.title": "Two-way sensitivity",
    "grid.summary": "Two parameters were moved together, {1} and {2}, over {3} by {4} settings.",
    "grid.summary.never.one": "{1} comes out behind in every combination of the two parameters.",
    "grid.summary.never.other": "{1} come out behind in every combination of the two parameters.",
    "grid.summary.always.one": "{1} gains in every combination of the two parameters.",
    "grid.summary.always.other": "{1} gain in every combination of the two parameters.",
    "grid.summary.some.one": "{1} gains in {2} of the {3} combinations of the two parameters.",
    "grid.summary.some.other": "{1} gain in {2} of the {3} combinations of the two parameters.",
    "grid.section": "Net benefit over both parameters",
    "grid.intro":
      "Each cell is one setting of the two parameters, the others at base; the line marks where the net benefit is zero (break-even).",
    "grid.heat.title": "{1}: net benefit",
    "grid.heat.uniform":
      "{1}: the net benefit is the same in every cell, {2}, so no colour scale is drawn.",
    "grid.reading.never.one": "{1} comes out behind in every cell.",
    "grid.reading.never.other":
      "{1} come out behind in every cell.",
    "grid.reading.always.one": "{1} gains in every cell.",
    "grid.reading.always.other":
      "{1} gain in every cell.",
    "grid.reading.some.one":
      "{1} gains in {2} of {3} cells, on the side of the break-even line shaded as a gain.",
    "grid.reading.some.other":
      "{1} gain in {2} of {3} cells, on the side of the break-even line shaded as a gain.",
    "grid.chance.title": "Society: share of runs with a gain",
    "grid.chance.axis": "Runs with a gain",
    "grid.chance.half": "Half the runs",
    "grid.chance.uniform":
      "Society: the share of runs with a gain is the same in every cell, {1}, so no colour scale is drawn.",
    "grid.chance.reading":
      "The line marks the settings at which society gains in half of the runs.",
    "psa.title": "Probabilistic sensitivity analysis",
    "psa.summary.sets":
      "{1} parameter sets were drawn from the scenario's distributions. At 50,000 euro per QALY the programme is cost-effective for society in {2} of them (at 20,000: {3}; at 80,000: {4}).",
    "psa.summary.perspective":
      "For {1} the net benefit averages {2} (90% of the sets between {3} and {4}) and is a gain in {5} of the sets; at the scenario's own values it is {6}.",
    "psa.summary.error":
      "Part of this spread is the Monte-Carlo error of each set's mean, about {1} for society.",
    "psa.summary.baseError":
      "The result at the scenario's own values, run with as many replications as each set, carries a Monte-Carlo error of about {1} for society.",
    "psa.summary.offCentre.one":
      "One distribution is not centred on its value in the scenario, which can move the sets' mean away from the result at the scenario's own values: {1}.",
    "psa.summary.offCentre.other":
      "There are {2} distributions not centred on their values in the scenario, which can move the sets' mean away from the result at the scenario's own values: {1}.",
    "psa.offCentre.parameter": "{1} (value {2}, mean of its distribution {3})",
    "psa.plane": "Cost-effectiveness",
    "psa.plane.title": "Cost-effectiveness plane (society)",
    "psa.plane.qalys": "QALYs gained",
    "psa.plane.cost": "Extra cost to society",
    "psa.plane.sets": "Parameter sets",
    "psa.plane.mean": "Mean",
    "psa.plane.wtp": "{1} per QALY",
    "psa.plane.reading":
      "{1} of {2} parameter sets lie below the line of 50,000 euro per QALY: there the programme is cost-effective at that price.",
    "psa.ceac.title": "Chance that the programme is cost-effective",
    "psa.ceac.x": "Willingness to pay per QALY",
    "psa.ceac.y": "Share of parameter sets",
    "psa.ceac.reading": "At 50,000 euro per QALY the chance is {1}.",
    "psa.spread": "Net benefit per payer",
    "psa.spread.title": "Net benefit across the parameter sets",
    "psa.spread.base": "At the scenario's own values",
    "psa.spread.reading":
      "Dots are the mean over the parameter sets, whiskers hold 90% of them; the mark is the scenario at its own values.",
    "psa.status.gains": "Gains on average",
    "psa.status.loses": "Loses on average",
  ]

  /// Funding splits, warnings, break-even searches, study validation and the workshop.
  private static let englishAnalyses: [String: String] = [
    "split.title": "Funding-split stress test",
    "split.summary.savings": "The programme costs {1}; the expected savings are {2}.",
    "split.summary.evenExists": "A split exists at which every payer breaks even.",
    "split.summary.noEven":
      "No split lets every payer break even: a payer's expected saving is negative, or the savings together do not cover the cost.",
    "split.summary.fair":
      "Split in proportion to the savings (the fair share), the municipality pays {1}, the health insurers {2} and the Wlz {3}.",
    "split.ternary": "Each payer's balance for every split",
    "split.intro":
      "Each point of a triangle is a split of the programme's cost among Wmo (top), Zvw (bottom left) and Wlz (bottom right); the colour is the payer's expected net benefit. The mark is the fair share.",
    "split.ternary.title": "{1}: net benefit by funding split",
    "split.corner.wmo": "Wmo pays all",
    "split.corner.zvw": "Zvw pays all",
    "split.corner.wlz": "Wlz pays all",
    "split.fairShare": "Fair share",
    "split.ternary.always.one": "{1} gains whatever its share.",
    "split.ternary.always.other":
      "{1} gain whatever their share.",
    "split.ternary.never.one": "{1} comes out behind whatever its share, even at none.",
    "split.ternary.never.other":
      "{1} come out behind whatever their share, even at none.",
    "split.ternary.upTo.one": "{1} breaks even as long as it pays at most {2} of the programme.",
    "split.ternary.upTo.other":
      "{1} break even as long as they pay at most {2} of the programme.",
    "split.table": "Notable splits",
    "split.table.caption":
      "The scenario's split, the fair share and a split at which all break even, at base and at each varied parameter's two ends (net benefit discounted, euros).",
    "split.table.setting": "Setting",
    "split.table.split": "Split",
    "split.table.net": "{1} net",
    "split.summary.evenRange":
      "Every payer breaks even at any split in which Wmo pays {1} to {2}, Zvw {3} to {4} and Wlz {5} to {6} of the programme's cost, the shares together making 100%.",
    "split.table.loss": "{1} chance of a loss",
    "split.table.base": "Base",
    "split.table.none": "{1}: none exists",
    "split.candidate.scenario": "Scenario",
    "split.candidate.fair share": "Fair share",
    "split.candidate.all break even": "All break even",
    "warning.title": "Where the run leaves its sources' ground",
    "warning.cost":
      "The programme costs {1} per participant a year, outside what the studies CareSim ships paid: {2} (Gemert-Bakel, its low estimate) to {3} (Groningen, its high estimate). The effects taken from those studies may not hold at this cost.",
    "warning.entrants":
      "{1} residents join a month against {2} deaths a month without the programme, so the population does not keep its size (a factor of 2 or more apart, an assumption). Entrants are an absolute number: give them per 1,000 residents (population.entrants.perThousandResidentsPerMonth) so that they scale with the residents.",
    "warning.capacity":
      "The programme has places for {1} participants on average, but {2} residents take it up (taking part or waiting for a place), so fewer than half of them can be served in full, while the studies' effects are for participants served in full (the half is an assumption). The coordinators' places are an absolute number: scale them with the residents.",
    "breakeven.title": "Break-even of {1}",
    "breakeven.section": "Net benefit against the parameter",
    "breakeven.chart.title": "{1}: net benefit at each probe",
    "breakeven.chart.probes": "Probes",
    "breakeven.chart.band": "95% interval of each probe",
    "breakeven.marker": "Break-even at {1}",
    "breakeven.chart.reading":
      "Each point is a value the search tried, with the 95% interval of the net benefit there shaded; the vertical line marks where the net benefit of {1} crosses the line at zero.",
    "breakeven.chart.reading.none":
      "Each point is a value the search tried, with the 95% interval of the net benefit there shaded; the net benefit of {1} stays on one side of the line at zero over the whole range.",
    "breakeven.found":
      "For {1} the expected net benefit is zero at {2} = {3} (95% interval {4} to {5}); the scenario has {6}.",
    "breakeven.none":
      "For {1} the net benefit does not reach zero for {2} between {3} and {4}, the widest range searched; the scenario has {5}.",
    "breakeven.noneInValidRange":
      "For {1} no break-even lies inside the valid range of {2}: the net benefit does not reach zero anywhere from {3} to {4}, the values the scenario allows; the scenario has {5}.",
    "validation.title": "Validation against {1}",
    "validation.section": "Published figures against CareSim",
    "validation.summary": "{1}: {2}.",
    "validation.count.figures.one": "{1} published figure",
    "validation.count.figures.other": "{1} published figures",
    "validation.count.reproduced.one": "{1} reproduced",
    "validation.count.reproduced.other": "{1} reproduced",
    "validation.count.agrees.one": "{1} agrees with CareSim",
    "validation.count.agrees.other": "{1} agree with CareSim",
    "validation.count.gap.one": "{1} differs with an explanation",
    "validation.count.gap.other": "{1} differ with an explanation",
    "validation.count.failed.one": "{1} not reproduced",
    "validation.count.failed.other": "{1} not reproduced",
    "validation.signs.holds": "the sign holds for {1}",
    "validation.signs.differs": "the sign differs for {1}",
    "validation.signs.both": "the sign holds for {1} and differs for {2}",
    "validation.breakEvens.exceeds": "the break-even is exceeded for {1}",
    "validation.breakEvens.fallsShort": "the break-even is not reached for {1}",
    "validation.breakEvens.both": "the break-even is exceeded for {1} and not reached for {2}",
    "validation.runs.asPublished": "as published in {1} of runs",
    "validation.runs.above": "above it in {1} of runs",
    "validation.sign.positive": "positive",
    "validation.sign.negative": "negative",
    "validation.chart.title": "CareSim's estimate as a share of the published figure",
    "validation.chart.axis": "Share of the published figure",
    "validation.chart.published": "Published figure (100%)",
    "validation.chart.reading":
      "Dots are CareSim's mean, whiskers its 95% interval, each divided by the published figure; signs are in the table.",
    "validation.table.figure": "Figure",
    "validation.table.published": "Published",
    "validation.table.caresim": "CareSim",
    "validation.table.interval": "95% interval",
    "validation.table.status": "Status",
    "validation.gaps.section": "Why CareSim differs",
    "validation.gaps.intro":
      "Where CareSim's estimate differs from a published figure, or a study's claim does not hold, the validation file says why; nothing is tuned to close the gap.",
    "validation.gaps.why": "Why",
    "validation.caveats.section": "How far the agreement goes",
    "validation.caveats.intro":
      "Where CareSim agrees with a published figure, the validation file may still say what the agreement does and does not show.",
    "validation.gaps.none": "The validation file gives no explanation.",
    "validation.status.reproduced": "reproduced",
    "validation.status.agrees": "agrees",
    "validation.status.gap": "gap (explained)",
    "validation.status.failed": "not reproduced",
    "validation.status.holds": "sign holds",
    "validation.status.differs": "sign differs",
    "validation.status.exceeds": "above break-even",
    "validation.status.fallsShort": "below break-even",
    // workshop answers
    "workshop.notComputed":
      "CareSim did not compute the cells this answer needs (name the knob among the workshop's knobs).",
    "workshop.answer.knobEffect":
      "With {1} at {2}, the balance of {3} is {4}; at {5} it is {6} (at the scenario's {7}: {8}).",
    "workshop.answer.evenNowhere":
      "{1} does not come out even at any level of {2} that was computed; the balance is at best {3}, at {4}.",
    "workshop.answer.evenAt": "{1} comes out even (or better) when {2} is {3}.",
    "workshop.answer.yearAlways": "The cumulative balance of {1} is never below zero.",
    "workshop.answer.yearNever":
      "The cumulative balance of {1} does not turn positive within {2} years; it ends at {3}.",
    "workshop.answer.yearFrom":
      "The cumulative balance of {1} turns positive in year {2} and stays so.",
    "workshop.answer.negativeSaving": "the expected saving of {1} is negative ({2})",
    "workshop.answer.notCovered":
      "the savings together ({1}) do not cover the programme's cost ({2})",
    "workshop.answer.semicolon": "; ",
    "workshop.answer.fairShare":
      "Split in proportion to the savings, the municipality pays {1}, the health insurers {2} and the Wlz {3}.",
    "workshop.answer.noEvenSplit": "No split lets every payer come out even: {1}.",
    "workshop.answer.evenSplit":
      "Every payer comes out even when the municipality pays {1}, the health insurers {2} and the Wlz {3} of the programme (in proportion to what each saves).",
  ]
}
