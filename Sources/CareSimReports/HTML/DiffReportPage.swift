import CareSimCharts
import CareSimCore

/// The report of `caresim diff A B --out DIR`: what changed between two results of one command,
/// in words, the inputs that differ, and every headline figure against the Monte-Carlo error of
/// its difference: a ``ComparisonResult`` laid out and put in words.
struct DiffReportPage: ReportPage {
  let phrases: ReportPhrases
  let result: ComparisonResult

  /// The most inputs, and figures, a sentence names before "and N more".
  static let namedInSentence = (inputs: 4, figures: 3)
  /// The most figures the chart shows, farthest from no change first.
  static let chartRows = 20

  private var comparison: ResultComparison { result.comparison }

  func render() -> String {
    HTMLPage(
      locale: phrases.locale, title: phrases["diff.title"],
      subtitle: phrases.format("diff.subtitle", result.command, result.a, result.b),
      summary: summary(), sections: [inputSection(), figureSection()],
      provenance: result.provenance
    ).render()
  }

  // MARK: Words

  /// What changed, then which figures moved beyond their noise, the headline figures first.
  private func summary() -> [String] {
    var sentences: [String] = []
    let inputs = comparison.inputs.sorted { Self.rank($0.name) < Self.rank($1.name) }
    if inputs.isEmpty {
      sentences.append(phrases["diff.summary.same"])
    } else {
      var items = inputs.prefix(Self.namedInSentence.inputs).map(change)
      if inputs.count > Self.namedInSentence.inputs {
        items.append(
          phrases.format(
            "diff.summary.more", phrases.count(inputs.count - Self.namedInSentence.inputs)))
      }
      sentences.append(
        phrases.format(
          "diff.summary.changed", count: inputs.count,
          phrases.count(inputs.count), ChartPhrases(phrases.locale).list(items)))
      if !inputs.contains(where: { $0.name == "seed" }) {
        sentences.append(phrases["diff.summary.sameSeed"])
      }
    }
    let tested = comparison.figures.filter { $0.standardError != nil }
    let beyond = comparison.figuresBeyondMonteCarloError
    let threshold = phrases.decimal(comparison.criticalValue)
    if tested.isEmpty {
      sentences.append(
        phrases.format("diff.summary.noErrors", phrases.count(comparison.figures.count)))
    } else if beyond.isEmpty {
      sentences.append(
        phrases.format("diff.summary.moved.none", phrases.count(tested.count), threshold))
    } else {
      // The headline figures that moved first, in their order, then the farthest of the rest.
      let first =
        beyond.compactMap { figure in Self.headlineRank(figure.name).map { (figure, $0) } }
        .sorted { $0.1 < $1.1 }.map(\.0)
      let ordered = first + beyond.filter { Self.headlineRank($0.name) == nil }
      let named = ordered.prefix(Self.namedInSentence.figures).map { figure in
        phrases.format(
          "diff.move", ChartPhrases.inSentence(phrases.figureName(figure.name)),
          amount(figure.a, figure.unit),
          amount(figure.b, figure.unit))
      }
      sentences.append(
        phrases.format(
          "diff.summary.moved", count: beyond.count,
          phrases.count(tested.count), threshold, ChartPhrases(phrases.locale).list(named),
          phrases.count(beyond.count)))
      sentences.append(phrases["diff.summary.chance"])
    }
    if !tested.isEmpty, let degrees = comparison.degreesOfFreedom {
      sentences.append(phrases.format("diff.summary.threshold", threshold, phrases.count(degrees)))
    }
    return sentences
  }

  /// An input's change as a sentence names it: "the seed (1 → 2)"; the command line and the
  /// scenario's file and hash without their values, which are too long for a sentence.
  private func change(_ input: ResultComparison.InputChange) -> String {
    let name = inputName(input.name, inSentence: true)
    guard !["command line", "scenario.file", "scenario.hash"].contains(input.name) else {
      return name
    }
    return "\(name) (\(value(input.a, of: input.name)) → \(value(input.b, of: input.name)))"
  }

  /// Where an input stands in sentences and lists: scenario fields first, then the seed, the
  /// replications, the version, the scenario's file and the command line.
  private static func rank(_ name: String) -> (Int, String) {
    let order = [
      "field ", "seed", "replications", "caresimVersion", "scenario.title", "scenario.file",
      "scenario.hash", "command line",
    ]
    return (order.firstIndex { name.hasPrefix($0) } ?? order.count, name)
  }

  /// An input by its readable name: a scenario field by its label, the others by their phrase,
  /// in a sentence ("the seed") or standing alone in a table as the provenance names it ("Seed").
  private func inputName(_ name: String, inSentence: Bool) -> String {
    if let path = Self.fieldPath(name) {
      return inSentence ? phrases.parameter(path) : phrases.parameterLabel(path)
    }
    let key = inSentence ? "diff.input.\(name)" : Self.provenanceKeys[name] ?? ""
    return phrases.table[key] ?? name
  }

  /// The provenance's phrase of each input that is not a scenario field.
  private static let provenanceKeys = [
    "seed": "provenance.seed", "replications": "provenance.replications",
    "caresimVersion": "provenance.version", "command line": "provenance.command",
    "scenario.file": "provenance.file", "scenario.hash": "provenance.hash",
    "scenario.title": "provenance.scenario",
  ]

  /// The scenario field an input names (`field intervention.fixedCostPerYear`), if it names one.
  private static func fieldPath(_ name: String) -> String? {
    name.hasPrefix("field ") ? String(name.dropFirst("field ".count)) : nil
  }

  /// An input's value: a scenario field's number in the reader's notation, other values as they
  /// are, and a value one result lacks said so.
  private func value(_ text: String?, of name: String) -> String {
    guard let text else { return phrases["diff.missing"] }
    guard let path = Self.fieldPath(name), let number = Double(text) else { return text }
    return phrases.value(number, of: path)
  }

  /// A figure in a sentence: euros as a Dutch policy text writes them (`€ 27.200`,
  /// `€ 1,31 mln`), shares as percentages, other numbers to three digits.
  private func amount(_ value: Double, _ unit: ResultComparison.Unit) -> String {
    switch unit {
    case .euros: phrases.numbers.compactEuros(value, significantDigits: 3)
    case .share: phrases.percent(value)
    case .number: phrases.decimal(value)
    }
  }

  /// A figure in a table: euros in the short form of the sentences (`€ 1,31 mln`), so that a
  /// table of totals fits the report's column; shares as percentages, other numbers to four
  /// digits.
  private func cell(_ value: Double, _ unit: ResultComparison.Unit) -> HTMLTable.Cell {
    switch unit {
    case .euros: .number(phrases.numbers.compactEuros(value, significantDigits: 3))
    case .share: .number(phrases.percent(value))
    case .number: .number(phrases.value(value))
    }
  }

  // MARK: Sections

  private func inputSection() -> HTMLPage.Section {
    guard !comparison.inputs.isEmpty else {
      return HTMLPage.Section(phrases["diff.inputs"], [.paragraph(phrases["diff.inputs.none"])])
    }
    let inputs = comparison.inputs.sorted { Self.rank($0.name) < Self.rank($1.name) }
    let table = HTMLTable(
      header: [.text(phrases["diff.column.input"]), .text("A"), .text("B")],
      rows: inputs.map { input in
        let name: HTMLTable.Cell =
          Self.fieldPath(input.name).map { .parameter($0, phrases) }
          ?? .text(inputName(input.name, inSentence: false))
        // A command line or a file's path may be longer than its column.
        let cell: (String) -> HTMLTable.Cell =
          ["command line", "scenario.file"].contains(input.name) ? { .path($0) } : { .text($0) }
        return [name, cell(value(input.a, of: input.name)), cell(value(input.b, of: input.name))]
      })
    return HTMLPage.Section(phrases["diff.inputs"], [.table(table)])
  }

  /// The chart, then the headline figures in up to three tables: beyond their Monte-Carlo error
  /// (farthest first), within it, and without one; then every other figure in the same tables,
  /// folded away, since a council reads the net benefits and a modeller the totals.
  private func figureSection() -> HTMLPage.Section {
    let headline = comparison.figures.compactMap { figure in
      Self.headlineRank(figure.name).map { (figure, $0) }
    }.sorted { $0.1 < $1.1 }.map(\.0)
    let details = comparison.figures.filter { Self.headlineRank($0.name) == nil }
    var blocks = chart().map { [$0] } ?? []
    if !headline.isEmpty {
      blocks.append(
        .paragraph(phrases.format("diff.table.headline", phrases.count(headline.count))))
      blocks += tables(headline)
    }
    if !details.isEmpty {
      blocks.append(
        .details(
          summary: phrases.format("diff.details", phrases.count(details.count)), tables(details)))
    }
    return HTMLPage.Section(phrases["diff.figures"], blocks)
  }

  /// `figures` in three tables: beyond their Monte-Carlo error (farthest first), within it, and
  /// without one, each in the order given but the first.
  private func tables(_ figures: [ResultComparison.FigureChange]) -> [HTMLPage.Block] {
    let beyond = Set(comparison.figuresBeyondMonteCarloError.map(\.name))
    let groups = [
      (
        "diff.table.beyond",
        comparison.figuresBeyondMonteCarloError.filter { figure in
          figures.contains { $0.name == figure.name }
        }
      ),
      ("diff.table.within", figures.filter { $0.beyondMonteCarloError == false }),
      (
        "diff.table.noError",
        figures.filter { $0.standardError == nil && !beyond.contains($0.name) }
      ),
    ]
    return groups.filter { !$0.1.isEmpty }.map { key, figures -> HTMLPage.Block in
      let tested = key != "diff.table.noError"
      return .table(
        HTMLTable(
          caption: phrases.format(key, phrases.count(figures.count)),
          header: [
            .text(phrases["diff.column.figure"]), .number("A"), .number("B"),
            .number(phrases["diff.column.difference"]),
          ] + (tested ? [.number(phrases["diff.column.standardError"])] : []),
          rows: figures.map { figure in
            [
              HTMLTable.Cell(
                text: phrases.figureName(figure.name), isNumber: false, detail: figure.name),
              cell(figure.a, figure.unit), cell(figure.b, figure.unit),
              cell(figure.difference, figure.unit),
            ] + (figure.standardError.map { [cell($0, figure.unit)] } ?? [])
          }))
    }
  }

  /// Where a headline figure stands among the headline figures: net benefits (society's, then
  /// each payer's), QALYs, benefit/cost ratios, then chances of a gain or a loss; nil for a
  /// detail (an arm's totals, a PSA's sets and curve, the place of death, the run's settings).
  static func headlineRank(_ path: String) -> (Int, Int, String)? {
    let own = path.split(separator: "]").last.map(String.init) ?? path
    if path.hasPrefix("samples[") || path.hasPrefix("ceac[") || path.hasPrefix("placeOfDeath") {
      return nil
    }
    if path.hasPrefix("totals.") && path != "totals.difference.qalys.discounted.mean" {
      return nil
    }
    // QALYs gained, not the value of one (`valuePerQALY`), which is a setting.
    let kinds = [
      "netbenefit", "netmonetarybenefit", "qalygain", ".qalys.", "benefitcostratio",
      "probabilityof",
    ]
    let lowered = own.lowercased()
    guard let kind = kinds.firstIndex(where: { lowered.contains($0) }) else { return nil }
    // A probability names its payer too; it is not a net benefit.
    let rank = lowered.contains("probabilityof") ? kinds.count - 1 : kind
    let payers = ["society", "wmo", "zvw", "wlz", "informal"]
    let payer = payers.firstIndex { path.contains($0) } ?? payers.count
    return (rank, payer, path)
  }

  /// The figures farthest from no change, each difference in standard errors of the difference
  /// with its 95% interval, against the band of the noise; nil where no figure has an error.
  ///
  /// A figure whose error is zero has no such distance and stands in the tables only.
  private func chart() -> HTMLPage.Block? {
    let critical = comparison.criticalValue
    let measured = comparison.figures.compactMap { figure in
      figure.standardisedDifference.map { (figure, $0) }
    }
    guard !measured.isEmpty else { return nil }
    // The headline figures first, in their order; then the others farthest from no change.
    let shown = measured.sorted {
      switch (Self.headlineRank($0.0.name), Self.headlineRank($1.0.name)) {
      case (let a?, let b?): return a < b
      case (.some, nil): return true
      case (nil, .some): return false
      case (nil, nil):
        return abs($0.1) != abs($1.1) ? abs($0.1) > abs($1.1) : $0.0.name < $1.0.name
      }
    }.prefix(Self.chartRows)
    let reach = max(shown.map { abs($0.1) + critical }.max() ?? 0, critical + 0.5)
    // Three ticks (−5, 0, 5) fit the narrow axis beside the figures' names; more would be
    // thinned to the middle one.
    let ticks = NiceTicks(covering: -reach, reach, targetCount: 3)
    let statuses = [phrases["diff.status.within"], phrases["diff.status.beyond"]]
    let rows = shown.map { figure, distance in
      DotPlot.Row(
        phrases.figureName(figure.name), value: distance, lower: distance - critical,
        upper: distance + critical,
        status: abs(distance) > critical ? statuses[1] : statuses[0])
    }
    let plot = DotPlot(
      title: phrases["diff.chart.title"],
      valueAxis: ChartAxis(
        phrases["diff.chart.axis"], unit: phrases["diff.chart.unit"],
        domain: ticks.lower...ticks.upper),
      rows: rows, statuses: statuses.filter { status in rows.contains { $0.status == status } },
      referenceLabel: "",
      band: DotPlot.Band(
        phrases.format("diff.chart.band", phrases.decimal(critical)), lower: -critical,
        upper: critical))
    let reading = phrases.format(
      "diff.chart.reading", phrases.count(rows.count),
      phrases.count(rows.filter { $0.status == statuses[1] }.count))
    return .chart(svg: plot.svg(locale: phrases.locale), reading: reading)
  }
}
