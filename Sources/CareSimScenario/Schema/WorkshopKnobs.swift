import CareSimCore

/// The knobs a workshop moves when the scenario names none, and how each is labelled and shown.
///
/// They are read from the schema's table, where each field declares its knob, so that the table
/// stays the scenario reader's own: the workshop and the command line see only the knobs.
package enum WorkshopKnobs {
  /// A knob's short id, its label in both languages, and how its levels are written.
  package struct Description: Sendable {
    package var id: String
    package var english: String
    package var dutch: String
    package var format: String
    /// How the knob reads inside a sentence ("signalling at 60% instead of 40%").
    package var short: Scenario.Phrase
    /// What a level is per, written after it ("a month").
    package var unit: Scenario.Phrase?
  }

  /// The default knobs, in the order a page shows them (the schema's): signalling, prevention,
  /// escalation, substitution, efficiency, volunteer dropout and the programme's cost.
  package static let defaults: [(path: String, description: Description)] =
    ScenarioSchema.fields.compactMap { field in
      guard let knob = field.knob, knob.isDefault else { return nil }
      return (field.path, Description(field, knob: knob))
    }

  /// The description of a knob: a known one's, or one made from its label (``Scenario/parameterLabel(_:levels:)``,
  /// with the scenario's level labels), or from its path where the schema has no label.
  package static func describe(_ path: String, levels: [NeedLevel.Label] = []) -> Description {
    if let field = ScenarioSchema.field(at: path), let knob = field.knob {
      return Description(field, knob: knob)
    }
    let id = path.split(separator: ".").map(String.init).joined(separator: "-")
    if let label = Scenario.parameterLabel(path, levels: levels) {
      let title = label.standingAlone
      return Description(
        id: id, english: title.english, dutch: title.dutch, format: "number", short: label,
        unit: nil)
    }
    let words = path.split(separator: ".").suffix(2).joined(separator: " ")
    return Description(
      id: id, english: words, dutch: words, format: "number",
      short: Scenario.Phrase(english: words, dutch: words), unit: nil)
  }
}

extension WorkshopKnobs.Description {
  /// A field's knob, labelled as the schema labels the field.
  init(_ field: ScenarioField, knob: ScenarioField.Knob) {
    self.init(
      id: knob.id, english: field.description.english, dutch: field.description.dutch,
      format: field.unit.format, short: field.label, unit: field.unit.per)
  }
}
