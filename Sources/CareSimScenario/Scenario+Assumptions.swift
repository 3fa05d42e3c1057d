/// The figures of a scenario that no study gives: every sourced number whose source says
/// "assumption", so that a report can list them beside the results they drive.
import JSON5

extension Scenario {
  /// One assumed figure: where it is, its value, its range if the file gives one, and its source
  /// text (which says why it was assumed).
  public struct Assumption: Sendable, Equatable {
    public var path: String
    public var value: Double
    public var range: ClosedRange<Double>?
    public var source: String
  }

  /// Every assumed figure, by path.
  public var assumptions: [Assumption] {
    sources.keys.sorted().compactMap { path in
      guard let source = sources[path], source.lowercased().contains("assumption"),
        let value = number(at: path)
      else { return nil }
      return Assumption(path: path, value: value, range: ranges[path], source: source)
    }
  }

  /// The scenario as every result file names it (``identity``: file, title, study, the hash of
  /// its bytes and, for a file that extends others, each base's file and hash), its assumptions,
  /// and its levels' labels (so that a report drawn again from the folder names them as the
  /// command's did).
  public var provenanceJSON: [String: JSONValue] {
    [
      "scenario": identity.json,
      "levels": .array(
        levelLabels.map { level in
          .object([
            "name": .string(level.name), "label": .string(level.english),
            "labelNL": .string(level.dutch),
          ])
        }),
      "assumptions": .array(
        assumptions.map { assumption in
          .object([
            "path": .string(assumption.path), "value": DataNumber.json(assumption.value),
            "range": assumption.range.map {
              .array([DataNumber.json($0.lowerBound), DataNumber.json($0.upperBound)])
            } ?? .null,
            "source": .string(assumption.source),
          ])
        }),
    ]
  }
}
