import Foundation
import Testing

@testable import CareSimCore

/// Each measure of the control arm against the arithmetic its documentation gives, on a profile
/// written by hand, so that a wrong cell, sex, band or year shows as a wrong number.
///
/// Error model: every expected value is the same few operations on the same exact integers as
/// the code's (a ratio, a power, a product), so most comparisons are exact; where the order of
/// operations differs, the tolerance is a few units in the last place of the result.
@Suite struct CalibrationMeasureTests {
  typealias Cell = ControlArmProfile.Cell

  /// A cell with round numbers.
  static func cell(
    months: Int, deaths: Int, institutional: Int = 0, zvw: Double = 0, wlz: Double = 0,
    qualityOfLife: Double = 0, atHome: Double = 0
  ) -> Cell {
    Cell(
      livingMonths: months, deaths: deaths, institutionalMonths: institutional,
      costs: FunderAmounts(zvw: zvw, wlz: wlz), qualityOfLife: qualityOfLife,
      qualityOfLifeAtHome: atHome)
  }

  /// A profile of two years with four cells set.
  ///
  /// 24 months, so one change of quality of life (from month 0); every other cell is empty:
  /// - year 1, women 65-69: 1,200 months, 6 deaths, 36 institutional, zvw 600,000, qol 900 (880
  ///   of it at home);
  /// - year 1, men 65-69: 600 months, 9 deaths, 60 institutional, zvw 400,000, qol 420 (390);
  /// - year 2, women 70-74: 1,000 months, 10 deaths, 100 institutional, wlz 90,000, qol 700 (660);
  /// - year 2, men 100+: 120 months, 30 deaths, 120 institutional, wlz 50,000, qol 54 (none).
  /// Changes from month 0: women 75-79, 10 residents summing -0.3; men 75-79, 5 summing -0.2.
  static let profile: ControlArmProfile = {
    let empty = ControlArmProfile(months: 24)
    var cells = empty.cells
    cells[ControlArmProfile.index(year: 0, sex: .female, ageBand: 0)] = cell(
      months: 1200, deaths: 6, institutional: 36, zvw: 600_000, qualityOfLife: 900, atHome: 880)
    cells[ControlArmProfile.index(year: 0, sex: .male, ageBand: 0)] = cell(
      months: 600, deaths: 9, institutional: 60, zvw: 400_000, qualityOfLife: 420, atHome: 390)
    cells[ControlArmProfile.index(year: 1, sex: .female, ageBand: 1)] = cell(
      months: 1000, deaths: 10, institutional: 100, wlz: 90_000, qualityOfLife: 700, atHome: 660)
    cells[ControlArmProfile.index(year: 1, sex: .male, ageBand: 7)] = cell(
      months: 120, deaths: 30, institutional: 120, wlz: 50_000, qualityOfLife: 54)
    var changes = empty.qualityOfLifeChanges
    changes[ControlArmProfile.changeIndex(startYear: 0, sex: .female, ageBand: 2)] = .init(
      residents: 10, summedChange: -0.3)
    changes[ControlArmProfile.changeIndex(startYear: 0, sex: .male, ageBand: 2)] = .init(
      residents: 5, summedChange: -0.2)
    return ControlArmProfile(months: 24, cells: cells, qualityOfLifeChanges: changes)
  }()

  static func value(
    _ kind: CalibrationMeasure.Kind, from: Int = 65, to: Int? = nil,
    sexes: CalibrationMeasure.Sexes = .all, years: ClosedRange<Int>? = nil
  ) -> Double {
    CalibrationMeasure(kind: kind, fromAge: from, toAge: to, sexes: sexes)
      .value(in: profile, years: years)
  }

  /// `1 - (1 - deaths / months)^12` of the cells the measure pools.
  @Test func deathProbabilityIsTheMonthlyRiskOverTwelveMonths() {
    // Everyone: 55 deaths in 2,920 months.
    #expect(Self.value(.deathProbability) == 1 - pow(1 - 55.0 / 2920, 12))
    // Men 65-69: only the first year's cell.
    #expect(
      Self.value(.deathProbability, to: 70, sexes: .men) == 1 - pow(1 - 9.0 / 600, 12))
    // Women of the second year, any age: the 70-74 cell.
    #expect(
      Self.value(.deathProbability, sexes: .women, years: 2...2) == 1 - pow(1 - 10.0 / 1000, 12))
    // Ages 75-99 hold no months: not a number, not 0.
    #expect(Self.value(.deathProbability, from: 75, to: 100).isNaN)
  }

  /// Deaths over person-years (months / 12).
  @Test func deathRateIsDeathsPerPersonYear() {
    #expect(Self.value(.deathRate, to: 75) == 25.0 / (2800.0 / 12))
    #expect(Self.value(.deathRate, from: 100) == 30.0 / (120.0 / 12))
    #expect(Self.value(.deathRate, sexes: .men, years: 1...1) == 9.0 / (600.0 / 12))
  }

  /// Institutional months over months lived.
  @Test func institutionShareIsAShareOfMonths() {
    #expect(Self.value(.institutionShare) == 316.0 / 2920)
    #expect(Self.value(.institutionShare, from: 70) == 220.0 / 1120)
    #expect(Self.value(.institutionShare, sexes: .women) == 136.0 / 2200)
  }

  /// A funder's cost over person-years; the other funders' costs do not leak in.
  @Test func costPerResidentIsAFundersCostPerPersonYear() {
    #expect(Self.value(.costPerResident(.zvw)) == 1_000_000 / (2920.0 / 12))
    #expect(Self.value(.costPerResident(.wlz), from: 70) == 140_000 / (1120.0 / 12))
    #expect(Self.value(.costPerResident(.wlz), to: 70) == 0)
    #expect(Self.value(.costPerResident(.wmo)) == 0)
  }

  /// Summed quality of life at home over months lived at home: a survey of residents at home.
  @Test func qualityOfLifeIsTheMeanOverMonthsAtHome() {
    #expect(Self.value(.qualityOfLife) == 1930.0 / 2604)
    #expect(Self.value(.qualityOfLife, sexes: .women, years: 2...2) == 660.0 / 900)
    #expect(Self.value(.qualityOfLife, sexes: .men, years: 2...2).isNaN)
  }

  /// The summed change over the residents at home at both ends, by the band at the start; the
  /// years count the change by its start year, and 24 months hold only the change from month 0.
  @Test func qualityOfLifeChangeIsTheMeanChangeOfThoseAtHomeAtBothEnds() {
    let both = Self.value(.qualityOfLifeChange, from: 75, to: 95)
    #expect(abs(both - (-0.5 / 15)) <= 2 * (0.5 / 15).ulp)
    #expect(Self.value(.qualityOfLifeChange, sexes: .women) == -0.3 / 10)
    #expect(Self.value(.qualityOfLifeChange, from: 80).isNaN)
    #expect(Self.value(.qualityOfLifeChange, years: 1...1) == both)
    #expect(Self.value(.qualityOfLifeChange, years: 2...2).isNaN)
  }

  /// The sums a replication contributes are the pooled cells' own counts, so they add across
  /// replications: twice the profile gives twice the statistics and the same value.
  @Test func statisticsAddAcrossReplications() {
    let measure = CalibrationMeasure(kind: .institutionShare, fromAge: 65)
    #expect(measure.statistics(in: Self.profile, years: nil) == [316, 2920])
    let twice = Self.profile + Self.profile
    #expect(measure.statistics(in: twice, years: nil) == [632, 5840])
    #expect(measure.value(in: twice, years: nil) == measure.value(in: Self.profile, years: nil))
    // A life expectancy contributes deaths and months per band from its age: 80 has 5 bands.
    let table = CalibrationMeasure(kind: .lifeExpectancy, fromAge: 80)
    #expect(table.statistics(in: Self.profile, years: nil) == [0, 0, 0, 0, 0, 0, 0, 0, 30, 120])
  }

  // MARK: The abridged life table

  /// The yearly hazard of a monthly death probability, as the life table reads it.
  static func hazard(_ monthly: Double) -> Double { -12 * log1p(-monthly) }

  /// Years lived in a closed 5-year band at a constant hazard, per survivor at its start.
  static func bandYears(_ hazard: Double) -> Double { (1 - exp(-5 * hazard)) / hazard }

  /// At one hazard in every band, the table's closed bands and open band sum to the mean of an
  /// exponential lifetime, 1 / hazard: (1 - e^(-35 h)) / h + e^(-35 h) / h, from every age.
  ///
  /// Error model: each of the 8 bands adds a term with a few roundings (exp, a division, a
  /// product); 64 units in the last place of the result bound them with room.
  @Test(arguments: [0.001, 0.01, 0.05])
  func aConstantHazardGivesTheMeanOfAnExponentialLifetime(monthly: Double) {
    let expected = 1 / Self.hazard(monthly)
    for bands in 1...ControlArmProfile.ageBandCount {
      let years = CalibrationMeasure.lifeExpectancy(
        monthlyDeathProbabilities: Array(repeating: monthly, count: bands))
      #expect(abs(years - expected) <= 64 * expected.ulp, "\(bands) bands: \(years) vs \(expected)")
    }
  }

  /// Different hazards by band: the survivors of each band live its band years, and the open
  /// band's survivors live 1 / its hazard.
  @Test func bandsOfDifferentHazardsAddTheirSurvivorsYears() {
    let q = [0.01, 0.02, 0.04]
    let h = q.map(Self.hazard)
    let expected =
      Self.bandYears(h[0]) + exp(-5 * h[0]) * Self.bandYears(h[1])
      + exp(-5 * (h[0] + h[1])) / h[2]
    let years = CalibrationMeasure.lifeExpectancy(monthlyDeathProbabilities: q)
    #expect(abs(years - expected) <= 16 * expected.ulp, "\(years) vs \(expected)")
  }

  /// An empty band (NaN), and an open band without deaths, take the hazard of the band below;
  /// a band without deaths that is not the last lives its 5 years whole; nothing to start from
  /// is NaN; a band where everyone dies ends the table.
  @Test func emptyAndDeathlessBandsFollowTheirRules() {
    let h = Self.hazard(0.02)
    let lifeExpectancy = CalibrationMeasure.lifeExpectancy(monthlyDeathProbabilities:)
    // The empty middle band and the deathless open band both take band 1's hazard: constant.
    let empty = lifeExpectancy([0.02, .nan, 0])
    #expect(abs(empty - 1 / h) <= 16 * (1 / h).ulp, "\(empty)")
    // A closed band without deaths: 5 years, then the open band at its own hazard.
    #expect(lifeExpectancy([0, 0.02]) == 5 + 1 / h)
    // The open band without deaths takes the hazard of the one below, whatever it was.
    #expect(lifeExpectancy([0.01, 0.02, 0]) == lifeExpectancy([0.01, 0.02, 0.02]))
    #expect(lifeExpectancy([.nan, 0.02]).isNaN)
    #expect(lifeExpectancy([0]).isNaN)
    // Everyone in the second band dies in its first month: only the first band's years count.
    #expect(lifeExpectancy([0.02, 1, 0.5]) == Self.bandYears(h))
  }

  /// Through a profile: each band's deaths and months of the chosen sex make its monthly
  /// probability; a band of the other sex does not count.
  @Test func aLifeExpectancyReadsTheBandsOfItsSexFromItsAge() {
    let empty = ControlArmProfile(months: 12)
    var cells = empty.cells
    for band in 0..<ControlArmProfile.ageBandCount {
      cells[ControlArmProfile.index(year: 0, sex: .female, ageBand: band)] = Self.cell(
        months: 1000, deaths: 10)
      cells[ControlArmProfile.index(year: 0, sex: .male, ageBand: band)] = Self.cell(
        months: 1000, deaths: 10 * (band + 1))
    }
    let profile = ControlArmProfile(
      months: 12, cells: cells, qualityOfLifeChanges: empty.qualityOfLifeChanges)
    let women = CalibrationMeasure(kind: .lifeExpectancy, fromAge: 65, sexes: .women)
    let expectedWomen = 1 / Self.hazard(0.01)
    let valueWomen = women.value(in: profile, years: nil)
    #expect(abs(valueWomen - expectedWomen) <= 64 * expectedWomen.ulp, "\(valueWomen)")
    // Men from 90: bands 90-94 (60 deaths), 95-99 (70) and 100+ (80) of 1,000 months each.
    let men = CalibrationMeasure(kind: .lifeExpectancy, fromAge: 90, sexes: .men)
    let h = [0.06, 0.07, 0.08].map(Self.hazard)
    let expectedMen =
      Self.bandYears(h[0]) + exp(-5 * h[0]) * Self.bandYears(h[1])
      + exp(-5 * (h[0] + h[1])) / h[2]
    let valueMen = men.value(in: profile, years: nil)
    #expect(abs(valueMen - expectedMen) <= 16 * expectedMen.ulp, "\(valueMen) vs \(expectedMen)")
    // Both sexes at 100: 90 deaths in 2,000 months.
    let both = CalibrationMeasure(kind: .lifeExpectancy, fromAge: 100)
    #expect(both.value(in: profile, years: nil) == 1 / Self.hazard(90.0 / 2000))
  }

  /// Ages name bands' starts; anything else is not a band.
  @Test func onlyBandStartsAreAges() {
    #expect((65...100).filter(CalibrationMeasure.isBandStart) == [65, 70, 75, 80, 85, 90, 95, 100])
    #expect(!CalibrationMeasure.isBandStart(60) && !CalibrationMeasure.isBandStart(105))
    #expect(CalibrationMeasure(kind: .deathRate, fromAge: 70, toAge: 85).ageBands == 1..<4)
    #expect(CalibrationMeasure(kind: .deathRate, fromAge: 95).ageBands == 6..<8)
  }
}
