import CareSimCharts
import CareSimCore
import JSON5

// MARK: - Where residents die

extension RunReportPage {
  /// Where the control arm's residents die, as a run's files hold it: `place-of-death.csv` and
  /// the `placeOfDeath` object of `summary.json` (see ``PlaceOfDeath``).
  struct DeathPlaces: Sendable {
    /// The figures of one sex (or both) and one group of ages the page shows (the share at home
    /// is the rest).
    struct Shares: Sendable {
      var deathsPerReplication: Double
      var inInstitution: Double
      var inInstitutionTwoYearsOrMore: Double
    }

    /// One of CBS's shares by sex and age at death.
    struct NationalShare: Sendable {
      var sexes: CalibrationMeasure.Sexes
      /// The first age of the group, where the chart draws it.
      var fromAge: Int
      var share: Double
    }

    /// The figures by sex and label of the group of ages (`65-69`, ..., `80+`, `65+`).
    var shares: [CalibrationMeasure.Sexes: [String: Shares]]
    var nationalYear: Int
    var nationalInInstitution80Plus: Double
    var nationalTwoYearsBefore80Plus: Double
    var nationalByAge: [NationalShare]

    /// The figures of a run's files; nil for a folder written before runs counted where
    /// residents die, whose report has no such section.
    ///
    /// - Throws: ``ReportInputError`` when the table or the summary's object is not as CareSim
    ///   writes it.
    static func read(files: ResultFiles, summary: JSONValue) throws(ReportInputError) -> Self? {
      guard files.files[PlaceOfDeath.fileName] != nil else { return nil }
      let table = try files.csv(PlaceOfDeath.fileName)
      let labels = Set(PlaceOfDeath.ageGroups.map(\.label))
      var shares: [CalibrationMeasure.Sexes: [String: Shares]] = [:]
      for row in table.rows {
        guard let sexes = table.text(row, "sex").flatMap(CalibrationMeasure.Sexes.init(rawValue:)),
          let ages = table.text(row, "ages"), labels.contains(ages)
        else { throw .unreadable(PlaceOfDeath.fileName) }
        shares[sexes, default: [:]][ages] = Shares(
          deathsPerReplication: table.number(row, "deathsPerReplication"),
          inInstitution: table.number(row, "shareInInstitution"),
          inInstitutionTwoYearsOrMore: table.number(row, "shareInInstitutionTwoYearsOrMore"))
      }
      let national = summary.value(at: "placeOfDeath.national")
      var byAge: [NationalShare] = []
      for entry in national?.value(at: "shareInInstitutionByAge")?.arrayValue ?? [] {
        guard
          let sexes = entry.value(at: "sex")?.stringValue.flatMap(
            CalibrationMeasure.Sexes.init(rawValue:)),
          let fromAge = entry.value(at: "ages")?.stringValue.flatMap({
            Int($0.prefix(while: \.isNumber))
          }),
          let share = entry.value(at: "share")?.numberValue
        else { throw .unreadable("summary.json") }
        byAge.append(NationalShare(sexes: sexes, fromAge: fromAge, share: share))
      }
      guard let year = national?.value(at: "year")?.numberValue.flatMap({ Int(exactly: $0) }),
        let atDeath = national?.value(at: "ages80Plus.shareInInstitution")?.numberValue,
        let twoYears = national?.value(at: "ages80Plus.shareInInstitutionTwoYearsBefore")?
          .numberValue
      else { throw .unreadable("summary.json") }
      return DeathPlaces(
        shares: shares, nationalYear: year, nationalInInstitution80Plus: atDeath,
        nationalTwoYearsBefore80Plus: twoYears, nationalByAge: byAge)
    }

    /// The figures of a sex and group of ages; NaN where the table has none.
    func shares(_ sexes: CalibrationMeasure.Sexes, _ ages: String) -> Shares {
      shares[sexes]?[ages]
        ?? Shares(
          deathsPerReplication: .nan, inInstitution: .nan, inInstitutionTwoYearsOrMore: .nan)
    }
  }

  /// A share in whole percents, as CBS publishes its figures (and a run's shares differ from
  /// run to run by about a point).
  func wholePercent(_ share: Double) -> String { phrases.numbers.percent(share, fractionDigits: 0) }

  /// The sentences that compare the deaths at 80 and over with CBS's: in a nursing home when they
  /// die, and there for two years or more.
  func deathComparison(_ deaths: DeathPlaces) -> String {
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
  func deathsSection(_ deaths: DeathPlaces) -> HTMLPage.Section {
    let bands = PlaceOfDeath.ageBands
    let ages = bands.map { Double($0.fromAge) }
    let inInstitution = phrases["run.deaths.inInstitution"]
    let twoYears = phrases["run.deaths.twoYearsOrMore"]
    let national = phrases.format("run.deaths.national", String(deaths.nationalYear))
    let panels = [(CalibrationMeasure.Sexes.men, "run.deaths.men"), (.women, "run.deaths.women")]
      .map { sexes, title in
        let reference = deaths.nationalByAge.filter { $0.sexes == sexes }
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
      ], rows: rows)
    return HTMLPage.Section(
      phrases["run.deaths"],
      [
        .paragraph(phrases.format("run.deaths.intro", String(deaths.nationalYear))),
        .chart(svg: chart.svg(locale: phrases.locale), reading: deathComparison(deaths)),
        .table(table),
      ])
  }
}
