import CareSimCore
import Foundation
import Testing

@testable import CareSimOutput

@Suite struct PSAResultDecodingTests {
  /// The Monte-Carlo error's field has a dot in its name; it is read as the field, not a path.
  @Test func theMonteCarloErrorIsReadFromItsField() throws {
    let document = """
      {"samples": [{"qalyGain": 0.5, "netBenefit.society": -100}], "netBenefit": [],
       "ceac": [{"willingnessToPayPerQALY": 0, "probabilityCostEffective": 0}],
       "meanWithinSampleStandardError.society": 159000, "seed": "7"}
      """
    let result = try PSAResult(
      files: ResultFiles(files: ["result.json": Data(document.utf8)], marker: nil))
    #expect(result.meanWithinSampleStandardError == 159_000)
    #expect(result.samples == [.init(qalyGain: 0.5, societyNetBenefit: -100)])
    #expect(result.provenance.seed == "7")
  }
}
