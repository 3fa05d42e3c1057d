import CareSimCharts
import CareSimCore
import JSON5

/// The report of `caresim run`: who pays, who saves, when it pays back, how the residents and
/// their quality of life fare, and where they die, drawn from `summary.json`, `trajectories.csv`,
/// `outcomes.csv` and `place-of-death.csv`.
package struct RunReportPage: Sendable {
  /// One month's mean and 90% band of a quantity.
  struct Monthly: Sendable {
    var mean: [Double]
    var p5: [Double]
    var p95: [Double]
  }

  let phrases: ReportPhrases
  let summary: JSONValue
  let provenance: ReportProvenance
  let months: Int
  /// Monthly cost per arm (`control`, `intervention`, `difference`) and funder, undiscounted.
  let costs: [String: [Funder: Monthly]]
  /// Monthly outcomes per arm and metric name.
  let outcomes: [String: [String: Monthly]]
  let discountFactors: [Double]
  /// Where the control arm's residents die; nil for a folder written before runs counted it.
  let deathPlaces: DeathPlaces?

  package init(files: ResultFiles, locale: ReportLocale) throws(ReportInputError) {
    phrases = ReportPhrases(locale)
    summary = try files.json("summary.json")
    provenance = ReportProvenance(document: summary, marker: files.marker)
    guard let months = summary.value(at: "months")?.numberValue.flatMap({ Int(exactly: $0) }),
      months > 0
    else { throw .unreadable("summary.json") }
    self.months = months
    let trajectories = try files.csv("trajectories.csv")
    var costs: [String: [Funder: Monthly]] = [:]
    var factors = [Double](repeating: 1, count: months)
    for row in trajectories.rows {
      guard let arm = trajectories.text(row, "arm"),
        let funder = Funder.allCases.first(where: {
          $0.description == trajectories.text(row, "funder")
        }),
        let month = Int(trajectories.text(row, "month") ?? ""), (1...months).contains(month)
      else { throw .unreadable("trajectories.csv") }
      var series = costs[arm, default: [:]][funder] ?? Self.empty(months)
      series.mean[month - 1] = trajectories.number(row, "meanUndiscounted")
      series.p5[month - 1] = trajectories.number(row, "p5Undiscounted")
      series.p95[month - 1] = trajectories.number(row, "p95Undiscounted")
      costs[arm, default: [:]][funder] = series
      factors[month - 1] = trajectories.number(row, "discountFactor")
    }
    self.costs = costs
    discountFactors = factors
    let outcomeTable = try files.csv("outcomes.csv")
    var outcomes: [String: [String: Monthly]] = [:]
    for row in outcomeTable.rows {
      guard let arm = outcomeTable.text(row, "arm"), let metric = outcomeTable.text(row, "metric"),
        let month = Int(outcomeTable.text(row, "month") ?? ""), (1...months).contains(month)
      else { throw .unreadable("outcomes.csv") }
      var series = outcomes[arm, default: [:]][metric] ?? Self.empty(months)
      series.mean[month - 1] = outcomeTable.number(row, "mean")
      series.p5[month - 1] = outcomeTable.number(row, "p5")
      series.p95[month - 1] = outcomeTable.number(row, "p95")
      outcomes[arm, default: [:]][metric] = series
    }
    self.outcomes = outcomes
    deathPlaces = try DeathPlaces.read(files: files, summary: summary)
  }

  static func empty(_ months: Int) -> Monthly {
    Monthly(
      mean: Array(repeating: .nan, count: months), p5: Array(repeating: .nan, count: months),
      p95: Array(repeating: .nan, count: months))
  }

  // MARK: Reading the summary

  func number(_ path: String) -> Double { summary.value(at: path)?.numberValue ?? .nan }

  /// The entrants a month (0 for a closed population, and in files that do not give it).
  var entrantsPerMonth: Double { summary.value(at: "entrantsPerMonth")?.numberValue ?? 0 }

  /// The entrants of the horizon.
  var entrants: Int { Entrants.count(perMonth: entrantsPerMonth, months: months) }

  /// Every resident who has lived here by the end of month `month` (0-based): the initial
  /// residents and the entrants who have arrived.
  func residentsPresent(byMonth month: Int) -> Double {
    number("residents") + Double(Entrants.count(perMonth: entrantsPerMonth, months: month + 1))
  }

  /// A discounted total's mean over the horizon.
  func total(_ arm: String, _ metric: String) -> Double {
    number("totals.\(arm).\(metric).discounted.mean")
  }

  func netBenefit(_ perspective: Perspective) -> Double {
    number("netBenefitAfterSplit.\(perspective).mean")
  }

  func probabilityOfLoss(_ perspective: Perspective) -> Double {
    number("netBenefitAfterSplit.\(perspective).probabilityOfLoss")
  }

  func share(_ funder: Funder) -> Double { number("fundingSplit.\(funder)") }

  var programmeCost: Double { total("intervention", "intervention") }
  var years: Double { Double(months) / 12 }
  var monthAxis: [Double] { (1...months).map(Double.init) }
  static let payers = Funder.payers.compactMap(Perspective.init(funder:))
  static let perspectives = Perspective.allCases

  /// The page.
  package func render() -> String {
    HTMLPage(
      locale: phrases.locale, title: provenance.scenarioTitle,
      subtitle: phrases.format(
        entrants > 0 ? "run.subtitle.entrants" : "run.subtitle",
        phrases.numbers.decimal(number("residents"), fractionDigits: 0),
        phrases.numbers.decimal(years, significantDigits: 3),
        phrases.numbers.decimal(number("replications"), fractionDigits: 0),
        phrases.numbers.decimal(Double(entrants), fractionDigits: 0)),
      summary: summarySentences,
      sections: [whoPaysSection, paybackSection, monthlySection, residentsSection]
        + (deathPlaces.map { [deathsSection($0)] } ?? []) + [qualitySection, budgetSection],
      provenance: provenance
    ).render()
  }
}

// MARK: - The summary in plain words

extension RunReportPage {
  /// Sentences derived from the results: what the programme costs whom, who saves most, the
  /// QALYs, who comes out behind and how often.
  var summarySentences: [String] {
    var sentences: [String] = []
    let payersOfCost = Funder.payers.filter { share($0) > 0 }
    let costText = payersOfCost.map { funder in
      payersOfCost.count == 1
        ? phrases.name(Perspective(funder: funder) ?? .society)
        : phrases.format(
          "summary.costShare", phrases.name(Perspective(funder: funder) ?? .society),
          phrases.percent(share(funder)))
    }.joined(separator: phrases["and"])
    let savers = Self.payers.filter { saving($0) > 0 }.sorted { saving($0) > saving($1) }
    let horizon = phrases.numbers.decimal(years, significantDigits: 3)
    if let saver = savers.first {
      sentences.append(
        phrases.format(
          "summary.costAndSaving", horizon, phrases.euros(programmeCost), costText,
          phrases.name(saver), phrases.euros(saving(saver))))
    } else {
      sentences.append(
        phrases.format("summary.costNoSaving", horizon, phrases.euros(programmeCost), costText))
    }
    let qalys = total("difference", "qalys")
    sentences.append(
      phrases.format(
        qalys >= 0 ? "summary.qalysGained" : "summary.qalysLost",
        phrases.decimal(abs(qalys), digits: 3)))
    let behind = Self.payers.filter { netBenefit($0) < 0 }
    for perspective in behind {
      sentences.append(
        phrases.format(
          "summary.behind", phrases.name(perspective), phrases.euros(-netBenefit(perspective)),
          phrases.percent(probabilityOfLoss(perspective))))
    }
    let society = netBenefit(.society)
    sentences.append(
      phrases.format(
        society >= 0 ? "summary.societyGains" : "summary.societyLoses", phrases.euros(abs(society)),
        phrases.percent(1 - probabilityOfLoss(.society)),
        phrases.euros(number("netMonetaryBenefit.mean")), phrases.euros(number("valuePerQALY"))))
    return sentences
  }

  /// A payer's discounted saving: without minus with.
  func saving(_ perspective: Perspective) -> Double {
    guard let funder = perspective.funder else { return -total("difference", "informal") }
    return -total("difference", funder.description)
  }
}

// MARK: - Who pays and who saves

extension RunReportPage {
  var whoPaysSection: HTMLPage.Section {
    var bars: [DivergingBarChart.Bar] = []
    for perspective in Self.payers + [.informal] {
      bars.append(
        .init(phrases.format("run.saving", phrases.label(perspective)), saving(perspective)))
      if let funder = perspective.funder, share(funder) > 0 {
        bars.append(
          .init(
            phrases.format("run.costShare", phrases.label(perspective)),
            -share(funder) * programmeCost))
      }
    }
    bars.append(.init(phrases["run.societyNet"], netBenefit(.society)))
    let chart = DivergingBarChart(
      title: phrases["run.whoPays.title"],
      valueAxis: ChartAxis(phrases["run.whoPays.axis"], unit: "€", format: .euros),
      bars: bars, negativeLabel: phrases["run.pays"], positiveLabel: phrases["run.saves"])
    let biggest = (Self.payers + [.informal]).max { abs(saving($0)) < abs(saving($1)) } ?? .wlz
    let reading = phrases.format(
      "run.whoPays.reading", phrases.name(biggest), phrases.euros(saving(biggest)),
      phrases.euros(programmeCost))
    var rows: [[HTMLTable.Cell]] = []
    for perspective in Self.payers + [.informal] {
      let funder = perspective.funder
      rows.append([
        .text(phrases.label(perspective)), .number(phrases.exactEuros(saving(perspective))),
        .number(phrases.exactEuros(-(funder.map(share) ?? 0) * programmeCost)),
        .number(phrases.exactEuros(netBenefit(perspective))),
        .number(phrases.percent(probabilityOfLoss(perspective))),
      ])
    }
    rows.append([
      .text(phrases.label(.society)),
      .number(phrases.exactEuros(netBenefit(.society) + programmeCost)),
      .number(phrases.exactEuros(-programmeCost)),
      .number(phrases.exactEuros(netBenefit(.society))),
      .number(phrases.percent(probabilityOfLoss(.society))),
    ])
    let table = HTMLTable(
      caption: phrases["run.balance.caption"],
      header: [
        .text(phrases["run.balance.payer"]), .number(phrases["run.balance.saving"]),
        .number(phrases["run.balance.share"]), .number(phrases["run.balance.net"]),
        .number(phrases["run.balance.loss"]),
      ], rows: rows)
    return HTMLPage.Section(
      phrases["run.whoPays"],
      [.chart(svg: chart.svg(locale: phrases.locale), reading: reading), .table(table)])
  }
}

// MARK: - When it pays back

extension RunReportPage {
  /// A perspective's cumulative discounted net benefit month by month: its saving less its share
  /// of the programme's cost, so that the last month gives the net benefit of the table.
  func cumulativeNetBenefit(_ perspective: Perspective) -> [Double] {
    var total = 0.0
    var values: [Double] = []
    for month in 0..<months {
      let factor = discountFactors[month]
      let difference: (Funder) -> Double = { self.costs["difference"]?[$0]?.mean[month] ?? .nan }
      let programme = difference(.intervention)
      let net: Double
      switch perspective {
      case .society:
        net =
          -(difference(.wmo) + difference(.zvw) + difference(.wlz) + difference(.informal))
          - programme
      case .informal:
        net = -difference(.informal)
      default:
        let funder = perspective.funder ?? .wmo
        net = -difference(funder) - share(funder) * programme
      }
      total += net * factor
      values.append(total)
    }
    return values
  }

  /// The first month from which a cumulative balance stays at or above zero, after being below;
  /// nil when it never does, and 0 when it never falls below.
  static func breakEvenMonth(_ values: [Double]) -> Int? {
    guard let lastNegative = values.lastIndex(where: { $0 < 0 }) else { return 0 }
    return lastNegative + 1 < values.count ? lastNegative + 2 : nil
  }

  var paybackSection: HTMLPage.Section {
    let perspectives = Self.payers + [.society]
    var markers: [ChartMarker] = []
    var findings: [String] = []
    for perspective in perspectives {
      let values = cumulativeNetBenefit(perspective)
      switch Self.breakEvenMonth(values) {
      case .some(0):
        findings.append(phrases.format("run.payback.always", phrases.name(perspective)))
      case .some(let month):
        markers.append(
          .vertical(
            x: Double(month),
            label: phrases.format("run.payback.marker", phrases.label(perspective), String(month))))
        findings.append(
          phrases.format("run.payback.from", phrases.name(perspective), String(month)))
      case .none:
        findings.append(phrases.format("run.payback.never", phrases.name(perspective)))
      }
    }
    let chart = LineChart(
      title: phrases["run.payback.title"],
      xAxis: ChartAxis(phrases["axis.month"], tickStep: months > 36 ? 12 : nil),
      yAxis: ChartAxis(phrases["run.payback.axis"], unit: "€", format: .euros, includesZero: true),
      series: perspectives.map { perspective in
        LineSeries(phrases.label(perspective), x: monthAxis, y: cumulativeNetBenefit(perspective))
      },
      markers: [.horizontal(y: 0, label: phrases["run.payback.zero"])] + markers)
    return HTMLPage.Section(
      phrases["run.payback"],
      [.chart(svg: chart.svg(locale: phrases.locale), reading: findings.joined(separator: " "))])
  }
}

// MARK: - Monthly cost per funder

extension RunReportPage {
  /// From which month on the arm with the programme costs a funder less every month, if ever.
  static func lowerFrom(control: [Double], intervention: [Double]) -> Int? {
    guard let lastHigher = control.indices.last(where: { intervention[$0] >= control[$0] }) else {
      return 1
    }
    return lastHigher + 1 < control.count ? lastHigher + 2 : nil
  }

  var monthlySection: HTMLPage.Section {
    var blocks: [HTMLPage.Block] = []
    let without = phrases["arm.without"]
    let with = phrases["arm.with"]
    for funder in Funder.allCases {
      guard let control = costs["control"]?[funder],
        let intervention = costs["intervention"]?[funder],
        control.mean.contains(where: { $0 != 0 }) || intervention.mean.contains(where: { $0 != 0 })
      else { continue }
      let chart = LineChart(
        title: phrases.format("run.monthly.title", phrases.label(funder)),
        xAxis: ChartAxis(phrases["axis.month"], tickStep: months > 36 ? 12 : nil),
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
          "run.monthly.programme", phrases.euros(intervention.mean.reduce(0, +) / years))
      } else if let month = Self.lowerFrom(control: control.mean, intervention: intervention.mean) {
        reading = phrases.format("run.monthly.below", phrases.label(funder), String(month))
      } else {
        let higher = zip(control.mean, intervention.mean).filter { $1 > $0 }.count
        reading = phrases.format(
          "run.monthly.notBelow", phrases.label(funder), String(higher), String(months))
      }
      blocks.append(.chart(svg: chart.svg(locale: phrases.locale), reading: reading))
    }
    return HTMLPage.Section(
      phrases["run.monthly"], [.paragraph(phrases["run.monthly.intro"])] + blocks)
  }
}

// MARK: - Where the residents are

extension RunReportPage {
  var residentsSection: HTMLPage.Section {
    let present = (0..<months).map(residentsPresent(byMonth:))
    var blocks: [HTMLPage.Block] = []
    for (arm, name) in [("control", "arm.without"), ("intervention", "arm.with")] {
      guard let alive = outcomes[arm]?["alive"]?.mean, let atHome = outcomes[arm]?["atHome"]?.mean,
        let institution = outcomes[arm]?["institutional"]?.mean,
        let unmet = outcomes[arm]?["unmetNeed"]?.mean
      else { continue }
      let met = zip(atHome, unmet).map { max(0, $0 - $1) }
      let dead = zip(present, alive).map { $0 - $1 }
      let chart = StackedAreaChart(
        title: phrases.format("run.residents.title", phrases[name + ".lower"]),
        xAxis: ChartAxis(phrases["axis.month"], tickStep: months > 36 ? 12 : nil),
        yAxis: ChartAxis(phrases["run.residents.axis"], format: .percent),
        x: monthAxis,
        layers: [
          .init(phrases["state.homeMet"], values: met),
          .init(phrases["state.homeUnmet"], values: unmet),
          .init(phrases["state.institution"], values: institution),
          .init(phrases["state.dead"], values: dead),
        ], normalised: true)
      let last = months - 1
      let everyone = present[last]
      blocks.append(
        .chart(
          svg: chart.svg(locale: phrases.locale),
          reading: phrases.format(
            entrants > 0 ? "run.residents.reading.entrants" : "run.residents.reading",
            phrases.numbers.decimal(years, significantDigits: 3),
            phrases.percent(atHome[last] / everyone),
            phrases.percent(institution[last] / everyone),
            phrases.percent(dead[last] / everyone),
            phrases.numbers.decimal(everyone, fractionDigits: 0))))
    }
    return HTMLPage.Section(phrases["run.residents"], blocks)
  }
}

// MARK: - Quality of life

extension RunReportPage {
  var qualitySection: HTMLPage.Section {
    var series: [LineSeries] = []
    var ends: [(first: Double, last: Double)] = []
    for (arm, name) in [("control", "arm.without"), ("intervention", "arm.with")] {
      guard let qalys = outcomes[arm]?["qalysUndiscounted"]?.mean,
        let alive = outcomes[arm]?["alive"]?.mean
      else { continue }
      // QALYs in a month are a twelfth of the quality of life of each resident alive.
      let quality = zip(qalys, alive).map { $1 > 0 ? 12 * $0 / $1 : .nan }
      series.append(LineSeries(phrases[name], x: monthAxis, y: quality))
      ends.append((quality.first ?? .nan, quality.last ?? .nan))
    }
    let minimum = number("qualityOfLife.minimumForLivingAtHome")
    let chart = LineChart(
      title: phrases["run.quality.title"],
      xAxis: ChartAxis(phrases["axis.month"], tickStep: months > 36 ? 12 : nil),
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
    let years = (months + 11) / 12
    var blocks: [HTMLPage.Block] = [.paragraph(phrases["run.budget.intro"])]
    for funder in Funder.payers + [.intervention, .informal] {
      guard let control = costs["control"]?[funder]?.mean,
        let intervention = costs["intervention"]?[funder]?.mean
      else { continue }
      var cumulative = 0.0
      var rows: [[HTMLTable.Cell]] = []
      for year in 0..<years {
        let span = (year * 12)..<min(months, year * 12 + 12)
        let without = span.reduce(0) { $0 + control[$1] }
        let with = span.reduce(0) { $0 + intervention[$1] }
        cumulative += with - without
        rows.append([
          .number(String(year + 1)), .number(phrases.exactEuros(without)),
          .number(phrases.exactEuros(with)), .number(phrases.exactEuros(with - without)),
          .number(phrases.exactEuros(cumulative)),
        ])
      }
      blocks.append(
        .table(
          HTMLTable(
            caption: phrases.format("run.budget.caption", phrases.label(funder)),
            header: [
              .number(phrases["run.budget.year"]), .number(phrases["arm.without"]),
              .number(phrases["arm.with"]), .number(phrases["run.budget.difference"]),
              .number(phrases["run.budget.cumulative"]),
            ], rows: rows)))
    }
    return HTMLPage.Section(phrases["run.budget"], blocks)
  }
}
