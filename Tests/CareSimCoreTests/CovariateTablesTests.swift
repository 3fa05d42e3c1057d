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
    #expect(tables.byAge.count == CovariateTables.maximumAge + 1)
    #expect(tables.byQualityOfLifeShortfall.count == 101)
  }

  @Test func covariatesActWhenSomeRatioIsNotOne() {
    #expect(!CovariateTables(CovariateEffects.none).acts)
    var effects = CovariateEffects.none
    effects.unmetNeed.death = 1.1
    #expect(CovariateTables(effects).acts)
  }
}
