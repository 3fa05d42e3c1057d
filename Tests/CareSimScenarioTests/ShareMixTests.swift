import Testing

@testable import CareSimScenario

/// The one rule for a setting of some of a mix's shares: the others take the rest in proportion.
@Suite struct ShareMixTests {
  static let mix = ShareMix(
    field: "population.initialNeed",
    shares: ["independent", "multipleProblems", "notSelfReliant"].map {
      "population.initialNeed.\($0)"
    })

  /// Each value is a sum and a product of a few doubles: a few ulps of 1 bound its error.
  static func expectClose(_ actual: [Double], _ expected: [Double]) {
    #expect(actual.count == expected.count)
    for (a, e) in zip(actual, expected) {
      #expect(abs(a - e) <= 4 * Double.ulpOfOne, "\(actual) against \(expected)")
    }
  }

  @Test func theOthersTakeTheRestInProportion() throws {
    let balanced = try Self.mix.balanced(
      [0.75, 0.25, 0.13], isSet: [true, false, false], file: "f")
    // 0.25 left for 0.25 and 0.13 in the file: each scaled by 0.25 / 0.38.
    Self.expectClose(balanced, [0.75, 0.25 * 0.25 / 0.38, 0.13 * 0.25 / 0.38])
    #expect(abs(balanced.reduce(0, +) - 1) <= ShareMix.tolerance)
  }

  /// A share at its file's value, or shares set so that the mix is whole, run as named.
  @Test func aWholeMixIsKeptAsItIs() throws {
    let whole = [0.62, 0.25, 0.13]
    #expect(try Self.mix.balanced(whole, isSet: [true, false, false], file: "f") == whole)
    #expect(try Self.mix.balanced(whole, isSet: [true, true, true], file: "f") == whole)
  }

  @Test func twoSharesSetLeaveTheRestToTheThird() throws {
    let balanced = try Self.mix.balanced([0.5, 0.3, 0.13], isSet: [true, true, false], file: "f")
    Self.expectClose(balanced, [0.5, 0.3, 0.2])
  }

  @Test(
    arguments: [
      (
        [0.7, 0.5, 0.13], [true, true, false],
        "the shares set (independent 0.7, multipleProblems 0.5) sum to 1.2, above 1"
      ),
      (
        [0.5, 0.3, 0.1], [true, true, true],
        "the shares set (independent 0.5, multipleProblems 0.3, notSelfReliant 0.1) sum to 0.9; "
          + "they must sum to 1"
      ),
      (
        [0.5, 0, 0], [true, false, false],
        "the shares set (independent 0.5) leave 0.5 to the others, which are 0 in the file, so "
          + "none can take it in proportion; set another share too"
      ),
    ])
  func aSettingThatLeavesNoMixIsRefusedAtTheMix(
    values: [Double], isSet: [Bool], reason: String
  ) {
    #expect(
      throws: ScenarioError(
        file: "f", field: "population.initialNeed", kind: .invalid(reason: reason))
    ) {
      try Self.mix.balanced(values, isSet: isSet, file: "f")
    }
  }

  /// Reading the scenario refuses the share itself, with its allowed range.
  @Test func aShareOutsideZeroToOneIsLeftToTheReader() throws {
    let values = [1.2, 0.25, 0.13]
    #expect(try Self.mix.balanced(values, isSet: [true, false, false], file: "f") == values)
  }
}
