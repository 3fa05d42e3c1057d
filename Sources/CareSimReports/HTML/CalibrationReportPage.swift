import CareSimCharts
import CareSimCore
import JSON5

/// The report of `caresim calibrate`: how far each national target lies from the calibrated
/// file's control arm, the fitted parameters with the uncertainty the targets leave them, the
/// search that found them and where each target comes from: a ``CalibrationResult`` laid out and
/// put in words.
struct CalibrationReportPage: ReportPage {
  let phrases: ReportPhrases
  let result: CalibrationResult

  typealias Target = CalibrationResult.Target

  func render() -> String {
    let fitted = result.fitted
    let checks = result.checks
    let replications = phrases.count(result.provenance.replications ?? 0)
    let checkReplications = phrases.count(result.checkReplications)
    var summary = [
      phrases.format(
        "calibration.summary.fit",
        phrases.counted("calibration.count.parameters", result.parameters.count),
        phrases.counted("calibration.count.targets", fitted.count),
        phrases.counted("calibration.count.points", result.evaluations))
    ]
    summary.append(
      phrases.format(
        "calibration.summary.fitted", phrases.count(fitted.count),
        phrases.counted("calibration.count.within", fitted.filter(\.isWithin).count),
        farthest(fitted)))
    if !checks.isEmpty {
      summary.append(
        phrases.format(
          "calibration.summary.checks", phrases.count(checks.count),
          phrases.counted("calibration.count.within", checks.filter(\.isWithin).count),
          farthest(checks)))
    }
    summary.append(
      phrases.format(
        result.converged ? "calibration.summary.converged" : "calibration.summary.stopped",
        phrases.counted("calibration.count.points", result.evaluations)))
    // The distances: from the start to the fit and on the file as written. Without all three
    // the sentence says so instead of "fell from — to —".
    let sentence =
      !result.distancesMeasured
      ? "calibration.summary.noDistance"
      : result.searchDistance < result.startDistance
        ? "calibration.summary.distance" : "calibration.summary.distanceStayed"
    summary.append(
      phrases.format(
        sentence, phrases.decimal(result.startDistance), phrases.decimal(result.searchDistance),
        phrases.decimal(result.calibratedDistance), checkReplications))
    let atEdge = result.parametersAtEdge.map { phrases.parameter($0.path) }
    if !atEdge.isEmpty {
      summary.append(
        phrases.format(
          "calibration.summary.edge", count: atEdge.count,
          ChartPhrases(phrases.locale).list(atEdge)))
    }
    summary += uncertaintySummary

    return HTMLPage(
      analysis: phrases, title: phrases.format("calibration.title", targetsName),
      subtitle: phrases.format(
        "calibration.subtitle", phrases.title(of: result.provenance), replications,
        checkReplications),
      summary: summary,
      sections: [
        fitSection(fitted: fitted, checks: checks, runs: [checkReplications, replications]),
        parameterSection, searchSection, sourceSection,
      ], provenance: result.provenance
    ).render()
  }

  /// The target farthest from its national figure, in words: "the largest miss is ..." when it
  /// lies outside the band, "the farthest is ..." when none does.
  func farthest(_ targets: [Target]) -> String {
    guard let far = CalibrationResult.farthest(targets) else {
      return phrases["calibration.noneMeasured"]
    }
    return phrases.format(
      far.isWithin ? "calibration.farthest" : "calibration.largestMiss", label(far),
      distance(far.distance))
  }

  /// What the page calls a target: its Dutch label on a Dutch page, where the targets file gives
  /// one, its English label otherwise.
  func label(_ target: Target) -> String { target.label(dutch: phrases.locale == .nl) }

  /// The targets file's title in the page's language, as ``label(_:)`` names a target.
  var targetsName: String { result.targetsName(dutch: phrases.locale == .nl) }

  /// A distance in standard errors, to one decimal, as the terminal's fit table shows it.
  func distance(_ value: Double) -> String { phrases.numbers.decimal(value, fractionDigits: 1) }

  /// How the uncertainty was found and how much of their boxes it leaves the values, and a
  /// warning when the importance draws carried too little weight to be reported.
  var uncertaintySummary: [String] {
    let uncertainty = result.uncertainty
    let count = { (value: Double) in phrases.numbers.decimal(value, fractionDigits: 0) }
    let share = phrases.numbers.percent(result.meanIntervalShare, fractionDigits: 0)
    let effective = count(uncertainty.effectiveSampleSize.rounded(.down))
    guard uncertainty.method != .importanceResampling else {
      return [
        phrases.format(
          "calibration.summary.importance", count(uncertainty.draws), effective, share)
      ]
    }
    var sentences = [
      phrases.format(
        "calibration.summary.laplace",
        phrases["calibration.curvature.\(uncertainty.laplaceCurvature.rawValue)"], share)
    ]
    if uncertainty.draws.isFinite {
      sentences.append(
        phrases.format(
          "calibration.summary.fellShort", count(uncertainty.draws), effective,
          count(uncertainty.minimumEffectiveSampleSize)))
    }
    return sentences
  }

  // MARK: The sections

  func fitSection(fitted: [Target], checks: [Target], runs: [String]) -> HTMLPage.Section {
    // One symmetric range for both charts, so that a distance reads the same in either.
    let reach = max(result.reach, Target.band + 0.5)
    let ticks = NiceTicks(covering: -reach, reach, targetCount: 7)
    // The range's own ticks: a narrow plot's fewer, wider ones left only 0 inside it.
    let axis = ChartAxis(
      phrases["calibration.chart.axis"], unit: phrases["calibration.chart.unit"],
      domain: ticks.lower...ticks.upper, tickStep: ticks.step)
    let statuses = ["within", "beyond", "missing"].map { phrases["calibration.status.\($0)"] }
    func chart(_ title: String, _ targets: [Target]) -> HTMLPage.Block {
      let rows = targets.map { target in
        DotPlot.Row(
          label(target), value: target.distance, lower: target.interval.lower,
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
        "calibration.chart.reading", phrases.count(targets.filter(\.isWithin).count),
        phrases.count(targets.count), phrases.count(targets.filter { $0.distance > 0 }.count),
        phrases.count(targets.filter { $0.distance < 0 }.count))
      return .chart(svg: plot.svg(locale: phrases.locale), reading: reading)
    }
    var blocks: [HTMLPage.Block] = [.paragraph(phrases["calibration.fit.intro"])]
    blocks.append(chart(phrases["calibration.chart.fitted"], fitted))
    if !checks.isEmpty { blocks.append(chart(phrases["calibration.chart.checks"], checks)) }
    blocks.append(.table(targetTable(fitted, caption: "calibration.table.fitted", runs: runs)))
    if !checks.isEmpty {
      blocks.append(.table(targetTable(checks, caption: "calibration.table.checks", runs: runs)))
    }
    return HTMLPage.Section(phrases["calibration.fit"], blocks)
  }

  /// Targets with the national figure and the model, each ± its standard error, the distance
  /// and the distance at the search's start.
  func targetTable(_ targets: [Target], caption: String, runs: [String]) -> HTMLTable {
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
          .text(label(target)), .number(estimate(target.value, target.standardError)),
          .number(estimate(target.model, target.modelStandardError)),
          .number(distance(target.distance)), .number(distance(target.distanceAtStart)),
        ]
      })
  }

  var parameterSection: HTMLPage.Section {
    let table = HTMLTable(
      header: [
        .text(phrases["table.parameter"]), .number(phrases["table.low"]),
        .number(phrases["table.high"]), .number(phrases["calibration.table.written"]),
        .number(phrases["calibration.table.posterior"]),
        .number(phrases["calibration.table.interval"]),
      ],
      rows: result.parameters.map { parameter in
        [.parameter(parameter.path, phrases)]
          + [parameter.low, parameter.high, parameter.written].map { .number(phrases.value($0)) }
          + [
            .number(
              "\(phrases.value(parameter.mean)) ± "
                + phrases.decimal(parameter.standardDeviation, digits: 2)),
            .number("\(phrases.value(parameter.lower95)) – \(phrases.value(parameter.upper95))"),
          ]
      })
    var blocks: [HTMLPage.Block] = [
      .paragraph(phrases.format("calibration.parameters.intro", result.calibratedScenario)),
      intervalChart, .table(table),
    ]
    if let strongest = result.strongestCorrelation {
      blocks.append(
        .paragraph(
          phrases.format(
            "calibration.correlation.strongest", phrases.parameter(strongest.first),
            phrases.parameter(strongest.second),
            phrases.numbers.decimal(strongest.value, fractionDigits: 2))))
    }
    return HTMLPage.Section(phrases["calibration.parameters"], blocks)
  }

  /// Each fitted value and its 95% interval as shares of its search box: how much of the box the
  /// targets leave.
  var intervalChart: HTMLPage.Block {
    let status = phrases["calibration.interval.status"]
    let rows = result.parameters.map { parameter in
      DotPlot.Row(
        phrases.parameterLabel(parameter.path), value: parameter.positionInBox(parameter.written),
        lower: parameter.positionInBox(parameter.lower95),
        upper: parameter.positionInBox(parameter.upper95), status: status)
    }
    let plot = DotPlot(
      title: phrases["calibration.interval.title"],
      valueAxis: ChartAxis(
        phrases["calibration.interval.axis"], unit: phrases["calibration.interval.unit"],
        format: .percent, domain: 0...1),
      rows: rows, statuses: [status], referenceLabel: "")
    let percent = { (share: Double) in phrases.numbers.percent(share, fractionDigits: 0) }
    guard let narrowest = result.narrowestInterval, let widest = result.widestInterval else {
      return .chart(svg: plot.svg(locale: phrases.locale), reading: "")
    }
    return .chart(
      svg: plot.svg(locale: phrases.locale),
      reading: phrases.format(
        "calibration.interval.reading", phrases.parameter(narrowest.path),
        percent(narrowest.intervalShare), phrases.parameter(widest.path),
        percent(widest.intervalShare)))
  }

  var searchSection: HTMLPage.Section {
    guard let progress = result.searchProgress else {
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
    let best = progress.best
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
    let reading =
      progress.fell
      ? phrases.format(
        "calibration.search.reading", phrases.decimal(progress.start),
        phrases.count(progress.firstMeasured + 1), phrases.decimal(progress.final),
        phrases.count(progress.reachedFinal + 1), phrases.count(best.count),
        phrases.count(progress.mostOfTheFall + 1))
        + " " + phrases["calibration.search.linear"]
      : phrases.format(
        "calibration.search.flat", phrases.decimal(progress.final),
        phrases.count(progress.firstMeasured + 1))
    return HTMLPage.Section(
      phrases["calibration.search"],
      [
        .paragraph(phrases["calibration.search.intro"]),
        .chart(svg: chart.svg(locale: phrases.locale), reading: reading),
      ])
  }

  var sourceSection: HTMLPage.Section {
    let table = HTMLTable(
      header: [
        .text(phrases["calibration.table.target"]), .text(phrases["calibration.table.use"]),
        .text(phrases["calibration.table.source"]),
      ],
      rows: result.targets.map { target in
        [
          .text(label(target)),
          .text(phrases[target.use == .fit ? "calibration.use.fit" : "calibration.use.check"]),
          .text(target.source),
        ]
      })
    return HTMLPage.Section(
      phrases["calibration.sources"],
      [
        .paragraph(
          phrases.format("calibration.sources.intro", targetsName, result.targetsFile)),
        .table(table),
      ])
  }
}
