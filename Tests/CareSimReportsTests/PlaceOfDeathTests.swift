import CareSimCore
import CareSimOutput
import CareSimScenario
import CareSimTestSupport
import Foundation
import JSON5
import Testing

@testable import CareSimReports

/// `place-of-death.csv` and the `placeOfDeath` object of `summary.json`, of a tiny fixed-seed
/// run of the default scenario (40 residents, 9 replications, seed 7) over 48 months, long
/// enough for residents to die after two years in an institution.
@Suite struct PlaceOfDeathTests {
  static func report() throws -> RunReport {
    try RunReportGoldenTests.report(
      .init(scenario: "neighbourhood.json", residents: 40, months: 48, prefix: "place-of-death"))
  }

  /// Every sex by every group of ages, in order; groups and sexes add up.
  @Test func rowsAddUpOverSexesAndAges() throws {
    let deaths = try Self.report().placeOfDeath
    let groups = PlaceOfDeath.ageGroups.map(\.label)
    #expect(
      groups == [
        "65-69", "70-74", "75-79", "80-84", "85-89", "90-94", "95-99", "100+",
        "80+", "65+",
      ])
    #expect(
      deaths.rows.map(\.sexes)
        == CalibrationMeasure.Sexes.allCases.flatMap {
          Array(repeating: $0, count: groups.count)
        })
    #expect(deaths.rows.map(\.ages.label) == Array(repeating: groups, count: 3).flatMap { $0 })
    func counts(_ rows: [PlaceOfDeath.Row]) -> [Int] {
      [
        rows.map(\.deaths).reduce(0, +), rows.map(\.deathsInInstitution).reduce(0, +),
        rows.map(\.deathsAfterTwoYearsInInstitution).reduce(0, +),
      ]
    }
    for sexes in CalibrationMeasure.Sexes.allCases {
      let rows = deaths.rows.filter { $0.sexes == sexes }
      let bands = rows.prefix(PlaceOfDeath.ageBands.count)
      #expect(counts([try #require(deaths.row(sexes, "65+"))]) == counts(Array(bands)))
      #expect(
        counts([try #require(deaths.row(sexes, "80+"))])
          == counts(bands.filter { $0.ages.fromAge >= 80 }))
    }
    for group in groups {
      let all = try #require(deaths.row(.all, group))
      let men = try #require(deaths.row(.men, group))
      let women = try #require(deaths.row(.women, group))
      #expect(counts([all]) == counts([men, women]), "\(group)")
    }
    for row in deaths.rows {
      #expect(0 <= row.deathsAfterTwoYearsInInstitution)
      #expect(row.deathsAfterTwoYearsInInstitution <= row.deathsInInstitution)
      #expect(row.deathsInInstitution <= row.deaths)
    }
    // The tiny run has deaths at home, in an institution and after two years there, and groups
    // without deaths.
    let everyone = try #require(deaths.row(.all, "65+"))
    #expect(everyone.deathsAfterTwoYearsInInstitution > 0)
    #expect(everyone.deathsInInstitution < everyone.deaths)
    #expect(deaths.rows.contains { $0.deaths == 0 })
  }

  /// The file's cells are the rows' means and shares in the shortest form; a group without
  /// deaths has empty shares.
  @Test func theFileWritesMeansAndSharesWithEmptyCellsWithoutDeaths() throws {
    let report = try Self.report()
    let deaths = report.placeOfDeath
    let data = try #require(report.files()["place-of-death.csv"])
    let table = try #require(CSVTable(String(decoding: data, as: UTF8.self)))
    #expect(
      table.columns == [
        "sex", "ages", "deathsPerReplication", "shareAtHome", "shareInInstitution",
        "shareInInstitutionTwoYearsOrMore",
      ])
    #expect(table.rows.count == deaths.rows.count)
    for (cells, row) in zip(table.rows.map(\.cells), deaths.rows) {
      let deathsPerReplication = Double(row.deaths) / 9
      let shares =
        row.deaths == 0
        ? ["", "", ""]
        : [
          Double(row.deaths - row.deathsInInstitution), Double(row.deathsInInstitution),
          Double(row.deathsAfterTwoYearsInInstitution),
        ].map { DataNumber.csv($0 / Double(row.deaths)) }
      #expect(
        cells == [row.sexes.rawValue, row.ages.label, DataNumber.csv(deathsPerReplication)]
          + shares,
        "\(cells)")
    }
  }

  /// `summary.json` holds both sexes at 65+ and 80+, and CBS's figures with their source.
  @Test func theSummaryHoldsTheTotalsAndTheNationalFigures() throws {
    let report = try Self.report()
    let summary = try JSONValue.parse(try #require(report.files()["summary.json"]))
    let object = try #require(summary.value(at: "placeOfDeath"))
    #expect(object.value(at: "arm") == .string("control"))
    for (key, group) in [("ages65Plus", "65+"), ("ages80Plus", "80+")] {
      let row = try #require(report.placeOfDeath.row(.all, group))
      #expect(
        object.value(at: key)
          == .object([
            "deathsPerReplication": DataNumber.json(Double(row.deaths) / 9),
            "shareAtHome": DataNumber.json(row.shareAtHome),
            "shareInInstitution": DataNumber.json(row.shareInInstitution),
            "shareInInstitutionTwoYearsOrMore": DataNumber.json(
              row.shareInInstitutionTwoYearsOrMore),
          ]))
    }
    #expect(object.value(at: "national.year") == .number(2017))
    #expect(object.value(at: "national.ages80Plus.shareInInstitution") == .number(0.46))
    #expect(
      object.value(at: "national.ages80Plus.shareInInstitutionTwoYearsBefore") == .number(0.2))
    let byAge = try #require(object.value(at: "national.shareInInstitutionByAge")?.arrayValue)
    #expect(byAge.count == 8)
    #expect(
      byAge.first
        == .object(["sex": .string("men"), "ages": .string("80-84"), "share": .number(0.27)]))
    #expect(
      byAge.last
        == .object(["sex": .string("women"), "ages": .string("95+"), "share": .number(0.68)]))
    let source = try #require(object.value(at: "national.source")?.stringValue)
    #expect(source.contains("Statistische Trends 2020") && source.contains("2020/29"))
  }

  /// The run table's last line before any warnings (this small run has some): the share at 80+
  /// against CBS's, in whole percents, within 100 columns (100 at a share of 100%).
  @Test func theTableEndsWithTheShareAt80PlusAgainstCBS() throws {
    let report = try Self.report()
    let row = try #require(report.placeOfDeath.row(.all, "80+"))
    try #require(row.deaths > 0)
    let line =
      "Without the programme, \(Int((row.shareInInstitution * 100).rounded()))% of those who "
      + "die at 80+ live in a nursing home at death (CBS 2017: 46%)."
    #expect(report.placeOfDeathLine == line)
    let table = report.table()
    let end = try #require(table.range(of: "\n" + line + "\n"))
    #expect(
      table[end.upperBound...].split(separator: "\n").allSatisfy { $0.hasPrefix("Warning: ") })
    #expect(line.count - String(Int((row.shareInInstitution * 100).rounded())).count + 3 <= 100)
  }

  /// CBS's figures are those the calibration's targets hold, wherever a target holds one (the
  /// targets stop at 90-94).
  @Test func theNationalFiguresAreTheCalibrationTargets() throws {
    let targets = try CalibrationTargets.load(
      from: RepositoryFiles.scenario("calibration/netherlands.json")
    ).targets
    func target(_ measure: CalibrationMeasure) -> Double? {
      targets.first { $0.measure == measure }?.value
    }
    typealias National = PlaceOfDeath.National
    #expect(
      target(CalibrationMeasure(kind: .institutionalDeathShare, fromAge: 80))
        == National.shareInInstitution80Plus)
    #expect(
      target(CalibrationMeasure(kind: .institutionalDeathShareTwoYearsBefore, fromAge: 80))
        == National.shareInInstitutionTwoYearsBefore80Plus)
    var compared = 0
    for entry in National.shareInInstitutionByAge {
      let measure = CalibrationMeasure(
        kind: .institutionalDeathShare, fromAge: entry.ages.fromAge, toAge: entry.ages.toAge,
        sexes: entry.sexes)
      guard let value = target(measure) else { continue }
      #expect(value == entry.share, "\(entry.sexes) \(entry.ages.label)")
      compared += 1
    }
    #expect(compared == 6)
  }
}
