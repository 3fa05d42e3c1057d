import CareSimCore
import Foundation
import Testing

@testable import CareSimOutput

@Suite struct PSAResultDecodingTests {
  /// The Monte-Carlo error's field has a dot in its name; it is read as the field, not a path.
  @Test func theMonteCarloErrorIsReadFromItsField() throws {
    let document = """
      {"samples": [{"qalyGain": 0.5, "netBenefit.society": -100}],
       "netBenefit": [{"perspective": "society", "mean": 10, "p5": -5, "p50": 9, "p95": 30,
       "probabilityOfGain": 0.7, "base": 8, "baseStandardError": 2.5}],
       "ceac": [{"willingnessToPayPerQALY": 0, "probabilityCostEffective": 0}],
       "meanWithinSampleStandardError.society": 159000, "seed": "7"}
      """
    let result = try PSAResult(
      files: ResultFiles(files: ["result.json": Data(document.utf8)], marker: nil))
    #expect(result.meanWithinSampleStandardError == 159_000)
    #expect(result.samples == [.init(qalyGain: 0.5, societyNetBenefit: -100)])
    #expect(result.provenance.seed == "7")
    #expect(result.spreads.map(\.baseStandardError) == [2.5])
  }
}

extension PSAResultDecodingTests {
  /// The parameters not centred on their value are read back for the page; a folder written
  /// before they were has none.
  @Test func theOffCentreParametersAreReadAndMayBeAbsent() throws {
    let table = """
      "samples": [], "netBenefit": [],
      "ceac": [{"willingnessToPayPerQALY": 0, "probabilityCostEffective": 0}]
      """
    let written = """
      {\(table), "offCentre": [{"parameter": "needLevels.4.annualCost.wlz", "value": 44400,
       "distributionMean": 52200}]}
      """
    let withThem = try PSAResult(
      files: ResultFiles(files: ["result.json": Data(written.utf8)], marker: nil))
    #expect(
      withThem.offCentre == [
        OffCentreParameter(
          path: "needLevels.4.annualCost.wlz", value: 44_400, distributionMean: 52_200)
      ])
    let older = try PSAResult(
      files: ResultFiles(files: ["result.json": Data("{\(table)}".utf8)], marker: nil))
    #expect(older.offCentre.isEmpty)
  }
}
