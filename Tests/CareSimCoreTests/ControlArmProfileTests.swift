import Foundation
import Testing

@testable import CareSimCore

@Suite struct ControlArmProfileTests {
  @Test func bandsOfFiveYearsFromSixtyFive() {
    let bands = [50, 64, 65, 69, 70, 94, 95, 99, 100, 120].map(
      ControlArmProfile.ageBand(ofAgeInYears:))
    #expect(bands == [0, 0, 0, 0, 1, 5, 6, 6, 7, 7])
    let labels = (0..<ControlArmProfile.ageBandCount).map(ControlArmProfile.label(ofAgeBand:))
    #expect(labels == ["65-69", "70-74", "75-79", "80-84", "85-89", "90-94", "95-99", "100+"])
  }

  /// A cell's figures are the ratios the documentation gives.
  @Test func aCellReadsAsRatesSharesAndCostsPerPersonYear() {
    let cell = ControlArmProfile.Cell(
      livingMonths: 1200, deaths: 6, institutionalMonths: 36,
      costs: FunderAmounts(wmo: 50_000, zvw: 600_000), qualityOfLife: 900)
    #expect(cell.personYears == 100)
    #expect(cell.monthlyDeathProbability == 6.0 / 1200)
    #expect(cell.annualDeathProbability == 1 - pow(1 - 6.0 / 1200, 12))
    #expect(cell.institutionalShare == 0.03)
    #expect(cell.costPerPersonYear(.zvw) == 6000 && cell.costPerPersonYear(.wlz) == 0)
    #expect(cell.qualityOfLife == 900 && cell.meanQualityOfLife == 0.75)
    #expect(ControlArmProfile.Cell.zero.annualDeathProbability.isNaN)
  }

  /// Profiles add cell by cell, counts exactly.
  @Test func profilesAddCellByCell() {
    var one = ControlArmProfile(months: 30)
    #expect(one.years == 3 && one.changeYears == 2)
    #expect(one.cells.count == 3 * 16 && one.qualityOfLifeChanges.count == 2 * 16)
    var cells = one.cells
    cells[ControlArmProfile.index(year: 2, sex: .male, ageBand: 7)].deaths = 2
    one = ControlArmProfile(
      months: 30, cells: cells, qualityOfLifeChanges: one.qualityOfLifeChanges)
    let sum = ControlArmProfile.sum([one, one, one], months: 30)
    #expect(sum[year: 2, sex: .male, ageBand: 7].deaths == 6)
    #expect(sum.total().deaths == 6)
    #expect(sum.total { year, _, _ in year < 2 }.deaths == 0)
    #expect(one + one + one == sum)
  }

  /// The changes of quality of life run from t = 0, 12, 24, … while t + 12 lies in the horizon.
  @Test(arguments: [(1, 0), (12, 0), (13, 1), (24, 1), (25, 2), (120, 9)])
  func changesRunWhileTheSecondMonthLiesInTheHorizon(months: Int, changeYears: Int) {
    #expect(ControlArmProfile(months: months).changeYears == changeYears)
  }
}
