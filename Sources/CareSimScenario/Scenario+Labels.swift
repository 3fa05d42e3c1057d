extension Scenario {
  /// What a reader calls the field at `path` ("the relative risk of decline"), in English and
  /// Dutch, from the schema's one table of labels; nil for a path the schema does not know.
  ///
  /// - Parameters:
  ///   - path: A field's path, as a scenario's sources and ranges name it.
  ///   - levelNames: The ladder's level names, so that `needLevels.3` reads as its name.
  /// - Returns: The label, or nil.
  package static func label(forPath path: String, levelNames: [String] = []) -> Phrase? {
    ScenarioSchema.label(for: path, levelNames: levelNames)
  }
}
