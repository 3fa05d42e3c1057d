import CareSimCharts
import CareSimCore
import JSON5

/// The report of `caresim run`: who pays, who saves, when it pays back, how the residents and
/// their quality of life fare, and where they die: a ``RunResult`` laid out and put in words.
package struct RunReportPage: ReportPage {
  let phrases: ReportPhrases
  let result: RunResult

  var monthAxis: [Double] { (1...result.months).map(Double.init) }

  /// The month axis of a chart over the horizon: a tick a year beyond three years.
  var monthChartAxis: ChartAxis {
    ChartAxis(phrases["axis.month"], tickStep: result.months > 36 ? 12 : nil)
  }

  /// The page.
  package func render() -> String {
    HTMLPage(
      locale: phrases.locale, title: phrases.title(of: result.provenance),
      subtitle: phrases.format(
        result.entrants > 0 ? "run.subtitle.entrants" : "run.subtitle",
        phrases.numbers.decimal(result.residents, fractionDigits: 0),
        phrases.numbers.decimal(result.years, significantDigits: 3),
        phrases.numbers.decimal(result.replications, fractionDigits: 0),
        phrases.count(result.entrants)),
      summary: summarySentences,
      sections: [whoPaysSection, paybackSection, monthlySection, residentsSection]
        + (result.deathPlaces.map { [deathsSection($0)] } ?? []) + [qualitySection, budgetSection],
      provenance: result.provenance
    ).render()
  }
}

// MARK: - The summary in plain words

extension RunReportPage {
  /// Sentences derived from the results: what the programme costs whom, who saves most, the
  /// QALYs, who comes out behind and how often.
  var summarySentences: [String] {
    var sentences: [String] = []
    let payersOfCost = result.payersSharingCost
    let costText = payersOfCost.map { funder in
      payersOfCost.count == 1
        ? phrases.name(Perspective(funder: funder) ?? .society)
        : phrases.format(
          "summary.costShare", phrases.name(Perspective(funder: funder) ?? .society),
          phrases.percent(result.fundingSplit[funder]))
    }.joined(separator: phrases["and"])
    let horizon = phrases.numbers.decimal(result.years, significantDigits: 3)
    let cost = phrases.euros(result.programmeCost)
    // Discounted amounts say so, beside the undiscounted cost that the budget table's years add
    // up to.
    let budgetCost = phrases.euros(result.programmeCostPerYear * result.years)
    let kind = result.discountFactors.contains { $0 != 1 } ? "" : ".undiscounted"
    if let saver = result.payersSaving.first {
      sentences.append(
        phrases.format(
          "summary.costAndSaving" + kind, horizon, cost, costText, phrases.name(saver),
          phrases.euros(result.saving(saver)), budgetCost))
    } else {
      sentences.append(
        phrases.format("summary.costNoSaving" + kind, horizon, cost, costText, budgetCost))
    }
    let qalys = result.qalyGain
    sentences.append(
      phrases.format(
        qalys >= 0 ? "summary.qalysGained" : "summary.qalysLost",
        phrases.decimal(abs(qalys), digits: 3)))
    for perspective in result.payersBehind {
      sentences.append(
        phrases.format(
          "summary.behind", phrases.name(perspective),
          phrases.euros(-result.meanNetBenefit(perspective)),
          phrases.percent(result.probabilityOfLoss(perspective))))
    }
    let society = result.meanNetBenefit(.society)
    sentences.append(
      phrases.format(
        society >= 0 ? "summary.societyGains" : "summary.societyLoses", phrases.euros(abs(society)),
        phrases.percent(1 - result.probabilityOfLoss(.society)),
        phrases.euros(result.netMonetaryBenefit), phrases.euros(result.valuePerQALY)))
    return sentences
  }
}

// MARK: - Who pays and who saves

extension RunReportPage {
  var whoPaysSection: HTMLPage.Section {
    var bars: [DivergingBarChart.Bar] = []
    for perspective in RunResult.budgets {
      bars.append(
        .init(phrases.format("run.saving", phrases.label(perspective)), result.saving(perspective)))
      if let funder = perspective.funder, result.fundingSplit[funder] > 0 {
        bars.append(
          .init(
            phrases.format("run.costShare", phrases.label(perspective)),
            -result.costShare(perspective)))
      }
    }
    bars.append(.init(phrases["run.societyNet"], result.meanNetBenefit(.society)))
    let chart = DivergingBarChart(
      title: phrases["run.whoPays.title"],
      valueAxis: ChartAxis(phrases["run.whoPays.axis"], unit: "€", format: .euros),
      bars: bars, negativeLabel: phrases["run.pays"], positiveLabel: phrases["run.saves"])
    let biggest = result.mostMovedBudget
    let reading = phrases.format(
      "run.whoPays.reading", phrases.name(biggest), phrases.euros(result.saving(biggest)),
      phrases.euros(result.programmeCost))
    let rows: [[HTMLTable.Cell]] = (RunResult.budgets + [.society]).map { perspective in
      [
        .text(phrases.label(perspective)), .number(phrases.exactEuros(result.saving(perspective))),
        .number(phrases.exactEuros(-result.costShare(perspective))),
        .number(phrases.exactEuros(result.meanNetBenefit(perspective))),
        .number(phrases.percent(result.probabilityOfLoss(perspective))),
      ]
    }
    let table = HTMLTable(
      caption: phrases["run.balance.caption"],
      header: [
        .text(phrases["run.balance.payer"]), .number(phrases["run.balance.saving"]),
        .number(phrases["run.balance.share"]), .number(phrases["run.balance.net"]),
        .number(phrases["run.balance.loss"]),
      ], rows: rows, isHalfWidthInPrint: true)
    return HTMLPage.Section(
      phrases["run.whoPays"],
      [.chart(svg: chart.svg(locale: phrases.locale), reading: reading), .table(table)])
  }
}

// MARK: - When it pays back

extension RunReportPage {
  var paybackSection: HTMLPage.Section {
    let perspectives = RunResult.payers + [.society]
    var markers: [ChartMarker] = []
    var findings: [String] = []
    for perspective in perspectives {
      switch result.paybackMonth(perspective) {
      case .some(0):
        findings.append(phrases.format("run.payback.always", phrases.name(perspective)))
      case .some(let month):
        markers.append(
          .vertical(
            x: Double(month),
            label: phrases.format(
              "run.payback.marker", phrases.label(perspective), phrases.count(month))))
        findings.append(
          phrases.sentence("run.payback.from", subject: perspective, phrases.count(month)))
      case .none:
        findings.append(phrases.sentence("run.payback.never", subject: perspective))
      }
    }
    let chart = LineChart(
      title: phrases["run.payback.title"], xAxis: monthChartAxis,
      yAxis: ChartAxis(phrases["run.payback.axis"], unit: "€", format: .euros, includesZero: true),
      series: perspectives.map { perspective in
        LineSeries(
          phrases.label(perspective), x: monthAxis, y: result.cumulativeNetBenefit(perspective))
      },
      markers: [.horizontal(y: 0, label: phrases["run.payback.zero"])] + markers)
    return HTMLPage.Section(
      phrases["run.payback"],
      [.chart(svg: chart.svg(locale: phrases.locale), reading: findings.joined(separator: " "))])
  }
}

// MARK: - Monthly cost per funder

extension RunReportPage {
  var monthlySection: HTMLPage.Section {
    var blocks: [HTMLPage.Block] = []
    let without = phrases["arm.without"]
    let with = phrases["arm.with"]
    for funder in Funder.allCases {
      guard let (control, intervention) = result.monthlyCost(funder) else { continue }
      let chart = LineChart(
        title: phrases.format("run.monthly.title", phrases.label(funder)), xAxis: monthChartAxis,
        yAxis: ChartAxis(
          phrases["run.monthly.axis"], unit: "€", format: .euros, includesZero: true),
        series: [
          LineSeries(without, x: monthAxis, y: control.mean),
          LineSeries(with, x: monthAxis, y: intervention.mean),
        ],
        bands: [
          ChartBand(
            phrases["band.without"], x: monthAxis, lower: control.p5, upper: control.p95,
            around: without),
          ChartBand(
            phrases["band.with"], x: monthAxis, lower: intervention.p5, upper: intervention.p95,
            around: with),
        ])
      let reading: String
      if funder == .intervention {
        reading = phrases.format(
          "run.monthly.programme", phrases.euros(result.programmeCostPerYear))
      } else if let month = result.cheaperFrom(funder) {
        reading = phrases.format("run.monthly.below", phrases.label(funder), phrases.count(month))
      } else {
        reading = phrases.format(
          "run.monthly.notBelow", phrases.label(funder),
          phrases.count(result.monthsCostingMore(funder)),
          phrases.count(result.months))
      }
      blocks.append(.chart(svg: chart.svg(locale: phrases.locale), reading: reading))
    }
    return HTMLPage.Section(
      phrases["run.monthly"], [.paragraph(phrases["run.monthly.intro"])] + blocks)
  }
}

// MARK: - Where the residents are

extension RunReportPage {
  /// The arms a page compares, with the phrase of each.
  static let arms: [(arm: SummaryArm, name: String)] = [
    (.control, "arm.without"), (.intervention, "arm.with"),
  ]

  var residentsSection: HTMLPage.Section {
    var blocks: [HTMLPage.Block] = []
    for (arm, name) in Self.arms {
      guard let states = result.residentStates(arm) else { continue }
      let chart = StackedAreaChart(
        title: phrases.format("run.residents.title", phrases[name + ".lower"]),
        xAxis: monthChartAxis,
        yAxis: ChartAxis(phrases["run.residents.axis"], format: .percent),
        x: monthAxis,
        layers: [
          .init(phrases["state.homeMet"], values: states.homeMet),
          .init(phrases["state.homeUnmet"], values: states.homeUnmet),
          .init(phrases["state.institution"], values: states.institution),
          .init(phrases["state.dead"], values: states.dead),
        ], normalised: true)
      blocks.append(
        .chart(
          svg: chart.svg(locale: phrases.locale),
          reading: phrases.format(
            result.entrants > 0 ? "run.residents.reading.entrants" : "run.residents.reading",
            phrases.numbers.decimal(result.years, significantDigits: 3),
            phrases.percent(states.shareAtEnd(\.atHome)),
            phrases.percent(states.shareAtEnd(\.institution)),
            phrases.percent(states.shareAtEnd(\.dead)),
            phrases.numbers.decimal(states.presentAtEnd, fractionDigits: 0))))
    }
    return HTMLPage.Section(phrases["run.residents"], blocks)
  }
}

// MARK: - Quality of life

extension RunReportPage {
  var qualitySection: HTMLPage.Section {
    var series: [LineSeries] = []
    var ends: [(first: Double, last: Double)] = []
    for (arm, name) in Self.arms {
      guard let quality = result.qualityOfLife(arm) else { continue }
      series.append(LineSeries(phrases[name], x: monthAxis, y: quality))
      ends.append((quality.first ?? .nan, quality.last ?? .nan))
    }
    let minimum = result.minimumQualityForLivingAtHome
    let chart = LineChart(
      title: phrases["run.quality.title"], xAxis: monthChartAxis,
      yAxis: ChartAxis(phrases["run.quality.axis"], domain: 0...1),
      series: series,
      markers: minimum.isFinite
        ? [.horizontal(y: minimum, label: phrases["run.quality.minimum"])] : [])
    var reading = ""
    if ends.count == 2 {
      reading = phrases.format(
        "run.quality.reading", phrases.decimal(ends[0].first, digits: 2),
        phrases.decimal(ends[0].last, digits: 2), phrases.decimal(ends[1].last, digits: 2))
      if minimum.isFinite {
        reading +=
          " " + phrases.format("run.quality.threshold", phrases.decimal(minimum, digits: 2))
      }
    }
    return HTMLPage.Section(
      phrases["run.quality"], [.chart(svg: chart.svg(locale: phrases.locale), reading: reading)])
  }
}

// MARK: - The budget year by year

extension RunReportPage {
  var budgetSection: HTMLPage.Section {
    var blocks: [HTMLPage.Block] = [.paragraph(phrases["run.budget.intro"])]
    for funder in Funder.payers + [.intervention, .informal] {
      guard let budget = result.budget(funder) else { continue }
      let rows: [[HTMLTable.Cell]] = budget.enumerated().map { year, amounts in
        [
          .number(String(year + 1)), .number(phrases.exactEuros(amounts.without)),
          .number(phrases.exactEuros(amounts.with)),
          .number(phrases.exactEuros(amounts.difference)),
          .number(phrases.exactEuros(amounts.cumulative)),
        ]
      }
      blocks.append(
        .table(
          HTMLTable(
            caption: phrases.format("run.budget.caption", phrases.label(funder)),
            header: [
              .number(phrases["run.budget.year"]), .number(phrases["arm.without"]),
              .number(phrases["arm.with"]), .number(phrases["run.budget.difference"]),
              .number(phrases["run.budget.cumulative"]),
            ], rows: rows, isHalfWidthInPrint: true)))
    }
    return HTMLPage.Section(phrases["run.budget"], blocks)
  }
}
