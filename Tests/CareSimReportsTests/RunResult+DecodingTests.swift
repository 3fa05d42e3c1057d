import CareSimCore
import CareSimOutput
import CareSimScenario
import Foundation
import Testing

/// A run's folder decoded into its result: the figures of its files, and the errors of a folder
/// that is not as CareSim writes it.
@Suite struct RunResultDecodingTests {
  @Test func theResultHoldsTheFiguresOfTheFiles() throws {
    let report = try RunReportGoldenTests.report(RunReportGoldenTests.cases[1])
    let result = try RunResult(files: ResultFiles(files: report.files(), marker: nil))
    let summary = report.summary
    #expect(result.months == summary.months)
    #expect(result.provenance.scenarioFile == "Scenarios/neighbourhood.json")
    #expect(result.provenance.replications == 9)
    #expect(
      result.programmeCost
        == DataNumber.rounded(
          summary.total(.intervention, OutcomeMetric(.intervention), discounted: true).mean))
    let month = summary.trajectory(.control, month: 3, OutcomeMetric(.wmo))
    #expect(result.monthlyCosts[.control]?[.wmo]?.p95[3] == DataNumber.rounded(month.p95))
    #expect(result.monthlyOutcomes[.intervention]?[.qalys] != nil)
    #expect(result.deathPlaces?.nationalYear == PlaceOfDeath.National.year)
    // The monthly balances add up to the totals' net benefit, up to the files' rounding.
    for perspective in Perspective.allCases {
      let last = try #require(result.cumulativeNetBenefit(perspective).last)
      let total = result.meanNetBenefit(perspective)
      #expect(abs(last - total) <= 1e-9 * max(1, abs(total)), "\(perspective)")
    }
  }

  @Test func aMissingOrBrokenFileSaysWhich() throws {
    var files = try RunReportGoldenTests.report().files()
    files["outcomes.csv"] = Data("month,arm,metric,mean\n1,neither,alive,3\n".utf8)
    #expect(throws: ReportInputError.unreadable("outcomes.csv")) {
      try RunResult(files: ResultFiles(files: files, marker: nil))
    }
    files["summary.json"] = Data("{\"months\": \"six\"}".utf8)
    #expect(throws: ReportInputError.unreadable("summary.json")) {
      try RunResult(files: ResultFiles(files: files, marker: nil))
    }
    files["summary.json"] = nil
    #expect(throws: ReportInputError.missing("summary.json")) {
      try RunResult(files: ResultFiles(files: files, marker: nil))
    }
  }
}
