import CareSimCharts
import CareSimCore
import CareSimOutput
import JSON5

// MARK: - Where residents die

extension RunReportPage {
  /// A share in whole percents, as CBS publishes its figures (and a run's shares differ from
  /// run to run by about a point).
  func wholePercent(_ share: Double) -> String { phrases.numbers.percent(share, fractionDigits: 0) }

  /// The sentences that compare the deaths at 80 and over with CBS's: in a nursing home when they
  /// die, and there for two years or more.
  func deathComparison(_ deaths: RunResult.DeathPlaces) -> String {
    let year = String(deaths.nationalYear)
    let eighty = deaths.shares(.all, "80+")
    guard eighty.inInstitution.isFinite else {
      return phrases.format(
        "run.deaths.none", wholePercent(deaths.nationalInInstitution80Plus), year)
    }
    return phrases.format(
      "run.deaths.compared", wholePercent(eighty.inInstitution),
      wholePercent(deaths.nationalInInstitution80Plus), year)
      + " "
      + phrases.format(
        "run.deaths.twoYears", wholePercent(eighty.inInstitutionTwoYearsOrMore),
        wholePercent(deaths.nationalTwoYearsBefore80Plus))
  }

  /// The section: the shares by age at death for men and women against CBS's, the comparison at
  /// 80 and over in words, and a table of both sexes.
  func deathsSection(_ deaths: RunResult.DeathPlaces) -> HTMLPage.Section {
    let bands = PlaceOfDeath.ageBands
    let ages = bands.map { Double($0.fromAge) }
    let inInstitution = phrases["run.deaths.inInstitution"]
    let twoYears = phrases["run.deaths.twoYearsOrMore"]
    let national = phrases.format("run.deaths.national", String(deaths.nationalYear))
    let panels = [(CalibrationMeasure.Sexes.men, "run.deaths.men"), (.women, "run.deaths.women")]
      .map { sexes, title in
        let reference = deaths.nationalByAge(sexes)
        return SmallMultiples.Panel(
          phrases[title],
          series: [
            LineSeries(
              inInstitution, x: ages,
              y: bands.map { deaths.shares(sexes, $0.label).inInstitution }),
            LineSeries(
              twoYears, x: ages,
              y: bands.map { deaths.shares(sexes, $0.label).inInstitutionTwoYearsOrMore }),
            LineSeries(
              national, x: reference.map { Double($0.fromAge) }, y: reference.map(\.share)),
          ])
      }
    let chart = SmallMultiples(
      title: phrases["run.deaths.title"], xAxis: ChartAxis(phrases["run.deaths.age"], tickStep: 10),
      yAxis: ChartAxis(phrases["run.deaths.axis"], format: .percent, domain: 0...1),
      panels: panels, panelHeight: 150)
    // The share at home is the rest of the deaths (the file has it): four columns keep the table
    // readable on a phone, where the page lets a text cell shrink to a letter's width while a
    // number cell keeps its width; the ages, written like numbers, are number cells.
    var rows: [[HTMLTable.Cell]] = PlaceOfDeath.ageGroups.map { group in
      let shares = deaths.shares(.all, group.label)
      return [
        .number(group.label),
        .number(phrases.numbers.decimal(shares.deathsPerReplication, fractionDigits: 1)),
        .number(wholePercent(shares.inInstitution)),
        .number(wholePercent(shares.inInstitutionTwoYearsOrMore)),
      ]
    }
    rows.append([
      .number(phrases["run.deaths.table.national"]), .number(""),
      .number(wholePercent(deaths.nationalInInstitution80Plus)),
      .number(wholePercent(deaths.nationalTwoYearsBefore80Plus)),
    ])
    let table = HTMLTable(
      caption: phrases.format("run.deaths.table.caption", String(deaths.nationalYear)),
      header: [
        .number(phrases["run.deaths.table.ages"]), .number(phrases["run.deaths.table.deaths"]),
        .number(inInstitution), .number(phrases["run.deaths.table.twoYears"]),
      ], rows: rows, isHalfWidthInPrint: true)
    return HTMLPage.Section(
      phrases["run.deaths"],
      [
        .paragraph(phrases.format("run.deaths.intro", String(deaths.nationalYear))),
        .chart(svg: chart.svg(locale: phrases.locale), reading: deathComparison(deaths)),
        .table(table),
      ])
  }
}
