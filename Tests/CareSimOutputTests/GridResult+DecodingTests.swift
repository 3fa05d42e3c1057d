import CareSimCore
import Foundation
import Testing

@testable import CareSimOutput

@Suite struct GridResultDecodingTests {
  static func files(_ rows: [(x: Double, y: Double, society: Double)]) -> ResultFiles {
    let table = rows.map { row in
      "{\"share\": \(row.x), \"risk\": \(row.y), \"netBenefit.society\": \(row.society), "
        + "\"probabilityOfGain.society\": 0.5, \"qalyGain\": 0}"
    }
    let document = "{\"grid\": [\(table.joined(separator: ", "))]}"
    return ResultFiles(files: ["result.json": Data(document.utf8)], marker: nil)
  }

  /// The parameters are the columns that are no result; x stays while y runs through its values.
  @Test func theParametersAreFoundAndXIsTheOuterOne() throws {
    let result = try GridResult(
      files: Self.files([(0, 0.7, 1), (0, 1, 2), (0.3, 0.7, 3), (0.3, 1, 4)]))
    #expect(result.x == .init(name: "share", values: [0, 0.3]))
    #expect(result.y == .init(name: "risk", values: [0.7, 1]))
    #expect(result.netBenefitMap(.society) == [[1, 3], [2, 4]])
    #expect(result.netBenefitMap(.wmo)[0][0].isNaN)
  }

  @Test func aTableThatIsNoGridIsUnreadable() {
    #expect(throws: ReportInputError.unreadable("result.json")) {
      try GridResult(files: Self.files([(0, 0.7, 1), (0, 1, 2), (0.3, 0.5, 3)]))
    }
    #expect(throws: ReportInputError.unreadable("result.json")) {
      try GridResult(files: Self.files([]))
    }
  }
}
