import CareSimCharts
import CareSimCore
import JSON5

/// The report of `caresim calibrate`: how far each national target lies from the calibrated
/// file's control arm, the fitted parameters with the uncertainty the targets leave them, the
/// search that found them and where each target comes from.
///
/// Drawn from `result.json` alone, which holds the tables of `targets.csv`, `parameters.csv`,
/// `search.csv` and `correlation.csv` and how the uncertainty was found, so `caresim report DIR`
/// rebuilds it without running anything.
struct CalibrationReportPage: Sendable {
  let base: AnalysisDocument

  init(files: ResultFiles, locale: ReportLocale) throws(ReportInputError) {
    base = try AnalysisDocument(files: files, locale: locale)
  }

  /// A target as the page shows it: its row of `targets`, read once.
  struct Target: Sendable {
    var label: String
    var isFitted: Bool
    var value: Double
    var standardError: Double
    var model: Double
    var modelStandardError: Double
    var distance: Double
    var distanceAtStart: Double
    var source: String

    init(_ row: [String: JSONValue]) {
      let number = AnalysisDocument.number
      label = row["label"]?.stringValue ?? row["id"]?.stringValue ?? ""
      isFitted = row["use"]?.stringValue == CalibrationTarget.Use.fit.rawValue
      value = number(row, "target")
      standardError = number(row, "targetStandardError")
      model = number(row, "model")
      modelStandardError = number(row, "modelStandardError")
      distance = number(row, "distance")
      distanceAtStart = number(row, "distanceAtStart")
      source = row["source"]?.stringValue ?? ""
    }

    /// Whether the model lies within two of the target's standard errors, the band the page marks.
    ///
    /// A target whose measure could not be read does not.
    var isWithin: Bool { distance.isFinite && distance.magnitude <= Self.band }

    /// The model's 95% interval over its runs, in the target's standard errors: how much of a
    /// distance may be the runs' noise rather than the parameters.
    var interval: (lower: Double, upper: Double) {
      let half = 1.96 * modelStandardError / standardError
      return (distance - half, distance + half)
    }

    /// Two standard errors either side: the band a fitted target should lie in, about 95% of
    /// the time if the model were the truth and the errors normal.
    static let band = 2.0
  }

  /// The best distance so far at each trial point of a search; NaN until a point gives a finite
  /// distance.
  static func bestSoFar(_ distances: [Double]) -> [Double] {
    var best = Double.nan
    return distances.map { distance in
      if distance.isFinite, !(best <= distance) { best = distance }
      return best
    }
  }

  func render() throws(ReportInputError) -> String {
    let phrases = base.phrases
    let targets = try base.rows("targets").map(Target.init)
    let parameters = try base.rows("parameters")
    let search = try base.rows("search").map { AnalysisDocument.number($0, "distance") }
    let fitted = targets.filter(\.isFitted)
    let checks = targets.filter { !$0.isFitted }
    let evaluations = Int(exactly: base.number("evaluations")) ?? search.count
    let converged = base.document.value(at: "converged")?.boolValue ?? false
    let checkReplications = Int(exactly: base.number("checkReplications")) ?? 0
    let targetsName = base.document.value(at: "targetsName")?.stringValue ?? ""
    let targetsFile = base.document.value(at: "targetsFile")?.stringValue ?? ""
    let scenarioFile = base.document.value(at: "calibratedScenario")?.stringValue ?? ""

    var summary = [
      phrases.format(
        "calibration.summary.fit", counted("calibration.count.parameters", parameters.count),
        counted("calibration.count.targets", fitted.count),
        counted("calibration.count.points", evaluations))
    ]
    summary.append(
      phrases.format(
        "calibration.summary.fitted", String(fitted.count),
        counted("calibration.count.within", fitted.filter(\.isWithin).count), farthest(fitted)))
    if !checks.isEmpty {
      summary.append(
        phrases.format(
          "calibration.summary.checks", String(checks.count),
          counted("calibration.count.within", checks.filter(\.isWithin).count),
          farthest(checks)))
    }
    summary.append(
      phrases.format(
        converged ? "calibration.summary.converged" : "calibration.summary.stopped",
        counted("calibration.count.points", evaluations)))
    // The distances: from the start to the fit and on the file as written. Any is infinite once
    // one fitted target cannot be measured, and then the sentence says so instead of "fell from
    // — to —".
    let distances = ["startDistance", "searchDistance", "calibratedDistance"].map(base.number)
    let sentence =
      !distances.allSatisfy(\.isFinite)
      ? "calibration.summary.noDistance"
      : distances[1] < distances[0]
        ? "calibration.summary.distance" : "calibration.summary.distanceStayed"
    summary.append(
      phrases.format(
        sentence,
        phrases.decimal(distances[0]), phrases.decimal(distances[1]),
        phrases.decimal(distances[2]),
        phrases.numbers.decimal(Double(checkReplications), fractionDigits: 0)))
    let atEdge = parameters.filter(Self.isAtEdge).compactMap { $0["parameter"]?.stringValue }
    if !atEdge.isEmpty {
      summary.append(
        phrases.format(
          atEdge.count == 1 ? "calibration.summary.edge.one" : "calibration.summary.edge.other",
          ChartPhrases(phrases.locale).list(atEdge)))
    }
    summary += uncertaintySummary(parameters)

    return base.page(
      title: phrases.format("calibration.title", targetsName),
      subtitle: phrases.format(
        "calibration.subtitle", base.provenance.scenarioTitle,
        phrases.numbers.decimal(Double(base.provenance.replications ?? 0), fractionDigits: 0),
        phrases.numbers.decimal(Double(checkReplications), fractionDigits: 0)),
      summary: summary,
      sections: [
        fitSection(fitted: fitted, checks: checks, checkReplications: checkReplications),
        try parameterSection(parameters, scenarioFile: scenarioFile),
        searchSection(search),
        sourceSection(targets, name: targetsName, file: targetsFile),
      ])
  }

  /// A count in words, with the noun (and verb) in the number the count takes: the phrase
  /// `key.one` for one, `key.other` for any other count, and `key.zero` for none where the
  /// tables have one ("none lie" reads better than "0 lie").
  func counted(_ key: String, _ count: Int) -> String {
    let phrases = base.phrases
    let form =
      count == 0 && phrases.table["\(key).zero"] != nil
      ? "zero" : count == 1 ? "one" : "other"
    return phrases.format(
      "\(key).\(form)", phrases.numbers.decimal(Double(count), fractionDigits: 0))
  }

  /// The target farthest from its national figure, in words: "the largest miss is ..." when it
  /// lies outside the band, "the farthest is ..." when none does.
  func farthest(_ targets: [Target]) -> String {
    let phrases = base.phrases
    guard
      let far = targets.filter({ $0.distance.isFinite }).max(by: {
        $0.distance.magnitude < $1.distance.magnitude
      })
    else { return phrases["calibration.noneMeasured"] }
    return phrases.format(
      far.isWithin ? "calibration.farthest" : "calibration.largestMiss", far.label,
      distance(far.distance))
  }

  /// A distance in standard errors, to one decimal, as the terminal's fit table shows it.
  func distance(_ value: Double) -> String {
    base.phrases.numbers.decimal(value, fractionDigits: 1)
  }

  /// The share of its search box a parameter's 95% interval spans.
  static func intervalShare(_ row: [String: JSONValue]) -> Double {
    let number = AnalysisDocument.number
    return (number(row, "upper95") - number(row, "lower95"))
      / (number(row, "high") - number(row, "low"))
  }

  /// How the uncertainty was found and how much of their boxes it leaves the values, and a
  /// warning when the importance draws carried too little weight to be reported.
  func uncertaintySummary(_ parameters: [[String: JSONValue]]) -> [String] {
    let phrases = base.phrases
    let method = base.document.value(at: "uncertainty.method")?.stringValue
    let curvature = base.document.value(at: "uncertainty.laplaceCurvature")?.stringValue ?? ""
    let draws = base.number("uncertainty.draws")
    let effective = base.number("uncertainty.effectiveSampleSize")
    let count = { (value: Double) in phrases.numbers.decimal(value, fractionDigits: 0) }
    let shares = parameters.map(Self.intervalShare)
    let share = phrases.numbers.percent(
      shares.reduce(0, +) / Double(max(1, shares.count)), fractionDigits: 0)
    var sentences: [String] = []
    if method == CalibrationPosterior.Method.importanceResampling.rawValue {
      sentences.append(
        phrases.format(
          "calibration.summary.importance", count(draws), count(effective.rounded(.down)), share))
    } else {
      sentences.append(
        phrases.format(
          "calibration.summary.laplace", phrases["calibration.curvature.\(curvature)"], share))
      if draws.isFinite {
        sentences.append(
          phrases.format(
            "calibration.summary.fellShort", count(draws), count(effective.rounded(.down)),
            count(base.number("uncertainty.minimumEffectiveSampleSize"))))
      }
    }
    return sentences
  }

  /// Whether a parameter's fitted value lies at an end of its range (within a thousandth of
  /// it), where the range rather than the targets may have stopped the search.
  static func isAtEdge(_ row: [String: JSONValue]) -> Bool {
    let number = AnalysisDocument.number
    let low = number(row, "low")
    let high = number(row, "high")
    let fitted = number(row, "fitted")
    let tolerance = (high - low) * 1e-3
    return (fitted - low).magnitude <= tolerance || (high - fitted).magnitude <= tolerance
  }

  // MARK: The sections

  func fitSection(fitted: [Target], checks: [Target], checkReplications: Int)
    -> HTMLPage.Section
  {
    let phrases = base.phrases
    // One symmetric range for both charts, so that a distance reads the same in either.
    let ends = (fitted + checks).flatMap { [$0.distance, $0.interval.lower, $0.interval.upper] }
    let reach = ends.filter(\.isFinite).map(\.magnitude).max() ?? 0
    let ticks = NiceTicks(
      covering: -max(reach, Target.band + 0.5), max(reach, Target.band + 0.5), targetCount: 7)
    let axis = ChartAxis(
      phrases["calibration.chart.axis"], unit: phrases["calibration.chart.unit"],
      domain: ticks.lower...ticks.upper)
    let statuses = ["within", "beyond", "missing"].map { phrases["calibration.status.\($0)"] }
    func chart(_ title: String, _ targets: [Target]) -> HTMLPage.Block {
      let rows = targets.map { target in
        DotPlot.Row(
          target.label, value: target.distance, lower: target.interval.lower,
          upper: target.interval.upper, reference: 0,
          status: target.isWithin
            ? statuses[0] : target.distance.isFinite ? statuses[1] : statuses[2])
      }
      let plot = DotPlot(
        title: title, valueAxis: axis, rows: rows,
        statuses: statuses.filter { status in rows.contains { $0.status == status } },
        referenceLabel: phrases["calibration.chart.national"],
        band: DotPlot.Band(
          phrases["calibration.chart.band"], lower: -Target.band, upper: Target.band))
      let reading = phrases.format(
        "calibration.chart.reading", String(targets.filter(\.isWithin).count),
        String(targets.count), String(targets.filter { $0.distance > 0 }.count),
        String(targets.filter { $0.distance < 0 }.count))
      return .chart(svg: plot.svg(locale: phrases.locale), reading: reading)
    }
    var blocks: [HTMLPage.Block] = [.paragraph(phrases["calibration.fit.intro"])]
    blocks.append(chart(phrases["calibration.chart.fitted"], fitted))
    if !checks.isEmpty { blocks.append(chart(phrases["calibration.chart.checks"], checks)) }
    let runs = [
      phrases.numbers.decimal(Double(checkReplications), fractionDigits: 0),
      phrases.numbers.decimal(Double(base.provenance.replications ?? 0), fractionDigits: 0),
    ]
    blocks.append(.table(targetTable(fitted, caption: "calibration.table.fitted", runs: runs)))
    if !checks.isEmpty {
      blocks.append(.table(targetTable(checks, caption: "calibration.table.checks", runs: runs)))
    }
    return HTMLPage.Section(phrases["calibration.fit"], blocks)
  }

  /// Targets with the national figure and the model, each ± its standard error, the distance
  /// and the distance at the search's start.
  func targetTable(_ targets: [Target], caption: String, runs: [String]) -> HTMLTable {
    let phrases = base.phrases
    func estimate(_ value: Double, _ error: Double) -> String {
      "\(phrases.decimal(value, digits: 4)) ± \(phrases.decimal(error, digits: 2))"
    }
    return HTMLTable(
      caption: phrases.format(caption, runs[0], runs[1]),
      header: [
        .text(phrases["calibration.table.target"]), .number(phrases["calibration.table.national"]),
        .number(phrases["calibration.table.model"]), .number(phrases["calibration.table.distance"]),
        .number(phrases["calibration.table.start"]),
      ],
      rows: targets.map { target in
        [
          .text(target.label), .number(estimate(target.value, target.standardError)),
          .number(estimate(target.model, target.modelStandardError)),
          .number(distance(target.distance)), .number(distance(target.distanceAtStart)),
        ]
      })
  }

  func parameterSection(_ parameters: [[String: JSONValue]], scenarioFile: String)
    throws(ReportInputError) -> HTMLPage.Section
  {
    let phrases = base.phrases
    let number = AnalysisDocument.number
    let table = HTMLTable(
      header: [
        .text(phrases["table.parameter"]), .number(phrases["table.low"]),
        .number(phrases["table.high"]), .number(phrases["calibration.table.written"]),
        .number(phrases["calibration.table.posterior"]),
        .number(phrases["calibration.table.interval"]),
      ],
      rows: parameters.map { row in
        [.text(row["parameter"]?.stringValue ?? "")]
          + ["low", "high", "written"].map { .number(base.value(number(row, $0))) }
          + [
            .number(
              "\(base.value(number(row, "mean"))) ± "
                + phrases.decimal(number(row, "standardDeviation"), digits: 2)),
            .number(
              "\(base.value(number(row, "lower95"))) – \(base.value(number(row, "upper95")))"),
          ]
      })
    var blocks: [HTMLPage.Block] = [
      .paragraph(phrases.format("calibration.parameters.intro", scenarioFile)),
      intervalChart(parameters), .table(table),
    ]
    if let strongest = try strongestCorrelation() { blocks.append(.paragraph(strongest)) }
    return HTMLPage.Section(phrases["calibration.parameters"], blocks)
  }

  /// Each fitted value and its 95% interval as shares of its search box: how much of the box the
  /// targets leave.
  func intervalChart(_ parameters: [[String: JSONValue]]) -> HTMLPage.Block {
    let phrases = base.phrases
    let number = AnalysisDocument.number
    let status = phrases["calibration.interval.status"]
    let rows = parameters.map { row in
      let low = number(row, "low")
      let width = number(row, "high") - low
      return DotPlot.Row(
        row["parameter"]?.stringValue ?? "", value: (number(row, "written") - low) / width,
        lower: (number(row, "lower95") - low) / width,
        upper: (number(row, "upper95") - low) / width, status: status)
    }
    let plot = DotPlot(
      title: phrases["calibration.interval.title"],
      valueAxis: ChartAxis(
        phrases["calibration.interval.axis"], unit: phrases["calibration.interval.unit"],
        format: .percent, domain: 0...1),
      rows: rows, statuses: [status], referenceLabel: "")
    let shares = parameters.map(Self.intervalShare)
    let narrowest = shares.indices.min { shares[$0] < shares[$1] } ?? 0
    let widest = shares.indices.max { shares[$0] < shares[$1] } ?? 0
    let name = { (index: Int) in parameters[index]["parameter"]?.stringValue ?? "" }
    let percent = { (share: Double) in phrases.numbers.percent(share, fractionDigits: 0) }
    return .chart(
      svg: plot.svg(locale: phrases.locale),
      reading: phrases.format(
        "calibration.interval.reading", name(narrowest), percent(shares[narrowest]),
        name(widest), percent(shares[widest])))
  }

  /// The strongest correlation between two fitted values, in words; nil with one parameter.
  func strongestCorrelation() throws(ReportInputError) -> String? {
    let rows = try base.rows("correlation")
    let paths = rows.compactMap { $0["parameter"]?.stringValue }
    var strongest: (first: String, second: String, value: Double)?
    for (i, row) in rows.enumerated() {
      for second in paths[..<i] {
        let value = AnalysisDocument.number(row, second)
        if value.isFinite && value.magnitude > (strongest?.value.magnitude ?? -1) {
          strongest = (second, paths[i], value)
        }
      }
    }
    guard let strongest else { return nil }
    return base.phrases.format(
      "calibration.correlation.strongest", strongest.first, strongest.second,
      base.phrases.numbers.decimal(strongest.value, fractionDigits: 2))
  }

  func searchSection(_ distances: [Double]) -> HTMLPage.Section {
    let phrases = base.phrases
    let best = Self.bestSoFar(distances)
    guard let first = best.firstIndex(where: \.isFinite), let final = best.last else {
      // A chart without a line would show nothing; the sentence says why.
      return HTMLPage.Section(
        phrases["calibration.search"],
        [
          .paragraph(phrases["calibration.search.intro"]),
          .paragraph(phrases["calibration.search.none"]),
        ])
    }
    // The best so far holds between trial points and drops at one: drawn as steps, so that no
    // slope suggests values between points.
    var x: [Double] = []
    var y: [Double] = []
    for (index, value) in best.enumerated() {
      if index > 0, value != best[index - 1], best[index - 1].isFinite {
        x.append(Double(index + 1))
        y.append(best[index - 1])
      }
      x.append(Double(index + 1))
      y.append(value)
    }
    // The axis spans the distances reached, not zero to the start: the question is whether the
    // search levelled off, and the reading gives the numbers.
    let chart = LineChart(
      title: phrases["calibration.search.title"],
      xAxis: ChartAxis(phrases["calibration.search.x"]),
      yAxis: ChartAxis(phrases["calibration.search.y"], unit: phrases["calibration.search.unit"]),
      series: [LineSeries(phrases["calibration.search.y"], x: x, y: y)])
    // Once a point is finite every later best is, so the last is the search's best.
    let reading: String
    if best[first] == final {
      reading = phrases.format(
        "calibration.search.flat", phrases.decimal(final), String(first + 1))
    } else {
      let reached = (best.firstIndex { $0 == final } ?? first) + 1
      // The trial point by which 99% of the fall had come: how soon further points stopped
      // paying.
      let fall = best[first] - final
      let most = best.firstIndex { $0.isFinite && best[first] - $0 >= 0.99 * fall } ?? first
      reading =
        phrases.format(
          "calibration.search.reading", phrases.decimal(best[first]), String(first + 1),
          phrases.decimal(final), String(reached), String(distances.count), String(most + 1))
        + " " + phrases["calibration.search.linear"]
    }
    return HTMLPage.Section(
      phrases["calibration.search"],
      [
        .paragraph(phrases["calibration.search.intro"]),
        .chart(svg: chart.svg(locale: phrases.locale), reading: reading),
      ])
  }

  func sourceSection(_ targets: [Target], name: String, file: String) -> HTMLPage.Section {
    let phrases = base.phrases
    let table = HTMLTable(
      header: [
        .text(phrases["calibration.table.target"]), .text(phrases["calibration.table.use"]),
        .text(phrases["calibration.table.source"]),
      ],
      rows: targets.map { target in
        [
          .text(target.label),
          .text(phrases[target.isFitted ? "calibration.use.fit" : "calibration.use.check"]),
          .text(target.source),
        ]
      })
    return HTMLPage.Section(
      phrases["calibration.sources"],
      [.paragraph(phrases.format("calibration.sources.intro", name, file)), .table(table)])
  }
}
