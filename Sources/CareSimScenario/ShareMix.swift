/// Shares that must sum to 1: a need mix, the age bands, the funding split.
///
/// An analysis may set some of a mix's shares (a sweep's end, a PSA's draw, a grid's cell); the
/// mix's other shares then take what is left, in proportion to their values in the file, so that
/// the setting is a mix the model can run and the others keep their relative sizes. This is the
/// one rule for every analysis, applied where a setting is made (``Scenario/setting(_:)``).
struct ShareMix: Sendable, Equatable {
  /// The object that holds the shares (`population.initialNeed`), as errors name it.
  var field: String
  /// The paths of the shares the file writes; a share it leaves out is 0 and stays 0.
  var shares: [String]

  /// How far a mix's sum may stray from 1: rounding in the decimals of a file's shares.
  static let tolerance = 1e-9

  /// The mix's values with the shares not set scaled to take what the set ones leave.
  ///
  /// Values that already sum to 1 within ``tolerance`` are returned as they are, so a setting that
  /// keeps the mix whole (a share at its file's value, or every share set) runs what it names; so
  /// are values with a set share outside [0, 1], which reading the scenario refuses.
  ///
  /// - Parameters:
  ///   - values: Each share's value, in the order of ``shares``: a set one as set, the others as
  ///     the file has them.
  ///   - isSet: Whether the analysis set each share.
  ///   - file: The scenario's file, as errors name it.
  /// - Returns: The values, summing to 1.
  /// - Throws: ``ScenarioError`` at the mix when no scaling gives one: the set shares sum to more
  ///   than 1, or every share is set, or the set ones leave a rest to shares that are all 0.
  func balanced(_ values: [Double], isSet: [Bool], file: String) throws(ScenarioError)
    -> [Double]
  {
    precondition(values.count == shares.count && isSet.count == shares.count, "one per share")
    guard abs(values.reduce(0, +) - 1) > Self.tolerance else { return values }
    let set = values.indices.filter { isSet[$0] }
    // A share set outside [0, 1] is the reader's error, which names its allowed range.
    guard set.allSatisfy({ (0...1).contains(values[$0]) }) else { return values }
    let setTotal = set.reduce(0) { $0 + values[$1] }
    let rest = 1 - setTotal
    let named = set.map { "\(name(of: shares[$0])) \(ScenarioError.format(values[$0]))" }
      .joined(separator: ", ")
    let everyShareSet = set.count == shares.count
    guard rest >= 0, !everyShareSet else {
      throw ScenarioError(
        file: file, field: field,
        kind: .invalid(
          reason: "the shares set (\(named)) sum to \(ScenarioError.format(setTotal))"
            + (everyShareSet ? "; they must sum to 1" : ", above 1")))
    }
    let othersTotal = values.indices.filter { !isSet[$0] }.reduce(0) { $0 + values[$1] }
    guard othersTotal > 0 else {
      throw ScenarioError(
        file: file, field: field,
        kind: .invalid(
          reason: "the shares set (\(named)) leave \(ScenarioError.format(rest)) to the others, "
            + "which are 0 in the file, so none can take it in proportion; set another share too"))
    }
    let scale = rest / othersTotal
    return values.indices.map { isSet[$0] ? values[$0] : values[$0] * scale }
  }

  /// A share's name within the mix: `independent` for `population.initialNeed.independent`.
  private func name(of share: String) -> String {
    share.hasPrefix(field + ".") ? String(share.dropFirst(field.count + 1)) : share
  }
}
