import CareSimCharts
import CareSimCore
import JSON5

/// The report of `caresim validate-study`: each published figure against CareSim's estimate with
/// its 95% interval, as a share of the published figure, coloured by status: a
/// ``ValidationResult`` laid out and put in words.
struct ValidationReportPage: ReportPage {
  let phrases: ReportPhrases
  let result: ValidationResult

  /// The statuses in the order the page lists them.
  static let statuses: [FigureComparison.Status] = [
    .reproduced, .agrees, .gap, .failed, .holds, .differs, .exceeds, .fallsShort,
  ]

  func label(_ status: FigureComparison.Status) -> String {
    phrases["validation.status.\(status.rawValue)"]
  }

  /// What the page calls a figure: its Dutch name on a Dutch page, where the validation file
  /// gives one, its English name otherwise.
  func name(_ figure: ValidationResult.Figure) -> String {
    figure.name(dutch: phrases.locale == .nl)
  }

  /// The study in the page's language, as ``name(_:)`` names a figure.
  var study: String { result.study(dutch: phrases.locale == .nl) }

  /// The published figure as the table shows it: a sign in words ("positive"), any other figure
  /// as a number.
  func published(_ figure: ValidationResult.Figure) -> String {
    guard figure.kind == .sign else { return phrases.decimal(figure.published, digits: 4) }
    return phrases[figure.published > 0 ? "validation.sign.positive" : "validation.sign.negative"]
  }

  /// How many runs bear out a sign or a break-even ("as published in 79% of runs"), under its
  /// status; nil for other figures and folders that do not keep it.
  func shareOfRuns(_ figure: ValidationResult.Figure) -> String? {
    guard let share = figure.shareOfRuns, share.isFinite else { return nil }
    let key = figure.kind == .breakEven ? "validation.runs.above" : "validation.runs.asPublished"
    return phrases.format(key, phrases.percent(share))
  }

  /// The summary: how many figures were compared and how each came out, as a sentence ("16
  /// published figures: 1 reproduced and 6 differ with an explanation; the sign holds for 8 and
  /// differs for 1."), each count with its noun and verb in the number it takes.
  var summary: String {
    let counts = [FigureComparison.Status.reproduced, .agrees, .gap, .failed]
      .filter { result.count($0) > 0 }
      .map { phrases.counted("validation.count.\($0.rawValue)", result.count($0)) }
    // Signs and break-evens each have a clause with its own "and", after a semicolon.
    let parts =
      (counts.isEmpty ? [] : [ChartPhrases(phrases.locale).list(counts)])
      + [
        clause("validation.signs", .holds, .differs),
        clause("validation.breakEvens", .exceeds, .fallsShort),
      ]
      .compactMap { $0 }
    return phrases.format(
      "validation.summary", phrases.counted("validation.count.figures", result.figures.count),
      parts.joined(separator: "; "))
  }

  /// The clause of one kind's two outcomes ("the sign holds for 8 and differs for 1"): the keys
  /// `KEY.YES`, `KEY.NO` and `KEY.both`; nil when no figure has either.
  private func clause(
    _ key: String, _ yes: FigureComparison.Status, _ no: FigureComparison.Status
  ) -> String? {
    let (yesCount, noCount) = (result.count(yes), result.count(no))
    return switch (yesCount > 0, noCount > 0) {
    case (true, true):
      phrases.format("\(key).both", phrases.count(yesCount), phrases.count(noCount))
    case (true, false): phrases.format("\(key).\(yes.rawValue)", phrases.count(yesCount))
    case (false, true): phrases.format("\(key).\(no.rawValue)", phrases.count(noCount))
    case (false, false): nil
    }
  }

  func render() -> String {
    var rows: [DotPlot.Row] = []
    var table: [[HTMLTable.Cell]] = []
    for figure in result.figures {
      if let relative = figure.relativeToPublished {
        rows.append(
          DotPlot.Row(
            name(figure), value: relative.mean, lower: relative.lower95, upper: relative.upper95,
            reference: 1, status: label(figure.status)))
      }
      // The interval goes under the estimate rather than in a column of its own, so that the
      // table's four columns fit the page's column on a desktop.
      table.append([
        .text(name(figure)), .number(published(figure)),
        .number(
          phrases.decimal(figure.mean, digits: 4),
          secondLine:
            "\(phrases.decimal(figure.lower95, digits: 4)) – \(phrases.decimal(figure.upper95, digits: 4))"
        ),
        .text(label(figure.status), secondLine: shareOfRuns(figure)),
      ])
    }
    var blocks: [HTMLPage.Block] = []
    if !rows.isEmpty {
      let labels = Self.statuses.map(label)
      let chart = DotPlot(
        title: phrases["validation.chart.title"],
        valueAxis: ChartAxis(phrases["validation.chart.axis"], format: .percent),
        rows: rows, statuses: labels.filter { label in rows.contains { $0.status == label } },
        referenceLabel: phrases["validation.chart.published"])
      blocks.append(
        .chart(svg: chart.svg(locale: phrases.locale), reading: phrases["validation.chart.reading"])
      )
    }
    blocks.append(
      .table(
        HTMLTable(
          header: [
            .text(phrases["validation.table.figure"]),
            .number(phrases["validation.table.published"]),
            .number(
              phrases["validation.table.caresim"],
              secondLine: phrases["validation.table.interval"]),
            .text(phrases["validation.table.status"]),
          ], rows: table)))
    var sections = [HTMLPage.Section(phrases["validation.section"], blocks)]
    sections += explanationSections
    return HTMLPage(
      analysis: phrases, title: phrases.format("validation.title", study),
      summary: [summary], sections: sections, provenance: result.provenance
    ).render()
  }

  /// The validation file's explanations: why CareSim differs, for each figure that differs with
  /// an explanation or whose sign differs (as the terminal lists them under "Gaps:"), and what
  /// the file says of figures that agree (how far the agreement goes), each where there is one.
  var explanationSections: [HTMLPage.Section] {
    let differing = result.figures.filter(\.status.differsFromStudy)
    let agreeing = result.figures.filter { !$0.status.differsFromStudy && $0.gap != nil }
    return [
      (differing, "validation.gaps"), (agreeing, "validation.caveats"),
    ].compactMap { figures, key in
      guard !figures.isEmpty else { return nil }
      let rows: [[HTMLTable.Cell]] = figures.map { figure in
        [.text(name(figure)), .text(figure.gap ?? phrases["validation.gaps.none"])]
      }
      return HTMLPage.Section(
        phrases["\(key).section"],
        [
          .paragraph(phrases["\(key).intro"]),
          .table(
            HTMLTable(
              header: [
                .text(phrases["validation.table.figure"]), .text(phrases["validation.gaps.why"]),
              ], rows: rows)),
        ])
    }
  }
}
