/// How a scenario file's members are merged over those of the file it extends.
///
/// The rule is JSON Merge Patch's (RFC 7396, §2), with two changes that suit sourced numbers
/// and catch misspellings:
/// - Objects merge member by member, recursively; any other value replaces the base's whole, so
///   an array (`needLevels`, `population.ageBands`, a payer's `costsByAge` bands, a mechanism's
///   `funders`) is never merged element by element, which would rest on a guess at which element
///   matches which.
/// - A sourced number, an object with a `value` member in either file, is a value like a number:
///   it replaces the base's whole, so an override always carries its own source, range and
///   distribution, and a range never describes a value it was not written for.
/// - `null` removes a member the base holds. For a member the base does not hold it stays, as in
///   a file without `extends`: validation then reports it, at the override's line, as an unknown
///   key or as the wrong type (RFC 7396 drops it silently, which would hide a misspelt name).
import JSON5

extension ScenarioDocument {
  /// `override` merged over `base`, each value's map beside it.
  ///
  /// A merged object stands where the override writes it, so that a missing field is reported
  /// in the file that would add it; every other value stands where the file that set it writes
  /// it.
  ///
  /// - Parameters:
  ///   - override: The extending file's document, without `extends`.
  ///   - base: The base's document, merged with its own bases.
  /// - Returns: The merged document and its map.
  static func merged(
    _ override: (json: JSONValue, sourceMap: SourceMap),
    over base: (json: JSONValue, sourceMap: SourceMap)
  ) -> (json: JSONValue, sourceMap: SourceMap) {
    guard case .object(let changes) = override.json, case .object(var fields) = base.json,
      changes["value"] == nil, fields["value"] == nil
    else { return override }
    var sourceMap = override.sourceMap
    sourceMap.members = base.sourceMap.members
    for (key, change) in changes {
      // The parser maps every member; the object's own place stands in should a map lack one.
      let changeMap = override.sourceMap.members[key] ?? override.sourceMap
      if let current = fields[key] {
        if change == .null {
          fields[key] = nil
          sourceMap.members[key] = nil
        } else {
          let currentMap = base.sourceMap.members[key] ?? base.sourceMap
          let member = merged((change, changeMap), over: (current, currentMap))
          fields[key] = member.json
          sourceMap.members[key] = member.sourceMap
        }
      } else {
        fields[key] = change
        sourceMap.members[key] = changeMap
      }
    }
    return (.object(fields), sourceMap)
  }
}
