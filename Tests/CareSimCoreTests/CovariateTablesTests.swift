import Foundation
import Testing

@testable import CareSimCore

@Suite struct CovariateTablesTests {
  /// Ratios compound per whole year above the reference age and per tenth of quality of life
  /// below the reference; below the reference age they are 1.
  @Test func ratiosCompoundByYearAndByShortfall() {
    let effects = TestScenarios.everyMechanism().covariates
    let tables = CovariateTables(effects)
    #expect(tables.byAge[60] == .none && tables.byAge[65] == .none)
    #expect(abs(tables.byAge[75].admission - pow(effects.agePerYear.admission, 10)) < 1e-12)
    #expect(tables.byQualityOfLifeShortfall[0] == .none)
    let tenth = tables.byQualityOfLifeShortfall[10]
    #expect(abs(tenth.progression - effects.qualityOfLifePerTenthBelow.progression) < 1e-12)
    #expect(tables.byQualityOfLifeShortfall.count == 101)
  }

  /// A man's row is the woman's times the ratios for men, the product the watch forms for a
  /// what-if setting's ratios; without ratios for men the rows are the same bits.
  @Test func mensRowsAreWomensTimesTheRatiosForMen() {
    var effects = TestScenarios.everyMechanism().covariates
    let tables = CovariateTables(effects)
    #expect(tables.byAge.count == 2 * (CovariateTables.maximumAge + 1))
    for age in 0...CovariateTables.maximumAge {
      #expect(tables.byAge[CovariateTables.menFirstRow + age] == tables.byAge[age] * effects.male)
    }
    effects.male = .none
    let alike = CovariateTables(effects)
    #expect(
      Array(alike.byAge[..<CovariateTables.menFirstRow])
        == Array(alike.byAge[CovariateTables.menFirstRow...]))
    #expect(CovariateTables.row(ofAgeInMonths: 75 * 12 + 11) == 75)
    #expect(CovariateTables.row(ofAgeInMonths: 200 * 12) == CovariateTables.maximumAge)
  }

  @Test func covariatesActWhenSomeRatioIsNotOne() {
    #expect(!CovariateTables(CovariateEffects.none).acts)
    var effects = CovariateEffects.none
    effects.unmetNeed.death = 1.1
    #expect(CovariateTables(effects).acts)
    var men = CovariateEffects.none
    men.male.death = 1.5
    #expect(CovariateTables(men).acts)
  }
}
