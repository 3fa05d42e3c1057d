import JSON5

extension Scenario {
  /// The scenario as every result names it: its file, title, hash and study, and for a file that
  /// extends others each base's file and hash, the file's own base first.
  ///
  /// A typed value, so that a page can show the fields and embed their JSON from one value.
  package struct Identity: Sendable, Equatable {
    package var file: String
    package var title: String
    /// The Dutch title, where the file gives one.
    package var titleNL: String?
    package var hash: String
    package var study: String?
    /// The Dutch study, where the file gives one.
    package var studyNL: String?
    package var bases: [Base]

    /// As result files write it: `study` null without one, and `titleNL`, `studyNL` and
    /// `extends` only for a file that has them.
    package var json: JSONValue {
      var fields: [String: JSONValue] = [
        "file": .string(file), "title": .string(title), "hash": .string(hash),
        "study": study.map(JSONValue.string) ?? .null,
      ]
      if let titleNL { fields["titleNL"] = .string(titleNL) }
      if let studyNL { fields["studyNL"] = .string(studyNL) }
      if !bases.isEmpty {
        fields["extends"] = .array(
          bases.map { .object(["file": .string($0.file), "hash": .string($0.hash)]) })
      }
      return .object(fields)
    }

    /// The title and the study in `dutch` or in English: the Dutch ones where the file gives
    /// them.
    package func title(dutch: Bool) -> String { dutch ? titleNL ?? title : title }
    package func study(dutch: Bool) -> String? { dutch ? studyNL ?? study : study }
  }

  /// The scenario as every result names it.
  package var identity: Identity {
    Identity(
      file: file, title: metadata.title, titleNL: metadata.titleNL, hash: hash,
      study: metadata.study, studyNL: metadata.studyNL, bases: bases)
  }
}
