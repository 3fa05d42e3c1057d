import Foundation
import Testing

@testable import CareSimCore

@Suite struct CovariateTablesTests {
  /// Ratios compound per whole year above the reference age and per tenth of quality of life
  /// below the reference; below the reference age they are 1.
  @Test func ratiosCompoundByYearAndByShortfall() {
    let effects = TestScenarios.everyMechanism().covariates
    let tables = CovariateTables(effects, levels: 5)
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
    effects.agePerYearByLevel = []
    let tables = CovariateTables(effects, levels: 5)
    #expect(tables.byAge.count == 2 * (CovariateTables.maximumAge + 1))
    for age in 0...CovariateTables.maximumAge {
      #expect(tables.byAge[CovariateTables.menFirstRow + age] == tables.byAge[age] * effects.male)
    }
    effects.male = .none
    let alike = CovariateTables(effects, levels: 5)
    #expect(
      Array(alike.byAge[..<CovariateTables.menFirstRow])
        == Array(alike.byAge[CovariateTables.menFirstRow...]))
    #expect(CovariateTables.row(ofAgeInMonths: 75 * 12 + 11) == 75)
    #expect(CovariateTables.row(ofAgeInMonths: 200 * 12) == CovariateTables.maximumAge)
  }

  @Test func covariatesActWhenSomeRatioIsNotOne() {
    #expect(!CovariateTables(CovariateEffects.none, levels: 5).acts)
    var effects = CovariateEffects.none
    effects.unmetNeed.death = 1.1
    #expect(CovariateTables(effects, levels: 5).acts)
    var men = CovariateEffects.none
    men.male.death = 1.5
    #expect(CovariateTables(men, levels: 5).acts)
    var institution = CovariateEffects.none
    institution.agePerYearByLevel = [
      nil, nil, nil, HazardRatios(progression: 1, admission: 1, death: 1.01),
    ]
    #expect(CovariateTables(institution, levels: 5).acts)
  }

  /// A level with ratios per year of age of its own has a block of rows of its own.
  ///
  /// The other levels' blocks hold the common ratios. Without any, one block serves every level.
  @Test func aLevelsOwnRatiosPerYearOfAgeHaveTheirOwnBlock() {
    var effects = TestScenarios.everyMechanism().covariates
    effects.agePerYearByLevel = []
    #expect(CovariateTables(effects, levels: 5).scalars.levelStride == 0)
    let institution = HazardRatios(progression: 1, admission: 1, death: 1.02)
    effects.agePerYearByLevel = [nil, nil, nil, institution, nil]
    let tables = CovariateTables(effects, levels: 5)
    let stride = CovariateTables.rowsPerLevel
    #expect(tables.scalars.levelStride == stride && tables.byAge.count == 5 * stride)
    var commonEffects = effects
    commonEffects.agePerYearByLevel = []
    let common = CovariateTables(commonEffects, levels: 5)
    for level in [0, 1, 2, 4] {
      #expect(Array(tables.byAge[(level * stride)..<((level + 1) * stride)]) == common.byAge)
    }
    #expect(abs(tables.byAge[3 * stride + 85].death - pow(1.02, 20)) < 1e-12)
    #expect(
      tables.byAge[3 * stride + CovariateTables.menFirstRow + 85]
        == tables.byAge[3 * stride + 85] * effects.male)
  }
}
