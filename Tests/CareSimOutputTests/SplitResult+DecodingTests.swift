import CareSimCore
import Foundation
import Testing

@testable import CareSimOutput

@Suite struct SplitResultDecodingTests {
  /// The base is the setting without a parameter; a split that does not exist has none.
  @Test func theFindingsNameTheirSettingAndWhetherTheSplitExists() throws {
    let shares = "\"share.wmo\": 0.5, \"share.zvw\": 0.5, \"share.wlz\": 0"
    let none = "\"share.wmo\": null, \"share.zvw\": null, \"share.wlz\": null"
    let document = """
      {"meanCost": 1000, "meanSavings": {"wmo": 600, "zvw": 500, "wlz": 0},
       "findings": [
         {"setting": "base", "value": null, "split": "fair share", "status": "exists", \(shares),
          "netBenefit.wmo": 100, "netBenefit.zvw": 0, "netBenefit.wlz": 0},
         {"setting": "prevention.effect", "value": 0.5, "split": "all break even",
          "status": "none exists", \(none)}]}
      """
    let result = try SplitResult(
      files: ResultFiles(files: ["result.json": Data(document.utf8)], marker: nil))
    #expect(result.meanSavings == FunderAmounts(wmo: 600, zvw: 500))
    #expect(result.baseSplit(.fairShare) == FunderAmounts(wmo: 0.5, zvw: 0.5))
    #expect(result.findings[0].netBenefit[.wmo] == 100)
    #expect(result.findings[1].parameter == "prevention.effect")
    #expect(result.findings[1].split == nil)
  }
}
