import Testing

@testable import CareSimCore

@Suite struct GridResultTests {
  /// Two values of x by three of y; society's net benefit is 10x + y, the Wmo's always −1.
  static let result = GridResult(
    provenance: .handBuilt,
    x: .init(name: "x", values: [0, 1]), y: .init(name: "y", values: [-2, 0, 2]),
    cells: [0.0, 1].flatMap { x in
      [-2.0, 0, 2].map { y in
        GridResult.Cell(netBenefit: [.society: 10 * x + y, .wmo: -1], societyProbabilityOfGain: x)
      }
    })

  /// The cells are stored x outer; the map has a row per y and a column per x.
  @Test func theMapHasARowPerValueOfY() {
    #expect(Self.result.netBenefitMap(.society) == [[-2, 8], [0, 10], [2, 12]])
    #expect(Self.result.map(\.societyProbabilityOfGain) == [[0, 1], [0, 1], [0, 1]])
    #expect(Self.result.netBenefitMap(.zvw)[0][0].isNaN)
  }

  @Test func theCellsGainingAreThoseAboveZero() {
    // Society: 8, 10, 2 and 12 are above zero; 0 and −2 are not.
    #expect(Self.result.cellsGaining(.society) == 4)
    #expect(Self.result.cellsGaining(.wmo) == 0)
  }
}
