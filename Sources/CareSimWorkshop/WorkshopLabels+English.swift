extension WorkshopLabels {
  /// The English table.
  package static let english = Dictionary(
    uniqueKeysWithValues: [englishControls, englishResults].joined().map { ($0.key, $0.value) })

  /// The page, the payers and the controls.
  private static let englishControls: [String: String] = [
    // The page
    "page.title": "{1} · CareSim workshop",
    "page.kicker": "CareSim workshop",
    "page.noscript":
      "This page needs JavaScript to show its results. Open it in a recent browser (Firefox, Chrome, Edge or Safari); it works offline.",
    "count.runs.one": "{1} simulated run",
    "count.runs.other": "{1} simulated runs",
    "count.years.one": "{1} year",
    "count.years.other": "{1} years",
    "lede":
      "{1} per setting over {2}; {3} settings computed. Move a knob and every figure follows.",
    "list.and": " and ",
    "error.format": "This page cannot read its data (format {1}; it reads format 1).",
    "error.damaged":
      "This page's data is damaged at {1}; write the page again with caresim workshop.",
    "error.noKnobs": "This page's data has no knobs to move.",
    "error.noCells": "This page's data has no computed settings.",
    // Payers and perspectives: as a title, in a sentence, and short (charts, tables)
    "payer.wmo": "Municipality (Wmo)",
    "payer.wmo.phrase": "the municipality (Wmo)",
    "payer.wmo.short": "Wmo",
    "payer.zvw": "Health insurer (Zvw)",
    "payer.zvw.phrase": "the health insurer (Zvw)",
    "payer.zvw.short": "Zvw",
    "payer.wlz": "Long-term care (Wlz)",
    "payer.wlz.phrase": "long-term care (Wlz)",
    "payer.wlz.short": "Wlz",
    "payer.informal": "Informal care",
    "payer.informal.phrase": "informal care",
    "payer.informal.short": "Informal",
    "payer.society": "Society",
    "payer.society.phrase": "society",
    "payer.society.short": "Society",
    "payer.nmb": "Net monetary benefit",
    "payer.nmb.phrase": "the net monetary benefit",
    "payer.nmb.short": "Net benefit",
    "payer.qalys": "QALYs gained",
    "payer.qalys.phrase": "the QALYs gained",
    "payer.qalys.short": "QALYs",
    // Controls
    "controls.heading": "Try a setting",
    "knobs.intro": "Each slider stops only at the values that were simulated.",
    "knobs.aroundBase":
      "Move at most two knobs away from the base at once; a struck-through value needs another knob back at its base first.",
    "knob.base": "The scenario's own value",
    "knob.notComputed": "Not computed with the other knobs where they are now",
    "knob.atBase": "{1} (base)",
    "split.heading": "Who pays for the programme?",
    "split.intro": "Each payer's share of the programme's cost; the three always add up to 100%.",
    "split.scenario": "The scenario's split",
    "split.municipality": "Municipality pays",
    "split.savings": "Split by savings",
    "split.even": "Everyone even",
    "split.noSavings": "No payer saves on average here, so there is no split by savings.",
    "split.evenExists":
      "“Everyone even” splits the cost by savings: at that split no payer loses on average.",
    "split.evenImpossible.payer":
      "No split lets every payer break even: {1} loses {2} even without paying for the programme.",
    "split.evenImpossible.cost":
      "No split lets every payer break even: together the payers save {1}, less than the programme costs ({2}).",
    "qaly.heading": "Value of a QALY",
    "qaly.label": "Euros per QALY gained",
    "qaly.references": "Dutch reference values:",
    "pin.add": "Pin this setting",
    "pin.remove": "Unpin",
    "reset": "Back to the base",
  ]

  /// The results, the sentence, the exercises, how the numbers were made and the index page.
  private static let englishResults: [String: String] = [
    // Results
    "results.heading": "What it means",
    "card.gain": "gain",
    "card.loss": "loss",
    "card.even": "even",
    "card.band": "90% of runs: {1} to {2}",
    "card.lossChance": "Chance of a loss: {1}",
    "card.error": "± {1} Monte-Carlo error",
    "card.nmb.sub": "Society, with a QALY valued at {1}",
    "card.qalys": "QALYs gained: {1} (90% of runs: {2} to {3}; ± {4})",
    "notComputed.aroundBase": "Not computed: move at most two knobs away from the base at once.",
    "notComputed.offBase": "Away from the base now: {1}.",
    "notComputed.missing": "Not computed: this combination of settings was not simulated.",
    "bars.heading": "Who pays and who saves",
    "bars.title": "Balance per payer, with the middle 90% of runs",
    "bars.legend":
      "Solid blue bar: a gain. Striped orange bar: a loss. The thin line with end marks spans the middle 90% of the runs.",
    "bars.pinned": "Dashed black mark: the pinned setting.",
    "lines.heading": "Year by year",
    "lines.title": "Cumulative balance per payer at the end of each year",
    "lines.axis": "Year",
    "lines.caption":
      "Cumulative balance per payer at the end of each year (discounted, the mean over the runs). A circle marks the year from which a payer stays at or above zero.",
    "breakEven.always": "{1}: never below zero.",
    "breakEven.never": "{1}: does not break even within {2}.",
    "breakEven.year": "{1}: breaks even from year {2} on.",
    "compare.heading": "Pinned against now",
    "compare.caption": "Pinned: {1}",
    "compare.nowIs": "Now: {1}",
    "compare.perspective": "Balance",
    "compare.pinned": "Pinned",
    "compare.now": "Now",
    "compare.difference": "Difference",
    "setting.knob": "{1}: {2}",
    "setting.base": "the base setting",
    "setting.split": "split Wmo {1}, Zvw {2}, Wlz {3}",
    "setting.qaly": "a QALY at {1}",
    // The sentence
    "sentence.base": "In the base setting, {1} loses most ({2}) and {3} gains most ({4}).",
    "sentence.base.noneLoses": "In the base setting no payer loses; {1} gains most ({2}).",
    "sentence.base.noneSaves": "In the base setting no payer gains; {1} loses most ({2}).",
    "sentence.society.saves": "Society as a whole gains {1}.",
    "sentence.society.loses": "Society as a whole loses {1}.",
    "sentence.change": "{1} at {2} instead of {3}",
    "sentence.withChanges": "With {1}, {2}.",
    "sentence.withChangesBut": "With {1}, {2}, but {3}.",
    "sentence.withChangesAnd": "With {1}, {2}, and {3}.",
    "sentence.noise": "no payer's balance changes by more than the simulation's noise",
    "sentence.savesMore": "{1} saves {2} more",
    "sentence.savesLess": "{1} saves {2} less",
    "sentence.losesMore": "{1} loses {2} more",
    "sentence.losesLess": "{1} loses {2} less",
    "sentence.nowSaves": "{1} now saves {2} instead of losing {3}",
    "sentence.nowLoses": "{1} now loses {2} instead of saving {3}",
    "sentence.stillLoses": "{1} still loses {2}",
    "sentence.nowLosesPlain": "{1} now loses {2}",
    // Exercises
    "exercises.heading": "Exercises",
    "exercise.knobs": "Knobs to move: {1}.",
    "exercise.discover": "What to find out: {1}",
    "exercise.show": "Show the answer",
    "exercise.hide": "Hide the answer",
    // How the numbers were made
    "about.heading": "How these numbers were made",
    "design.factorial":
      "Full factorial: every combination of the {1} knobs was simulated ({2} settings).",
    "design.aroundBase":
      "Around the base: the base, every change of one knob and every change of two knobs at once were simulated ({1} settings); settings with three or more knobs away from the base were not.",
    "design.replications":
      "Each setting: {1} over {2}, with the same random numbers in every setting, so that a difference between settings is not a difference of luck. Amounts are discounted euros over the whole period; a payer's balance is its saving on care less its share of the programme's cost.",
    "about.error":
      "The “±” after a figure is the Monte-Carlo standard error of its mean: how far the mean of these runs may lie from the mean of very many runs. The 90% band is the spread between runs (5th to 95th percentile), not uncertainty about the scenario's assumptions.",
    "about.levels":
      "The sliders stop only at simulated values; nothing between them is interpolated.",
    // Provenance
    "provenance.heading": "Where these figures come from",
    "provenance.scenario": "Scenario",
    "provenance.file": "File",
    "provenance.hash": "Scenario hash",
    "provenance.study": "Study",
    "provenance.seed": "Seed",
    "provenance.replications": "Runs per setting",
    "provenance.years": "Years",
    "provenance.valuePerQALY": "Value per QALY",
    "provenance.split": "Funding split",
    "provenance.version": "CareSim version",
    "provenance.none": "none",
    // The index page
    "index.title": "CareSim workshops",
    "index.intro":
      "Each page is one scenario to explore with a group. The pages work offline: open one and move the knobs.",
  ]
}
